package org.iamrefiner.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the reference on a random case with each statement tagged by its index (an unknown key,
 * which the refinement carries through), so every output statement can be paired with its original.
 */
final class PairedRun {

    private static final String INDEX_KEY = "x-probe-statement-index";

    /**
     * @param original the statement as generated
     * @param refined  what the reference made of it, untagged; {@code null} when dropped
     */
    record Pair(JsonNode original, JsonNode refined) {

        boolean allowWithAction() {
            return "Allow".equals(original.path("Effect").asText())
                    && original.has("Action") && !original.has("NotAction");
        }

        List<String> originalEntries() {
            return entries(original);
        }

        List<String> refinedEntries() {
            return refined == null ? List.of() : entries(refined);
        }

        private static List<String> entries(JsonNode statement) {
            JsonNode action = statement.get("Action");
            List<String> entries = new ArrayList<>();
            if (action.isTextual()) {
                entries.add(action.asText());
            } else {
                action.forEach(entry -> entries.add(entry.asText()));
            }
            return entries;
        }
    }

    final ReferenceResult result;
    final List<Pair> pairs = new ArrayList<>();
    /** Indexes of the original statements, in the order the output lists them. */
    final List<Integer> outputOrder = new ArrayList<>();

    PairedRun(RandomCase randomCase) {
        List<JsonNode> originals = statementsOf(randomCase.policy());
        ObjectNode tagged = randomCase.policy().deepCopy();
        List<JsonNode> taggedStatements = statementsOf(tagged);
        for (int i = 0; i < taggedStatements.size(); i++) {
            ((ObjectNode) taggedStatements.get(i)).put(INDEX_KEY, i);
        }
        result = new SpecReference(randomCase.catalog()).refine(tagged, randomCase.unused());
        Map<Integer, JsonNode> refinedByIndex = new HashMap<>();
        if (result.policy() != null) {
            for (JsonNode statement : statementsOf(result.policy())) {
                ObjectNode untagged = statement.deepCopy();
                int index = untagged.remove(INDEX_KEY).asInt();
                outputOrder.add(index);
                refinedByIndex.put(index, untagged);
            }
        }
        for (int i = 0; i < originals.size(); i++) {
            pairs.add(new Pair(originals.get(i), refinedByIndex.get(i)));
        }
    }

    /** The output policy without the index tags, or null when detached. */
    JsonNode untaggedPolicy() {
        if (result.policy() == null) {
            return null;
        }
        ObjectNode policy = result.policy().deepCopy();
        statementsOf(policy).forEach(statement -> ((ObjectNode) statement).remove(INDEX_KEY));
        return policy;
    }

    static List<JsonNode> statementsOf(JsonNode policy) {
        JsonNode statement = policy.get("Statement");
        List<JsonNode> statements = new ArrayList<>();
        if (statement.isObject()) {
            statements.add(statement);
        } else {
            statement.forEach(statements::add);
        }
        return statements;
    }
}

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

        /** An Allow statement with Action and no NotAction. */
        boolean allowWithAction() {
            return isAllow() && original.has("Action") && !original.has("NotAction");
        }

        /** An Allow statement with NotAction and no Action. */
        boolean allowWithNotAction() {
            return isAllow() && original.has("NotAction") && !original.has("Action");
        }

        /** The statements the refinement may change: Allow with exactly one of Action and NotAction. */
        boolean refinable() {
            return allowWithAction() || allowWithNotAction();
        }

        /** The original's Action entries (for an Allow + Action statement). */
        List<String> originalEntries() {
            return entries(original.get("Action"));
        }

        /** The refined Action entries; empty when dropped or when the refined statement has none. */
        List<String> refinedEntries() {
            return refined == null || !refined.has("Action") ? List.of() : entries(refined.get("Action"));
        }

        /** What the original statement allows (for a refinable statement). */
        GuaranteeChecks.Grant originalGrant() {
            return grantOf(original);
        }

        /** What the refined statement allows; nothing when it was dropped. */
        GuaranteeChecks.Grant refinedGrant() {
            return refined == null ? GuaranteeChecks.Grant.NOTHING : grantOf(refined);
        }

        private boolean isAllow() {
            return "Allow".equals(original.path("Effect").asText());
        }

        private static GuaranteeChecks.Grant grantOf(JsonNode statement) {
            return statement.has("NotAction")
                    ? new GuaranteeChecks.Grant(true, entries(statement.get("NotAction")))
                    : new GuaranteeChecks.Grant(false, entries(statement.get("Action")));
        }

        static List<String> entries(JsonNode value) {
            List<String> entries = new ArrayList<>();
            if (value.isTextual()) {
                entries.add(value.asText());
            } else {
                value.forEach(entry -> entries.add(entry.asText()));
            }
            return entries;
        }
    }

    final ReferenceResult result;
    final List<Pair> pairs = new ArrayList<>();
    /** Indexes of the original statements, in the order the output lists them. */
    final List<Integer> outputOrder = new ArrayList<>();

    PairedRun(RandomCase randomCase, boolean notActionRewrite) {
        List<JsonNode> originals = statementsOf(randomCase.policy());
        ObjectNode tagged = randomCase.policy().deepCopy();
        List<JsonNode> taggedStatements = statementsOf(tagged);
        for (int i = 0; i < taggedStatements.size(); i++) {
            ((ObjectNode) taggedStatements.get(i)).put(INDEX_KEY, i);
        }
        result = new SpecReference(randomCase.catalog(), notActionRewrite).refine(tagged, randomCase.unused());
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

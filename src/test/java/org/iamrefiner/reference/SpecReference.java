package org.iamrefiner.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain, deliberately simple implementation of SPEC.md's refinement, the oracle the rules are
 * tested against. It uses no product class.
 *
 * <p>Scope: the {@code Action} lists of {@code Allow} statements (SPEC.md "The refinement, entry by
 * entry" and "The cover"). {@code Deny} statements and {@code Allow} statements with
 * {@code NotAction} are copied unchanged, and an {@code Action} entry {@code *} gets the plain cover
 * above the services instead of the rewrite to {@code NotAction}.
 */
public final class SpecReference {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ReferenceCatalog catalog;

    /** @param catalogActions the known actions, canonically spelled {@code svc:Name} */
    public SpecReference(Collection<String> catalogActions) {
        this.catalog = new ReferenceCatalog(catalogActions);
    }

    /**
     * Refines a policy against a finding. The input is not modified.
     *
     * @param policy an IAM identity policy (a JSON object)
     * @param unused the finding's unused permissions
     */
    public ReferenceResult refine(JsonNode policy, List<UnusedSpec> unused) {
        if (!policy.isObject()) {
            throw new IllegalArgumentException("a policy is a JSON object: " + policy);
        }
        EntryRefiner refiner = new EntryRefiner(catalog, new UnusedNames(unused));
        ObjectNode refined = policy.deepCopy();
        JsonNode statements = policy.path("Statement");
        boolean changed = false;
        int statementsLeft;
        if (statements.isArray()) {
            ArrayNode keptStatements = JSON.arrayNode();
            for (JsonNode statement : statements) {
                StatementOutcome outcome = refineStatement(statement, refiner);
                changed |= outcome.changed();
                outcome.statement().ifPresent(keptStatements::add);
            }
            refined.set("Statement", keptStatements);
            statementsLeft = keptStatements.size();
        } else if (statements.isObject()) {
            StatementOutcome outcome = refineStatement(statements, refiner);
            changed = outcome.changed();
            outcome.statement().ifPresent(statement -> refined.set("Statement", statement));
            statementsLeft = outcome.statement().isPresent() ? 1 : 0;
        } else {
            statementsLeft = 0;
        }
        if (statementsLeft == 0) {
            return new ReferenceResult(null, ReferenceResult.DETACH_POLICY);
        }
        if (changed) {
            return new ReferenceResult(refined, ReferenceResult.CREATE_POLICY);
        }
        return new ReferenceResult(policy.deepCopy(), null);
    }

    /** A statement after refinement: empty when dropped. */
    private record StatementOutcome(Optional<JsonNode> statement, boolean changed) {

        static StatementOutcome unchanged(JsonNode statement) {
            return new StatementOutcome(Optional.of(statement.deepCopy()), false);
        }
    }

    private StatementOutcome refineStatement(JsonNode statement, EntryRefiner refiner) {
        boolean refinable = statement.isObject()
                && "Allow".equals(statement.path("Effect").asText())
                && statement.has("Action")
                && !statement.has("NotAction");
        if (!refinable) {
            return StatementOutcome.unchanged(statement);
        }
        JsonNode action = statement.get("Action");
        Optional<List<String>> entries = entriesOf(action);
        if (entries.isEmpty()) {
            return StatementOutcome.unchanged(statement);
        }
        boolean changed = false;
        List<String> refinedEntries = new ArrayList<>();
        for (String entry : entries.get()) {
            EntryRefiner.Outcome outcome = refiner.refine(entry);
            if (outcome.keptVerbatim()) {
                refinedEntries.add(entry);
            } else {
                changed = true;
                refinedEntries.addAll(outcome.replacement());
            }
        }
        if (!changed) {
            return StatementOutcome.unchanged(statement);
        }
        List<String> distinct = withoutCaseInsensitiveDuplicates(refinedEntries);
        if (distinct.isEmpty()) {
            return new StatementOutcome(Optional.empty(), true);
        }
        ObjectNode refined = statement.deepCopy();
        // ObjectNode.set on an existing key keeps the key's position.
        refined.set("Action", actionValue(distinct, action.isTextual()));
        return new StatementOutcome(Optional.of(refined), true);
    }

    /** The entries of a string or a list of strings; anything else is malformed and left alone. */
    private static Optional<List<String>> entriesOf(JsonNode action) {
        if (action.isTextual()) {
            return Optional.of(List.of(action.asText()));
        }
        if (!action.isArray()) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : action) {
            if (!entry.isTextual()) {
                return Optional.empty();
            }
            entries.add(entry.asText());
        }
        return Optional.of(entries);
    }

    private static List<String> withoutCaseInsensitiveDuplicates(List<String> entries) {
        Map<String, String> firstByLower = new LinkedHashMap<>();
        for (String entry : entries) {
            firstByLower.putIfAbsent(ReferenceText.lower(entry), entry);
        }
        return new ArrayList<>(firstByLower.values());
    }

    private static JsonNode actionValue(List<String> entries, boolean wasString) {
        if (wasString && entries.size() == 1) {
            return TextNode.valueOf(entries.get(0));
        }
        ArrayNode list = JSON.arrayNode();
        entries.forEach(list::add);
        return list;
    }
}

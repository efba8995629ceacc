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
 * <p>Scope: {@code Allow} statements. Their {@code Action} lists are refined entry by entry (SPEC.md
 * "The refinement, entry by entry" and "The cover"); their {@code NotAction} lists get the unused
 * names they allow appended ({@link NotActionRefiner}); an {@code Action} holding the entry
 * {@code *} is rewritten to a {@code NotAction} statement when the finding is not empty, unless the
 * rewrite is turned off, in which case {@code *} gets the plain cover above the services (SPEC.md
 * "Beyond Action lists"). {@code Deny} statements, and statements with both or neither of
 * {@code Action} and {@code NotAction}, are copied unchanged.
 */
public final class SpecReference {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ReferenceCatalog catalog;
    private final boolean notActionRewrite;

    /**
     * The reference with the rewrite of {@code Action: "*"} to {@code NotAction} on.
     *
     * @param catalogActions the known actions, canonically spelled {@code svc:Name}
     */
    public SpecReference(Collection<String> catalogActions) {
        this(catalogActions, true);
    }

    /**
     * @param catalogActions   the known actions, canonically spelled {@code svc:Name}
     * @param notActionRewrite true: an Allow {@code Action} holding {@code *} becomes a {@code NotAction}
     *                         statement; false: {@code *} is refined like any entry (the plain cover
     *                         above the services)
     */
    public SpecReference(Collection<String> catalogActions, boolean notActionRewrite) {
        this.catalog = new ReferenceCatalog(catalogActions);
        this.notActionRewrite = notActionRewrite;
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
        UnusedNames unusedNames = new UnusedNames(unused);
        Refiners refiners = new Refiners(new EntryRefiner(catalog, unusedNames),
                new NotActionRefiner(catalog, unusedNames), !unusedNames.isEmpty());
        ObjectNode refined = policy.deepCopy();
        JsonNode statements = policy.path("Statement");
        boolean changed = false;
        int statementsLeft;
        if (statements.isArray()) {
            ArrayNode keptStatements = JSON.arrayNode();
            for (JsonNode statement : statements) {
                StatementOutcome outcome = refineStatement(statement, refiners);
                changed |= outcome.changed();
                outcome.statement().ifPresent(keptStatements::add);
            }
            refined.set("Statement", keptStatements);
            statementsLeft = keptStatements.size();
        } else if (statements.isObject()) {
            StatementOutcome outcome = refineStatement(statements, refiners);
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

    /** What refines the statements of one policy; {@code anyUnused} is false for an empty finding. */
    private record Refiners(EntryRefiner entries, NotActionRefiner notAction, boolean anyUnused) {
    }

    private StatementOutcome refineStatement(JsonNode statement, Refiners refiners) {
        boolean refinable = statement.isObject()
                && "Allow".equals(statement.path("Effect").asText())
                && statement.has("Action") != statement.has("NotAction");
        if (!refinable) {
            return StatementOutcome.unchanged(statement);
        }
        if (statement.has("NotAction")) {
            return refineNotAction(statement, refiners.notAction());
        }
        JsonNode action = statement.get("Action");
        Optional<List<String>> entries = entriesOf(action);
        if (entries.isEmpty()) {
            return StatementOutcome.unchanged(statement);
        }
        if (notActionRewrite && refiners.anyUnused() && entries.get().contains("*")) {
            return rewriteStar(statement, refiners.notAction());
        }
        boolean changed = false;
        List<String> refinedEntries = new ArrayList<>();
        for (String entry : entries.get()) {
            EntryRefiner.Outcome outcome = refiners.entries().refine(entry);
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

    /** Allow + NotAction: the new entries follow the existing ones, and NotAction becomes a list. */
    private static StatementOutcome refineNotAction(JsonNode statement, NotActionRefiner refiner) {
        Optional<List<String>> existing = entriesOf(statement.get("NotAction"));
        if (existing.isEmpty()) {
            return StatementOutcome.unchanged(statement);
        }
        NotActionRefiner.Outcome outcome = refiner.refine(existing.get());
        if (outcome.kind() == NotActionRefiner.Kind.UNCHANGED) {
            return StatementOutcome.unchanged(statement);
        }
        if (outcome.kind() == NotActionRefiner.Kind.DROPPED) {
            return new StatementOutcome(Optional.empty(), true);
        }
        List<String> entries = new ArrayList<>(existing.get());
        entries.addAll(outcome.newEntries());
        ObjectNode refined = statement.deepCopy();
        // ObjectNode.set on an existing key keeps the key's position.
        refined.set("NotAction", actionValue(entries, false));
        return new StatementOutcome(Optional.of(refined), true);
    }

    /**
     * Allow + Action holding {@code *}, with a finding that is not empty: the statement becomes a
     * NotAction statement (N = ∅), the key NotAction standing where Action stood.
     */
    private static StatementOutcome rewriteStar(JsonNode statement, NotActionRefiner refiner) {
        NotActionRefiner.Outcome outcome = refiner.refine(List.of());
        if (outcome.kind() == NotActionRefiner.Kind.UNCHANGED) {
            // Cannot happen with a finding that is not empty; kept for completeness.
            return StatementOutcome.unchanged(statement);
        }
        if (outcome.kind() == NotActionRefiner.Kind.DROPPED) {
            return new StatementOutcome(Optional.empty(), true);
        }
        boolean wasPlainStar = statement.get("Action").isTextual();
        JsonNode notAction = actionValue(outcome.newEntries(), wasPlainStar);
        ObjectNode rewritten = JSON.objectNode();
        statement.fields().forEachRemaining(field -> {
            if (field.getKey().equals("Action")) {
                rewritten.set("NotAction", notAction);
            } else {
                rewritten.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        return new StatementOutcome(Optional.of(rewritten), true);
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

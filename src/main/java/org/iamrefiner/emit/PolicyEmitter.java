package org.iamrefiner.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.engine.EngineResult;
import org.iamrefiner.engine.facts.Decision;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Note;
import org.iamrefiner.engine.facts.PolicyEntry;
import org.iamrefiner.engine.facts.StatementChange;
import org.iamrefiner.report.RedundantEntries;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Assembles the refined policy from the rules' conclusions: each refined entry is replaced in place
 * by its sorted cover, new NotAction exclusions follow the existing ones, untouched statements are
 * written exactly as they were, and the document keeps its shape (string or list, object or list,
 * key order). Entries made redundant by another entry of their statement are noted, never removed.
 */
public final class PolicyEmitter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PolicyEmitter() {
    }

    public static Refinement emit(Policy policy, EngineResult result) {
        ArrayNode statements = NODES.arrayNode();
        List<String> redundancies = new ArrayList<>();
        boolean changed = false;
        for (int s = 0; s < policy.statements().size(); s++) {
            PolicyStatement statement = policy.statements().get(s);
            StatementChange change = result.statementChanges().get(statement.pointer());
            ObjectNode written = change == null
                    ? entryByEntry(statement, result.entries().get(s), result)
                    : changedAsAWhole(statement, change, result.exclusions().get(statement.pointer()));
            if (written != null && statement.effect() == Effect.ALLOW && written.has(ActionField.ACTION.json())) {
                redundancies.addAll(RedundantEntries.notes(statement.pointer(), entriesOf(written.get(ActionField.ACTION.json()))));
            }
            if (written == statement.json()) {
                statements.add(statement.json().deepCopy());
                continue;
            }
            changed = true;
            if (written != null) {
                statements.add(written);
            }
        }
        List<String> notes = notes(result);
        notes.addAll(redundancies);
        if (!changed) {
            return new Refinement(policy, policy.json().deepCopy(), RecommendedAction.NONE, notes, result);
        }
        if (statements.isEmpty()) {
            return new Refinement(policy, null, RecommendedAction.DETACH_POLICY, notes, result);
        }
        ObjectNode refined = policy.json().deepCopy();
        refined.set("Statement", policy.statementWasObject() ? statements.get(0) : statements);
        return new Refinement(policy, refined, RecommendedAction.CREATE_POLICY, notes, result);
    }

    /**
     * A statement refined entry by entry: the statement's own JSON when nothing changed, the new
     * statement, or null when no entry is left.
     */
    private static ObjectNode entryByEntry(PolicyStatement statement, List<PolicyEntry> entries, EngineResult result) {
        List<String> written = new ArrayList<>();
        boolean changed = false;
        for (PolicyEntry entry : entries) {
            Decision decision = result.decisions().get(entry);
            if (decision == null) {
                throw new IllegalStateException("no rule decided on " + entry);
            }
            switch (decision.getOutcome()) {
                case KEEP -> written.add(entry.getText());
                case DROP -> changed = true;
                case REFINE -> {
                    written.addAll(sorted(entry.toString(), result.entryEmissions().get(entry)));
                    changed = true;
                }
            }
        }
        if (!changed) {
            return statement.json();
        }
        List<String> distinct = withoutDuplicates(written);
        return distinct.isEmpty() ? null : withEntries(statement, statement.field(), distinct,
                statement.entriesWasString() && distinct.size() == 1);
    }

    /** A statement the rules changed as a whole: dropped, exclusions added, or "*" rewritten. */
    private static ObjectNode changedAsAWhole(PolicyStatement statement, StatementChange change, List<Emission> exclusions) {
        switch (change.getKind()) {
            case DROP:
                return null;
            case ADD_EXCLUSIONS: {
                Set<String> existing = new HashSet<>();
                statement.entries().forEach(entry -> existing.add(entry.toLowerCase(Locale.ROOT)));
                List<String> added = new ArrayList<>();
                for (String exclusion : sorted(change.getStatement(), exclusions)) {
                    if (!existing.contains(exclusion.toLowerCase(Locale.ROOT))) {
                        added.add(exclusion);
                    }
                }
                if (added.isEmpty()) {
                    return statement.json();
                }
                List<String> entries = new ArrayList<>(statement.entries());
                entries.addAll(added);
                return withEntries(statement, ActionField.NOT_ACTION, entries, false);
            }
            case REWRITE_AS_NOTACTION: {
                List<String> entries = sorted(change.getStatement(), exclusions);
                boolean wasPlainStar = statement.entriesWasString() && statement.entries().equals(List.of("*"));
                return withEntries(statement, ActionField.NOT_ACTION, entries, wasPlainStar && entries.size() == 1);
            }
            default:
                throw new IllegalStateException("unknown statement change " + change);
        }
    }

    /** The emitted patterns of one cover, equal ones collapsed, in case-insensitive order. */
    private static List<String> sorted(String owner, List<Emission> emissions) {
        if (emissions == null || emissions.isEmpty()) {
            throw new IllegalStateException("the rules asked for a cover of " + owner + " but emitted no pattern for it");
        }
        TreeSet<String> sorted = new TreeSet<>(Catalog.NAME_ORDER);
        for (Emission emission : emissions) {
            sorted.add(emission.getText());
        }
        return withoutDuplicates(new ArrayList<>(sorted));
    }

    /** Drops entries equal to an earlier one, ignoring case; the first spelling stays. */
    private static List<String> withoutDuplicates(List<String> entries) {
        Set<String> seen = new HashSet<>(2 * entries.size());
        List<String> distinct = new ArrayList<>(entries.size());
        for (String entry : entries) {
            if (seen.add(entry.toLowerCase(Locale.ROOT))) {
                distinct.add(entry);
            }
        }
        return distinct;
    }

    /**
     * The statement with its action key set to the entries. The key keeps its position, also when
     * it changes from Action to NotAction.
     */
    private static ObjectNode withEntries(PolicyStatement statement, ActionField field, List<String> entries, boolean asString) {
        JsonNode value;
        if (asString) {
            value = NODES.textNode(entries.get(0));
        } else {
            ArrayNode list = NODES.arrayNode();
            entries.forEach(list::add);
            value = list;
        }
        ObjectNode copy = NODES.objectNode();
        for (Map.Entry<String, JsonNode> key : statement.json().properties()) {
            if (key.getKey().equals(statement.field().json())) {
                copy.set(field.json(), value);
            } else {
                copy.set(key.getKey(), key.getValue().deepCopy());
            }
        }
        return copy;
    }

    private static List<String> entriesOf(JsonNode value) {
        List<String> entries = new ArrayList<>();
        if (value.isTextual()) {
            entries.add(value.asText());
        } else {
            value.forEach(entry -> entries.add(entry.asText()));
        }
        return entries;
    }

    private static List<String> notes(EngineResult result) {
        Set<String> notes = new LinkedHashSet<>();
        List<Note> ordered = new ArrayList<>(result.notes());
        // The rules find notes in no particular order; the user reads them in statement order.
        ordered.sort(java.util.Comparator.comparing((Note note) -> note.getStatement() == null ? "" : note.getStatement(),
                        java.util.Comparator.comparing(String::length).thenComparing(java.util.Comparator.naturalOrder()))
                .thenComparing(Note::getText));
        for (Note note : ordered) {
            notes.add(note.getStatement() == null ? note.getText() : note.getStatement() + ": " + note.getText());
        }
        return new ArrayList<>(notes);
    }
}

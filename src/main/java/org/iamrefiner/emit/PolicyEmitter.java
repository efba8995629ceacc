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
import java.util.Set;
import java.util.TreeSet;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.engine.EngineResult;
import org.iamrefiner.engine.facts.Decision;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Note;
import org.iamrefiner.engine.facts.PolicyEntry;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Assembles the refined policy from the rules' decisions: each refined entry is replaced in place
 * by its sorted cover, untouched statements are written exactly as they were, and the document
 * keeps its shape (string or list, object or list, key order).
 */
public final class PolicyEmitter {

    private PolicyEmitter() {
    }

    public static Refinement emit(Policy policy, EngineResult result) {
        ArrayNode statements = JsonNodeFactory.instance.arrayNode();
        boolean changed = false;
        for (int s = 0; s < policy.statements().size(); s++) {
            PolicyStatement statement = policy.statements().get(s);
            List<PolicyEntry> entries = result.entries().get(s);
            List<String> written = new ArrayList<>();
            boolean statementChanged = false;
            for (PolicyEntry entry : entries) {
                Decision decision = result.decisions().get(entry);
                if (decision == null) {
                    throw new IllegalStateException("no rule decided on " + entry);
                }
                switch (decision.getOutcome()) {
                    case KEEP -> written.add(entry.getText());
                    case DROP -> statementChanged = true;
                    case REFINE -> {
                        written.addAll(cover(entry, result.emissions().get(entry)));
                        statementChanged = true;
                    }
                }
            }
            if (!statementChanged) {
                statements.add(statement.json().deepCopy());
                continue;
            }
            changed = true;
            List<String> distinct = withoutDuplicates(written);
            if (!distinct.isEmpty()) {
                statements.add(withEntries(statement, distinct));
            }
        }
        List<String> notes = notes(result);
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

    /** The emitted patterns of one refined entry, equal ones collapsed, in case-insensitive order. */
    private static List<String> cover(PolicyEntry entry, List<Emission> emissions) {
        if (emissions == null || emissions.isEmpty()) {
            throw new IllegalStateException("the rules refined " + entry + " but emitted no pattern for it");
        }
        TreeSet<String> sorted = new TreeSet<>(Catalog.NAME_ORDER);
        for (Emission emission : emissions) {
            sorted.add(emission.getText());
        }
        return withoutDuplicates(new ArrayList<>(sorted));
    }

    /** Drops entries equal to an earlier one, ignoring case; the first spelling stays. */
    private static List<String> withoutDuplicates(List<String> entries) {
        Set<String> seen = new HashSet<>();
        List<String> distinct = new ArrayList<>();
        for (String entry : entries) {
            if (seen.add(entry.toLowerCase(Locale.ROOT))) {
                distinct.add(entry);
            }
        }
        return distinct;
    }

    private static ObjectNode withEntries(PolicyStatement statement, List<String> entries) {
        ObjectNode copy = statement.json().deepCopy();
        JsonNode value;
        if (statement.entriesWasString() && entries.size() == 1) {
            value = JsonNodeFactory.instance.textNode(entries.get(0));
        } else {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            entries.forEach(list::add);
            value = list;
        }
        // ObjectNode.set keeps the key's position, so the statement's key order is unchanged.
        copy.set(statement.field().json(), value);
        return copy;
    }

    private static List<String> notes(EngineResult result) {
        Set<String> notes = new LinkedHashSet<>();
        for (Note note : result.notes()) {
            notes.add(note.getEntry().getStatement() + ": " + note.getText());
        }
        return new ArrayList<>(notes);
    }
}

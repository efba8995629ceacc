package org.iamrefiner.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Guarantee 4, structure kept: the document's keys other than Statement are unchanged, the
 * refined statements are original ones in order, changed only in Action/NotAction, and Deny
 * statements are all there, untouched.
 */
final class StructureCheck {

    private static final int GUARANTEE = 4;
    private static final String STATEMENT_KEY = "Statement";

    private StructureCheck() {
    }

    /** Version, Id and every other top-level key must be as in the original. */
    static List<Violation> topLevel(ObjectNode original, ObjectNode refined) {
        Set<String> keys = new LinkedHashSet<>();
        original.fieldNames().forEachRemaining(keys::add);
        refined.fieldNames().forEachRemaining(keys::add);
        keys.remove(STATEMENT_KEY);
        List<Violation> violations = new ArrayList<>();
        for (String key : keys) {
            JsonNode before = original.get(key);
            JsonNode after = refined.get(key);
            if (before == null) {
                violations.add(violation(null, "The refined policy adds the top-level key " + key + "."));
            } else if (after == null) {
                violations.add(violation(null, "The refined policy removes the top-level key " + key + "."));
            } else if (!before.equals(after)) {
                violations.add(violation(null, "The refined policy changes the top-level key " + key
                        + " from " + before + " to " + after + "."));
            }
        }
        return violations;
    }

    /** Deny statements kept verbatim, and no refined statement without an original. */
    static List<Violation> statements(StatementAlignment alignment, List<PolicyStatement> originals) {
        List<Violation> violations = new ArrayList<>();
        for (StatementAlignment.Pair pair : alignment.pairs()) {
            PolicyStatement original = pair.original();
            if (original.effect() != Effect.DENY) {
                continue;
            }
            if (pair.refined() == null) {
                violations.add(violation(original.pointer(),
                        "The Deny statement is missing from the refined policy, but Deny statements are never changed."));
            } else if (!original.json().equals(pair.refined().json())) {
                violations.add(violation(original.pointer(),
                        "The refined policy changes the actions of this Deny statement, but Deny statements are never changed."));
            }
        }
        for (PolicyStatement stray : alignment.unmatched()) {
            violations.add(describeStray(stray, originals));
        }
        return violations;
    }

    /** Names the original statement the stray one most likely was, and how it differs. */
    private static Violation describeStray(PolicyStatement stray, List<PolicyStatement> originals) {
        PolicyStatement closest = null;
        List<String> closestDifferences = null;
        for (PolicyStatement original : originals) {
            List<String> differences = StatementAlignment.keysDiffering(original, stray);
            if (closest == null || differences.size() < closestDifferences.size()) {
                closest = original;
                closestDifferences = differences;
            }
        }
        String refinedPlace = "The refined statement " + stray.pointer();
        if (closest == null) {
            return violation(null, refinedPlace + " has no original statement.");
        }
        if (closestDifferences.isEmpty()) {
            return violation(closest.pointer(), refinedPlace + " corresponds to the original "
                    + closest.pointer() + " but breaks the original order of statements.");
        }
        return violation(closest.pointer(), refinedPlace + " matches no original statement: compared with the original "
                + closest.pointer() + " it changes " + String.join(", ", closestDifferences) + ".");
    }

    private static Violation violation(String statement, String message) {
        return new Violation(GUARANTEE, statement, null, null, message);
    }
}

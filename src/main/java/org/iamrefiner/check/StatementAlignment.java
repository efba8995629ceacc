package org.iamrefiner.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Pairs each refined statement with the original statement it came from. Refined statements
 * are the original ones in order, some dropped, each equal to its original in every key but
 * Action/NotAction. Among the order-keeping pairings, the one that pairs the most refined
 * statements wins, and among those the one with the most pairs whose actions fit (so that two
 * statements differing only in actions are told apart by their actions, not by position).
 */
final class StatementAlignment {

    /**
     * One original statement and what became of it.
     *
     * @param original the original statement
     * @param refined  its refined form, or null when it was dropped
     */
    record Pair(PolicyStatement original, PolicyStatement refined) {
    }

    private final List<Pair> pairs;
    private final List<PolicyStatement> unmatched;

    private StatementAlignment(List<Pair> pairs, List<PolicyStatement> unmatched) {
        this.pairs = Collections.unmodifiableList(pairs);
        this.unmatched = Collections.unmodifiableList(unmatched);
    }

    /**
     * @param originals   the original statements in order
     * @param refined     the refined statements in order (empty for a detached policy)
     * @param actionsFit  whether a refined statement's actions may stem from an original's
     */
    static StatementAlignment align(List<PolicyStatement> originals, List<PolicyStatement> refined,
                                    BiPredicate<PolicyStatement, PolicyStatement> actionsFit) {
        int n = originals.size();
        int m = refined.size();
        // best[i][k]: best score aligning originals i.. with refined k..; pairs count far more than fits.
        long pairWeight = m + 1L;
        List<ObjectNode> originalKeys = originals.stream().map(s -> withoutActions(s.json())).toList();
        List<ObjectNode> refinedKeys = refined.stream().map(s -> withoutActions(s.json())).toList();
        long[][] best = new long[n + 1][m + 1];
        boolean[][] take = new boolean[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int k = m - 1; k >= 0; k--) {
                long skipOriginal = best[i + 1][k];
                long skipRefined = best[i][k + 1];
                long score = Math.max(skipOriginal, skipRefined);
                if (originalKeys.get(i).equals(refinedKeys.get(k))) {
                    long paired = best[i + 1][k + 1] + pairWeight
                            + (actionsFit.test(originals.get(i), refined.get(k)) ? 1 : 0);
                    if (paired >= score) {
                        score = paired;
                        take[i][k] = true;
                    }
                }
                best[i][k] = score;
            }
        }
        List<Pair> pairs = new ArrayList<>(n);
        List<PolicyStatement> unmatched = new ArrayList<>();
        int i = 0;
        int k = 0;
        while (i < n || k < m) {
            if (i < n && k < m && take[i][k]) {
                pairs.add(new Pair(originals.get(i++), refined.get(k++)));
            } else if (i < n && (k == m || best[i + 1][k] >= best[i][k + 1])) {
                pairs.add(new Pair(originals.get(i++), null));
            } else {
                unmatched.add(refined.get(k++));
            }
        }
        return new StatementAlignment(pairs, unmatched);
    }

    /** One entry per original statement, in order. */
    List<Pair> pairs() {
        return pairs;
    }

    /** Refined statements that stem from no original statement, in order. */
    List<PolicyStatement> unmatched() {
        return unmatched;
    }

    static boolean sameApartFromActions(PolicyStatement original, PolicyStatement refined) {
        return withoutActions(original.json()).equals(withoutActions(refined.json()));
    }

    /** The keys, other than Action and NotAction, in which the two statements differ. */
    static List<String> keysDiffering(PolicyStatement original, PolicyStatement refined) {
        ObjectNode a = withoutActions(original.json());
        ObjectNode b = withoutActions(refined.json());
        List<String> keys = new ArrayList<>();
        a.fieldNames().forEachRemaining(key -> {
            if (!a.get(key).equals(b.get(key))) {
                keys.add(key);
            }
        });
        b.fieldNames().forEachRemaining(key -> {
            if (!a.has(key)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static ObjectNode withoutActions(ObjectNode statement) {
        ObjectNode copy = statement.deepCopy();
        copy.remove(ActionField.ACTION.json());
        copy.remove(ActionField.NOT_ACTION.json());
        return copy;
    }
}

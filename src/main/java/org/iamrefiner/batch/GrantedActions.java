package org.iamrefiner.batch;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.Glob;
import org.iamrefiner.catalog.GlobMatcher;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * The catalog actions a policy's Allow statements grant, as a set of catalog positions, to count
 * what a recommendation takes away. Resources, conditions and Deny statements are not weighed:
 * the count is about which actions are named, as the refinement is.
 */
final class GrantedActions {

    private final int size;
    /** The catalog's lower-case keys in sorted order, and the catalog position of each. */
    private final String[] sortedKeys;
    private final int[] positionOfSorted;

    GrantedActions(Catalog catalog) {
        List<CatalogAction> actions = catalog.all();
        this.size = actions.size();
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> actions.get(i).key()));
        this.sortedKeys = new String[size];
        this.positionOfSorted = new int[size];
        for (int k = 0; k < size; k++) {
            sortedKeys[k] = actions.get(order[k]).key();
            positionOfSorted[k] = order[k];
        }
    }

    /** The catalog actions the policy grants; empty for null (a detached policy). */
    BitSet of(Policy policy) {
        BitSet granted = new BitSet(size);
        if (policy == null) {
            return granted;
        }
        for (PolicyStatement statement : policy.statements()) {
            if (statement.effect() != Effect.ALLOW) {
                continue;
            }
            BitSet matched = matching(statement.entries());
            if (statement.field() == ActionField.NOT_ACTION) {
                matched.flip(0, size);
            }
            granted.or(matched);
        }
        return granted;
    }

    /**
     * A pattern can only match keys that start with its literal part, which lie together in sorted
     * order: only that run is tried, so a list of thousands of names costs a lookup each.
     */
    private BitSet matching(List<String> entries) {
        BitSet matched = new BitSet(size);
        for (String entry : entries) {
            String root = Glob.root(entry);
            GlobMatcher matcher = new GlobMatcher(entry);
            for (int k = firstAtOrAfter(root); k < size && sortedKeys[k].startsWith(root); k++) {
                if (matcher.matches(sortedKeys[k])) {
                    matched.set(positionOfSorted[k]);
                }
            }
        }
        return matched;
    }

    private int firstAtOrAfter(String key) {
        int found = Arrays.binarySearch(sortedKeys, key);
        return found >= 0 ? found : -found - 1;
    }
}

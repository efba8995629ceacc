package org.iamrefiner.engine.facts;

import java.util.Arrays;
import java.util.List;

/** The binary search and the order check the key indexes ({@link KnownActions}, {@link AvoidedNames}) share. */
final class SortedKeys {

    private SortedKeys() {
    }

    /** The position of the first key at or after {@code key} in key order (the length when none is). */
    static int firstAtOrAfter(String[] sorted, String key) {
        return firstAtOrAfter(sorted, 0, sorted.length, key);
    }

    /** The same within {@code [from, to)} of the keys ({@code to} when none there is). */
    static int firstAtOrAfter(String[] sorted, int from, int to, String key) {
        int found = Arrays.binarySearch(sorted, from, to, key);
        return found >= 0 ? found : -found - 1;
    }

    /**
     * The keys of actions, checked to be in key order.
     *
     * @param what what the actions are, for the message ("catalog actions")
     * @throws IllegalArgumentException naming the first two out of order
     */
    static String[] keysInOrder(List<KnownAction> sortedByKey, String what) {
        String[] keys = new String[sortedByKey.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = sortedByKey.get(i).getKey();
            if (i > 0 && keys[i - 1].compareTo(keys[i]) > 0) {
                throw new IllegalArgumentException(what + " out of key order: " + keys[i - 1] + ", " + keys[i]);
            }
        }
        return keys;
    }
}

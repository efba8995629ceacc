package org.iamrefiner.engine.facts;

import java.util.Arrays;

/** The binary search the key indexes ({@link KnownActions}, {@link AvoidedNames}) share. */
final class SortedKeys {

    private SortedKeys() {
    }

    /** The position of the first key at or after {@code key} in key order (the length when none is). */
    static int firstAtOrAfter(String[] sorted, String key) {
        int found = Arrays.binarySearch(sorted, key);
        return found >= 0 ? found : -found - 1;
    }
}

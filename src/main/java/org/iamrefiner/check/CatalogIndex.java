package org.iamrefiner.check;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;

/**
 * The catalog's actions numbered in catalog order (by service, then by name), with lookups that
 * find the actions a pattern matches without testing every action: by exact key for literals,
 * and by a range of the sorted keys for everything after a literal prefix. Built once per
 * catalog and shared; immutable.
 */
final class CatalogIndex {

    private static final Map<Catalog, CatalogIndex> BUILT = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<CatalogAction> actions;
    /** action.key() → number. */
    private final Map<String, Integer> byKey;
    /** Keys as patterns fold them, sorted, and the number of each. */
    private final String[] sortedKeys;
    private final int[] sortedNumbers;
    /** Service (lower case, as CatalogAction spells it) → [first, end) of its numbers. */
    private final Map<String, int[]> serviceRanges;
    /**
     * Whether every key is already folded (so unique when folded) and its service part is the
     * action's service, and each service's actions are consecutive: then a pattern with a fixed
     * service matches only actions of that service, the actions a statement allows are just the
     * union of what its entries match, and the lookups below are exact. Always so for catalogs
     * whose names lower-case plainly; otherwise the check scans the catalog as it did without
     * an index.
     */
    private final boolean plain;

    private CatalogIndex(Catalog catalog) {
        this.actions = catalog.all();
        int n = actions.size();
        Map<String, Integer> keys = new HashMap<>(n * 2);
        Map<String, int[]> ranges = new HashMap<>();
        String[] foldedKeys = new String[n];
        boolean plainSoFar = true;
        for (int i = 0; i < n; i++) {
            CatalogAction action = actions.get(i);
            String key = action.key();
            keys.putIfAbsent(key, i);
            String folded = PatternLanguage.fold(key);
            foldedKeys[i] = folded;
            int colon = key.indexOf(':');
            String service = action.service();
            plainSoFar &= folded.equals(key)
                    && colon >= 0
                    && key.regionMatches(0, service, 0, colon) && service.length() == colon
                    && service.toLowerCase(Locale.ROOT).equals(service);
            int[] range = ranges.get(service);
            if (range == null) {
                ranges.put(service, new int[] {i, i + 1});
            } else {
                plainSoFar &= range[1] == i;
                range[1] = i + 1;
            }
        }
        // Keys are unique (the catalog keeps one action per key); folded they are the keys when plain.
        plainSoFar &= keys.size() == n;
        String[] sorted = foldedKeys.clone();
        Arrays.sort(sorted);
        int[] numbers = new int[n];
        for (int i = 0; i < n && plainSoFar; i++) {
            numbers[i] = keys.get(sorted[i]);
            plainSoFar = i == 0 || !sorted[i].equals(sorted[i - 1]);
        }
        this.sortedKeys = sorted;
        this.sortedNumbers = numbers;
        this.byKey = keys;
        this.serviceRanges = ranges;
        this.plain = plainSoFar;
    }

    static CatalogIndex of(Catalog catalog) {
        return BUILT.computeIfAbsent(catalog, CatalogIndex::new);
    }

    boolean plain() {
        return plain;
    }

    int size() {
        return actions.size();
    }

    CatalogAction action(int number) {
        return actions.get(number);
    }

    /** The number of the action with this key (lower case, as {@link CatalogAction#key()}), or -1. */
    int numberOf(String key) {
        Integer number = byKey.get(key);
        return number == null ? -1 : number;
    }

    /** Marks the actions of a service (lower case, as {@link CatalogAction#service()}). */
    void markService(String service, BitSet into) {
        int[] range = serviceRanges.get(service);
        if (range != null) {
            into.set(range[0], range[1]);
        }
    }

    /**
     * Marks every action the pattern matches. Needs a {@link #plain()} catalog: the sorted keys are
     * then the keys themselves.
     */
    void markMatched(PatternLanguage pattern, BitSet into) {
        if (pattern.matchesEverything()) {
            into.set(0, actions.size());
            return;
        }
        String prefix = pattern.literalPrefix();
        if (pattern.isLiteral()) {
            // The keys are their own folded form: a literal matches the action with that key.
            Integer number = byKey.get(prefix);
            if (number != null) {
                into.set(number);
            }
            return;
        }
        int from = lowerBound(prefix);
        boolean everyOne = pattern.isPrefixWildcard();
        for (int i = from; i < sortedKeys.length && sortedKeys[i].startsWith(prefix); i++) {
            if (everyOne || pattern.matches(sortedKeys[i])) {
                into.set(sortedNumbers[i]);
            }
        }
    }

    /** First position in the sorted keys whose key is not below {@code text}. */
    private int lowerBound(String text) {
        int low = 0;
        int high = sortedKeys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sortedKeys[mid].compareTo(text) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

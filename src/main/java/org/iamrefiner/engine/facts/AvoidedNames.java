package org.iamrefiner.engine.facts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Derived: the names no wildcard of a cover may reach, in key order — the unused names for an
 * Action entry's cover, the used actions the statement still allows for a NotAction cover — and,
 * for an Action entry's cover, the "svc:" prefix of each wholly unused service.
 *
 * <p>In key order, the names starting with a prefix are one contiguous run. So whether any of them
 * starts with a node is one binary search, and the names sharing the longest prefix with a target
 * are its two neighbours in that order: no prefix of the target that either neighbour starts with
 * can be safe, and no other name can start with a longer one.
 */
public final class AvoidedNames extends Derived {

    private final Cover cover;
    private final String[] keys;
    private final String[] names;
    private final String[] servicePrefixes;

    /**
     * @param names           full names, in any order and case
     * @param servicePrefixes "svc:" for each wholly unused service, lower case
     */
    public AvoidedNames(Cover cover, Collection<String> names, Collection<String> servicePrefixes, String rule) {
        super(rule);
        this.cover = cover;
        String[][] sorted = names.stream()
                .map(name -> new String[] {name.toLowerCase(Locale.ROOT), name})
                .sorted((a, b) -> a[0].compareTo(b[0]))
                .toArray(String[][]::new);
        this.keys = new String[sorted.length];
        this.names = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            keys[i] = sorted[i][0];
            this.names[i] = sorted[i][1];
        }
        this.servicePrefixes = servicePrefixes.stream().sorted().toArray(String[]::new);
    }

    private AvoidedNames(Cover cover, String[] keys, String[] names, String rule) {
        super(rule);
        this.cover = cover;
        this.keys = keys;
        this.names = names;
        this.servicePrefixes = new String[0];
    }

    /**
     * The catalog actions a cover must not reach, given in key order: their keys are taken as they
     * are, not lower-cased and sorted again (a statement granting "*" still allows most of the
     * catalog's 22,000 actions).
     *
     * @param sortedByKey catalog actions in key order, as {@link UsedStillAllowed#getActions()} holds them
     */
    public static AvoidedNames ofActions(Cover cover, List<KnownAction> sortedByKey, String rule) {
        String[] keys = SortedKeys.keysInOrder(sortedByKey, "actions");
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = sortedByKey.get(i).getFullName();
        }
        return new AvoidedNames(cover, keys, names, rule);
    }

    public Cover getCover() {
        return cover;
    }

    /** The first name in key order that starts with the lower-case prefix, or null when none does. */
    public String nameStartingWith(String prefix) {
        int at = SortedKeys.firstAtOrAfter(keys, prefix);
        return at < keys.length && keys[at].startsWith(prefix) ? names[at] : null;
    }

    /**
     * The length of the longest prefix the lower-case key shares with any name or service prefix
     * here (0 when there are none).
     */
    public int sharedLength(String key) {
        return Math.max(sharedWithNeighbours(keys, key), sharedWithNeighbours(servicePrefixes, key));
    }

    public int size() {
        return keys.length + servicePrefixes.length;
    }

    private static int sharedWithNeighbours(String[] sorted, String key) {
        int shared = 0;
        for (int at : neighbours(sorted, key)) {
            shared = Math.max(shared, common(sorted[at], key));
        }
        return shared;
    }

    /** The positions of the entries just before and just after the key (the key itself counts as after). */
    private static int[] neighbours(String[] sorted, String key) {
        int after = SortedKeys.firstAtOrAfter(sorted, key);
        if (after == 0) {
            return after < sorted.length ? new int[] {after} : new int[0];
        }
        return after < sorted.length ? new int[] {after - 1, after} : new int[] {after - 1};
    }

    private static int common(String a, String b) {
        int length = Math.min(a.length(), b.length());
        int i = 0;
        while (i < length && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    @Override
    public String toString() {
        return size() + " names to avoid for " + cover;
    }
}

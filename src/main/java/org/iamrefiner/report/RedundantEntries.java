package org.iamrefiner.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.iamrefiner.check.PatternLanguage;

/**
 * Entries of one statement's action list that grant nothing the list does not already grant:
 * an entry whose language lies inside another entry's language ({@code s3:GetObject} beside
 * {@code s3:Get*}, {@code s3:Get*} beside {@code s3:*}). They are reported as notes and never
 * removed: the policy's structure is the user's.
 *
 * <p>Entries equal to each other ignoring case are duplicates, not redundancies, and are left to
 * whoever reports duplicates: only the first of them takes part here. Of two entries with the
 * same language ({@code s3:Get*} and {@code s3:Get**}) only the later one is reported. So
 * removing every reported entry keeps exactly the access the list grants.
 */
public final class RedundantEntries {

    private RedundantEntries() {
    }

    /**
     * @param statementPointer the statement's JSON pointer, e.g. {@code /Statement/1}
     * @param entries          the statement's action entries, in order
     * @return one sentence per redundant entry, in list order, e.g.
     *         {@code /Statement/1: "s3:GetObject" is already granted by "s3:Get*"}; the entry
     *         named as granting it is the first in the list that does
     */
    public static List<String> notes(String statementPointer, List<String> entries) {
        Objects.requireNonNull(statementPointer, "statementPointer");
        List<String> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : entries) {
            if (seen.add(entry.toLowerCase(Locale.ROOT))) {
                distinct.add(entry);
            }
        }
        List<PatternLanguage> languages = distinct.stream().map(PatternLanguage::of).toList();

        // Only an entry with a wildcard whose literal prefix starts j's can grant j (see grants):
        // index those by their prefix, so each j tries only them, in list order.
        WildcardIndex wildcards = new WildcardIndex(languages);
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < distinct.size(); j++) {
            for (int i : wildcards.startingWith(languages.get(j).literalPrefix())) {
                if (i != j && grants(languages, i, j)) {
                    notes.add(statementPointer + ": \"" + distinct.get(j) + "\" is already granted by \"" + distinct.get(i) + "\"");
                    break;
                }
            }
        }
        return notes;
    }

    /**
     * The entries with a wildcard, by literal prefix. The prefixes that start a text are found by
     * one binary search and a walk down a chain: in key order the prefixes of a text come at or
     * before it, and each prefix links to the longest other one that starts it. (Looking up every
     * length of the text instead cost 3.5 ms of the 9 ms that writing ReadOnlyAccess's
     * recommendation of 2,485 entries took.)
     */
    private static final class WildcardIndex {

        /** The distinct literal prefixes of the entries with a wildcard, in key order. */
        private final String[] prefixes;
        /** Per prefix, the entries (indices into the list) that have it, in list order. */
        private final int[][] entries;
        /** Per prefix, the index of the longest other prefix that starts it, or -1. */
        private final int[] shorter;

        WildcardIndex(List<PatternLanguage> languages) {
            TreeMap<String, List<Integer>> byPrefix = new TreeMap<>();
            for (int i = 0; i < languages.size(); i++) {
                PatternLanguage language = languages.get(i);
                if (!language.isLiteral()) {
                    byPrefix.computeIfAbsent(language.literalPrefix(), p -> new ArrayList<>()).add(i);
                }
            }
            prefixes = byPrefix.keySet().toArray(new String[0]);
            entries = new int[prefixes.length][];
            shorter = new int[prefixes.length];
            int k = 0;
            for (List<Integer> withPrefix : byPrefix.values()) {
                entries[k] = withPrefix.stream().mapToInt(Integer::intValue).toArray();
                // Every prefix of prefixes[k] sorts before it, so the earlier ones are all there is to search.
                shorter[k] = longestStarting(prefixes[k], k - 1);
                k++;
            }
        }

        /** The entries whose literal prefix starts {@code text}, in list order. */
        int[] startingWith(String text) {
            int found = longestStarting(text, lastAtOrBefore(prefixes, text));
            int count = 0;
            for (int k = found; k >= 0; k = shorter[k]) {
                count += entries[k].length;
            }
            int[] starting = new int[count];
            int at = 0;
            for (int k = found; k >= 0; k = shorter[k]) {
                System.arraycopy(entries[k], 0, starting, at, entries[k].length);
                at += entries[k].length;
            }
            Arrays.sort(starting);
            return starting;
        }

        private static int lastAtOrBefore(String[] sorted, String text) {
            int found = Arrays.binarySearch(sorted, text);
            return found >= 0 ? found : -found - 2;
        }

        /**
         * The index of the longest prefix that starts {@code text}, given the last prefix at or
         * before it in key order ({@code last}, -1 for none): that one if it starts the text, else
         * the first prefix down its chain no longer than what it shares with the text.
         */
        private int longestStarting(String text, int last) {
            if (last < 0 || text.startsWith(prefixes[last])) {
                return last;
            }
            int shared = 0;
            String before = prefixes[last];
            while (shared < before.length() && shared < text.length() && before.charAt(shared) == text.charAt(shared)) {
                shared++;
            }
            int k = shorter[last];
            while (k >= 0 && prefixes[k].length() > shared) {
                k = shorter[k];
            }
            return k;
        }
    }

    /**
     * Whether entry {@code i} makes entry {@code j} redundant: j's language is inside i's, and
     * when the two languages are the same, i comes first.
     */
    private static boolean grants(List<PatternLanguage> languages, int i, int j) {
        PatternLanguage inner = languages.get(j);
        PatternLanguage outer = languages.get(i);
        // A cheap necessary condition first, so most pairs need no language search: every string
        // of a pattern starts with its literal prefix and can differ right after it, so j can lie
        // inside i only when i has a wildcard and j's literal prefix starts with i's.
        if (outer.isLiteral() || !inner.literalPrefix().startsWith(outer.literalPrefix())) {
            return false;
        }
        if (!inner.isInside(outer)) {
            return false;
        }
        return i < j || !outer.isInside(inner);
    }
}

package org.iamrefiner.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
        Map<String, List<Integer>> wildcardsByPrefix = new HashMap<>();
        TreeSet<Integer> prefixLengths = new TreeSet<>();
        for (int i = 0; i < languages.size(); i++) {
            PatternLanguage language = languages.get(i);
            if (!language.isLiteral()) {
                wildcardsByPrefix.computeIfAbsent(language.literalPrefix(), p -> new ArrayList<>()).add(i);
                prefixLengths.add(language.literalPrefix().length());
            }
        }
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < distinct.size(); j++) {
            String prefix = languages.get(j).literalPrefix();
            for (int i : candidates(prefix, wildcardsByPrefix, prefixLengths)) {
                if (i != j && grants(languages, i, j)) {
                    notes.add(statementPointer + ": \"" + distinct.get(j) + "\" is already granted by \"" + distinct.get(i) + "\"");
                    break;
                }
            }
        }
        return notes;
    }

    /** The entries with a wildcard whose literal prefix starts {@code prefix}, in list order. */
    private static int[] candidates(String prefix, Map<String, List<Integer>> wildcardsByPrefix,
                                    TreeSet<Integer> prefixLengths) {
        List<Integer> found = new ArrayList<>();
        for (int length : prefixLengths) {
            if (length > prefix.length()) {
                break;
            }
            List<Integer> entries = wildcardsByPrefix.get(prefix.substring(0, length));
            if (entries != null) {
                found.addAll(entries);
            }
        }
        int[] sorted = found.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        return sorted;
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

package org.iamrefiner.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds a shortest string that lies in every one of some pattern languages and in none of
 * others, or proves there is none. Inclusion ({@code A ⊆ B} iff no string is in A and not in
 * B) and intersection are both instances.
 *
 * <p>The search is a breadth-first walk of the product of the patterns' subset automata. Its
 * alphabet is every character written in the patterns, lower-cased, plus one character that
 * none of them writes: characters absent from all patterns behave alike (only {@code ?} and
 * {@code *} match them), so one stands for all. The walk therefore visits every reachable
 * product state and the answer is exact.
 */
public final class LanguageSearch {

    /** Characters preferred as the stand-in for "any other character", so witnesses stay readable. */
    private static final String OTHER_CANDIDATES = "abcdefghijklmnopqrstuvwxyz0123456789";

    /**
     * The order in which the walk tries characters: letters, then digits, then the rest. Any
     * order finds a shortest witness; this one makes it read like an action ("iam:a", not "iam::").
     */
    private static final Comparator<Character> READABLE_FIRST =
            Comparator.comparingInt((Character c) -> Character.isLetter(c) ? 0 : Character.isDigit(c) ? 1 : 2)
                    .thenComparing(Comparator.naturalOrder());

    private LanguageSearch() {
    }

    /**
     * @param inAll  languages the string must belong to (at least one)
     * @param inNone languages the string must stay out of
     * @return a shortest such string, lower case, or empty when none exists
     */
    public static Optional<String> find(List<PatternLanguage> inAll, List<PatternLanguage> inNone) {
        if (inAll.isEmpty()) {
            throw new IllegalArgumentException("at least one language must contain the string");
        }
        if (!prefixesAgree(inAll)) {
            return Optional.empty();
        }
        List<PatternLanguage> relevantNone = new ArrayList<>();
        for (PatternLanguage excluded : inNone) {
            if (mayShareStrings(excluded, inAll)) {
                relevantNone.add(excluded);
            }
        }
        return new Walk(inAll, relevantNone).run();
    }

    /** Every string of a language starts with its literal prefix, so two prefixes must be compatible. */
    private static boolean prefixesAgree(List<PatternLanguage> languages) {
        String longest = "";
        for (PatternLanguage language : languages) {
            String prefix = language.literalPrefix();
            if (prefix.length() > longest.length()) {
                longest = prefix;
            }
        }
        for (PatternLanguage language : languages) {
            if (!longest.startsWith(language.literalPrefix())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a string made of two characters that no pattern writes, {@code c:c}, lies in
     * {@code required} and in none of {@code excluded}: a quick proof that such strings exist.
     * False says nothing; only the search decides then.
     */
    static boolean standInWitnessExists(PatternLanguage required, List<PatternLanguage> excluded) {
        Set<Character> written = new TreeSet<>();
        required.addLiteralCharacters(written);
        for (PatternLanguage language : excluded) {
            language.addLiteralCharacters(written);
        }
        char c = Walk.standInForOthers(written);
        String candidate = c + ":" + c;
        if (!required.acceptsFolded(candidate)) {
            return false;
        }
        for (PatternLanguage language : excluded) {
            if (language.acceptsFolded(candidate)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one literal prefix starts with the other: without that, the two languages share no string. */
    static boolean prefixesCompatible(PatternLanguage a, PatternLanguage b) {
        String x = a.literalPrefix();
        String y = b.literalPrefix();
        return x.startsWith(y) || y.startsWith(x);
    }

    private static boolean mayShareStrings(PatternLanguage excluded, List<PatternLanguage> inAll) {
        for (PatternLanguage required : inAll) {
            String a = excluded.literalPrefix();
            String b = required.literalPrefix();
            if (!a.startsWith(b) && !b.startsWith(a)) {
                return false;
            }
        }
        return true;
    }

    /** One breadth-first walk over the product automaton. */
    private static final class Walk {

        private final PatternLanguage[] languages;
        private final int required;
        private final char[] alphabet;
        /** Per language: subset of NFA states → small id, so product states are int tuples. */
        private final List<Map<BitSet, Integer>> ids = new ArrayList<>();
        private final List<List<BitSet>> subsets = new ArrayList<>();
        /** Per language: cached transitions, [subset id][alphabet index] → subset id, -1 unknown. */
        private final List<List<int[]>> transitions = new ArrayList<>();

        Walk(List<PatternLanguage> inAll, List<PatternLanguage> inNone) {
            List<PatternLanguage> all = new ArrayList<>(inAll);
            all.addAll(inNone);
            this.languages = all.toArray(new PatternLanguage[0]);
            this.required = inAll.size();
            this.alphabet = alphabetOf(all);
            for (int i = 0; i < languages.length; i++) {
                ids.add(new HashMap<>());
                subsets.add(new ArrayList<>());
                transitions.add(new ArrayList<>());
            }
        }

        Optional<String> run() {
            int[] start = new int[languages.length];
            for (int i = 0; i < languages.length; i++) {
                start[i] = intern(i, languages[i].startStates());
            }
            Map<ProductState, ProductState> visited = new HashMap<>();
            ArrayDeque<ProductState> queue = new ArrayDeque<>();
            ProductState first = new ProductState(start, null, '\0');
            visited.put(first, first);
            queue.add(first);
            while (!queue.isEmpty()) {
                ProductState state = queue.poll();
                if (isGoal(state.ids)) {
                    return Optional.of(state.spell());
                }
                if (isHopeless(state.ids)) {
                    continue;
                }
                for (int c = 0; c < alphabet.length; c++) {
                    int[] next = new int[languages.length];
                    for (int i = 0; i < languages.length; i++) {
                        next[i] = successor(i, state.ids[i], c);
                    }
                    ProductState candidate = new ProductState(next, state, alphabet[c]);
                    if (visited.putIfAbsent(candidate, candidate) == null) {
                        queue.add(candidate);
                    }
                }
            }
            return Optional.empty();
        }

        private boolean isGoal(int[] state) {
            for (int i = 0; i < languages.length; i++) {
                boolean accepted = languages[i].accepts(subsets.get(i).get(state[i]));
                if (accepted != (i < required)) {
                    return false;
                }
            }
            return true;
        }

        /** No continuation can reach the goal: a required language is dead, or an excluded one takes everything. */
        private boolean isHopeless(int[] state) {
            for (int i = 0; i < languages.length; i++) {
                BitSet subset = subsets.get(i).get(state[i]);
                if (i < required ? subset.isEmpty() : languages[i].acceptsEveryContinuation(subset)) {
                    return true;
                }
            }
            return false;
        }

        private int successor(int language, int subsetId, int symbol) {
            int[] row = transitions.get(language).get(subsetId);
            if (row[symbol] < 0) {
                BitSet next = languages[language].step(subsets.get(language).get(subsetId), alphabet[symbol]);
                row[symbol] = intern(language, next);
            }
            return row[symbol];
        }

        private int intern(int language, BitSet subset) {
            Integer known = ids.get(language).get(subset);
            if (known != null) {
                return known;
            }
            int id = subsets.get(language).size();
            ids.get(language).put(subset, id);
            subsets.get(language).add(subset);
            int[] row = new int[alphabet.length];
            Arrays.fill(row, -1);
            transitions.get(language).add(row);
            return id;
        }

        private static char[] alphabetOf(List<PatternLanguage> languages) {
            Set<Character> written = new TreeSet<>();
            for (PatternLanguage language : languages) {
                language.addLiteralCharacters(written);
            }
            Set<Character> symbols = new TreeSet<>(READABLE_FIRST);
            symbols.addAll(written);
            symbols.add(standInForOthers(written));
            char[] alphabet = new char[symbols.size()];
            int i = 0;
            for (char c : symbols) {
                alphabet[i++] = c;
            }
            return alphabet;
        }

        private static char standInForOthers(Set<Character> written) {
            for (char c : OTHER_CANDIDATES.toCharArray()) {
                if (!written.contains(c)) {
                    return c;
                }
            }
            for (char c = '\u00e0'; ; c++) {
                if (!written.contains(c) && Character.toLowerCase(c) == c && c != '*' && c != '?') {
                    return c;
                }
            }
        }
    }

    /** A tuple of subset ids, one per language, with the way it was first reached. */
    private static final class ProductState {
        final int[] ids;
        final ProductState parent;
        final char via;

        ProductState(int[] ids, ProductState parent, char via) {
            this.ids = ids;
            this.parent = parent;
            this.via = via;
        }

        String spell() {
            StringBuilder text = new StringBuilder();
            for (ProductState s = this; s.parent != null; s = s.parent) {
                text.append(s.via);
            }
            return text.reverse().toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ProductState state && Arrays.equals(ids, state.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }
}

package org.iamrefiner.check;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The language of one IAM action pattern: every string the pattern matches, known to a catalog
 * or not. The pattern is a case-insensitive glob over the whole action string, where {@code *}
 * matches any run of characters (also empty) and {@code ?} exactly one character.
 *
 * <p>Inclusion and intersection are decided exactly on the pattern's automaton (see
 * {@link LanguageSearch}), never by trying sample strings.
 */
public final class PatternLanguage {

    private final String pattern;
    /** The pattern lower-cased, runs of {@code *} collapsed to one (same language, fewer states). */
    private final char[] glob;
    /** {@link #literalPrefix()}, computed once. */
    private final String prefix;
    /** {@link #fixedService()}, computed once. */
    private final String service;

    private PatternLanguage(String pattern) {
        this.pattern = pattern;
        char[] folded = new char[pattern.length()];
        int length = 0;
        for (int i = 0; i < folded.length; i++) {
            char c = fold(pattern.charAt(i));
            if (c == '*' && length > 0 && folded[length - 1] == '*') {
                continue;
            }
            folded[length++] = c;
        }
        this.glob = length == folded.length ? folded : Arrays.copyOf(folded, length);
        int end = 0;
        while (end < glob.length && glob[end] != '*' && glob[end] != '?') {
            end++;
        }
        this.prefix = new String(glob, 0, end);
        int colon = prefix.indexOf(':');
        this.service = colon < 0 ? null : prefix.substring(0, colon);
    }

    /** The language of {@code pattern}, e.g. {@code "s3:Get*"}. */
    public static PatternLanguage of(String pattern) {
        return new PatternLanguage(pattern);
    }

    /** The pattern as given, original casing kept. */
    public String pattern() {
        return pattern;
    }

    /** Whether the pattern matches the whole of {@code text}, ignoring case. */
    public boolean matches(String text) {
        return matches(text, true);
    }

    /**
     * Whether the automaton accepts {@code text} read as it is, characters not folded again: the
     * way {@link LanguageSearch} reads its (already folded) alphabet.
     */
    boolean acceptsFolded(String text) {
        return matches(text, false);
    }

    private boolean matches(String text, boolean foldText) {
        // Greedy scan that backtracks only to the last '*': exact for globs made of '*' and '?'.
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            char c = foldText ? fold(text.charAt(t)) : text.charAt(t);
            if (p < glob.length && (glob[p] == '?' || (glob[p] != '*' && glob[p] == c))) {
                p++;
                t++;
            } else if (p < glob.length && glob[p] == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < glob.length && glob[p] == '*') {
            p++;
        }
        return p == glob.length;
    }

    /**
     * Decides {@code L(this) ⊆ L(other)}.
     *
     * @return empty when this language is inside {@code other}; otherwise a shortest string
     *         (lower case) that this pattern matches and {@code other} does not
     */
    public Optional<String> isSubsetOf(PatternLanguage other) {
        if (Inclusion.quick(this, other) == Inclusion.INSIDE) {
            return Optional.empty();
        }
        return LanguageSearch.find(List.of(this), List.of(other));
    }

    /**
     * Decides {@code L(this) ⊆ L(other)} like {@link #isSubsetOf}, without a witness: the common
     * shapes (literals, a literal prefix and one trailing {@code *}) are decided directly, the
     * rest by the general search.
     */
    public boolean isInside(PatternLanguage other) {
        Inclusion quick = Inclusion.quick(this, other);
        if (quick != Inclusion.UNKNOWN) {
            return quick == Inclusion.INSIDE;
        }
        return LanguageSearch.find(List.of(this), List.of(other)).isEmpty();
    }

    /**
     * Decides whether the two languages share a string.
     *
     * @return a shortest string (lower case) both patterns match, or empty when there is none
     */
    public Optional<String> intersects(PatternLanguage other) {
        return LanguageSearch.find(List.of(this, other), List.of());
    }

    /** Whether the pattern holds no {@code *} or {@code ?}. */
    public boolean isLiteral() {
        return prefix.length() == glob.length;
    }

    /**
     * Whether the pattern is its literal prefix followed by one {@code *} and nothing else
     * ({@code s3:Get*}, {@code s3:*}, {@code *}): it matches exactly the strings that start with
     * the prefix.
     */
    public boolean isPrefixWildcard() {
        return glob.length == prefix.length() + 1 && glob[prefix.length()] == '*';
    }

    /** Whether the pattern ends with {@code *}: once that star is reached, every continuation matches. */
    boolean endsWithStar() {
        return glob.length > 0 && glob[glob.length - 1] == '*';
    }

    /** Whether the pattern is only stars: it matches every string. */
    public boolean matchesEverything() {
        return glob.length == 1 && glob[0] == '*';
    }

    /** The lower-cased text before the first {@code *} or {@code ?}: every matched string starts with it. */
    public String literalPrefix() {
        return prefix;
    }

    /**
     * The lower-cased service part (text before the first {@code :}) when it holds no wildcard,
     * so that the pattern can only match that service's actions; null when the service part is
     * itself a wildcard or the pattern has no {@code :} at all.
     */
    public String fixedService() {
        return service;
    }

    @Override
    public String toString() {
        return pattern;
    }

    // The automaton, for LanguageSearch: state i means "the first i glob characters are consumed".

    /** The literal characters of the pattern (lower case), the wildcards excluded. */
    void addLiteralCharacters(Set<Character> into) {
        for (char c : glob) {
            if (c != '*' && c != '?') {
                into.add(c);
            }
        }
    }

    BitSet startStates() {
        BitSet start = new BitSet(glob.length + 1);
        start.set(0);
        return closeOverStars(start);
    }

    /** The states reached from {@code states} by reading {@code c} (already lower case). */
    BitSet step(BitSet states, char c) {
        BitSet next = new BitSet(glob.length + 1);
        for (int i = states.nextSetBit(0); i >= 0 && i < glob.length; i = states.nextSetBit(i + 1)) {
            char g = glob[i];
            if (g == '*') {
                next.set(i);
            } else if (g == '?' || g == c) {
                next.set(i + 1);
            }
        }
        return closeOverStars(next);
    }

    boolean accepts(BitSet states) {
        return states.get(glob.length);
    }

    /** True when the states accept every continuation: the trailing {@code *} has been reached. */
    boolean acceptsEveryContinuation(BitSet states) {
        int last = glob.length - 1;
        return last >= 0 && glob[last] == '*' && states.get(last);
    }

    private BitSet closeOverStars(BitSet states) {
        // A '*' may match the empty run, so being before it also means being after it.
        for (int i = states.nextSetBit(0); i >= 0 && i < glob.length; i = states.nextSetBit(i + 1)) {
            if (glob[i] == '*') {
                states.set(i + 1);
            }
        }
        return states;
    }

    static char fold(char c) {
        return Character.toLowerCase(c);
    }

    /** {@code text} with every character folded as patterns fold theirs; the same string when nothing changes. */
    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (fold(c) != c) {
                char[] folded = text.toCharArray();
                for (int k = i; k < folded.length; k++) {
                    folded[k] = fold(folded[k]);
                }
                return new String(folded);
            }
        }
        return text;
    }
}

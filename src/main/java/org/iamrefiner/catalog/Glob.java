package org.iamrefiner.catalog;

import java.util.BitSet;
import java.util.Locale;

/**
 * Case-insensitive IAM action patterns: {@code *} matches any run of characters (also empty),
 * {@code ?} exactly one. A pattern is matched against the whole string {@code service:Name}.
 *
 * <p>Matching simulates the pattern as a small automaton whose states are positions in the
 * pattern, so questions about all strings that start with a prefix can be answered exactly.
 */
public final class Glob {

    private Glob() {
    }

    /** True when the pattern holds no wildcard. */
    public static boolean isLiteral(String pattern) {
        return pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
    }

    /** The literal part before the first wildcard, lower-cased: {@code s3:Get*} → {@code s3:get}. */
    public static String root(String pattern) {
        int star = pattern.indexOf('*');
        int question = pattern.indexOf('?');
        int end = star < 0 ? question : question < 0 ? star : Math.min(star, question);
        return (end < 0 ? pattern : pattern.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    /** The service a pattern is confined to (lower case), or null when its service part holds a wildcard. */
    public static String serviceOf(String pattern) {
        int colon = pattern.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String service = pattern.substring(0, colon);
        return isLiteral(service) ? service.toLowerCase(Locale.ROOT) : null;
    }

    /** True when the pattern matches the whole text. */
    public static boolean matches(String pattern, String text) {
        return matchesLowerCase(pattern.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
    }

    /** {@link #matches} for a pattern and a text both already in lower case. */
    static boolean matchesLowerCase(String p, String text) {
        if (p.length() < Long.SIZE) {
            return (consumeSmall(p, text) & (1L << p.length())) != 0;
        }
        return consume(p, text).get(p.length());
    }

    /**
     * True when the pattern matches every string that starts with {@code prefix}: reading the
     * prefix can leave the pattern with nothing but {@code *} (at least one) still to match.
     */
    public static boolean matchesEveryExtension(String pattern, String prefix) {
        return matchesEveryExtensionLowerCase(pattern.toLowerCase(Locale.ROOT), prefix.toLowerCase(Locale.ROOT));
    }

    /** {@link #matchesEveryExtension} for a pattern and a prefix both already in lower case. */
    static boolean matchesEveryExtensionLowerCase(String p, String prefix) {
        if (p.length() < Long.SIZE) {
            for (long rest = consumeSmall(p, prefix) & ((1L << p.length()) - 1); rest != 0; rest &= rest - 1) {
                if (onlyStarsFrom(p, Long.numberOfTrailingZeros(rest))) {
                    return true;
                }
            }
            return false;
        }
        BitSet states = consume(p, prefix);
        for (int state = states.nextSetBit(0); state >= 0 && state < p.length(); state = states.nextSetBit(state + 1)) {
            if (onlyStarsFrom(p, state)) {
                return true;
            }
        }
        return false;
    }

    /** True when the pattern matches at least one string that is {@code prefix} followed by one or more characters. */
    public static boolean matchesSomeExtension(String pattern, String prefix) {
        return matchesSomeExtensionLowerCase(pattern.toLowerCase(Locale.ROOT), prefix.toLowerCase(Locale.ROOT));
    }

    /** {@link #matchesSomeExtension} for a pattern and a prefix both already in lower case. */
    static boolean matchesSomeExtensionLowerCase(String p, String prefix) {
        if (p.length() < Long.SIZE) {
            // Some state before the pattern's end: the pattern can still read another character.
            return (consumeSmall(p, prefix) & ((1L << p.length()) - 1)) != 0;
        }
        int first = consume(p, prefix).nextSetBit(0);
        return first >= 0 && first < p.length();
    }

    /**
     * {@link #consume} for a pattern shorter than 64 characters: its states are the bits of one
     * long, so matching allocates nothing (the rules ask this of every trie node).
     */
    private static long consumeSmall(String p, String text) {
        long states = closeOverStars(p, 1L);
        for (int i = 0; i < text.length() && states != 0; i++) {
            char c = text.charAt(i);
            long next = 0;
            for (long rest = states; rest != 0; rest &= rest - 1) {
                int s = Long.numberOfTrailingZeros(rest);
                if (s == p.length()) {
                    continue;
                }
                char token = p.charAt(s);
                if (token == '*') {
                    next |= 1L << s;
                } else if (token == '?' || token == c) {
                    next |= 1L << (s + 1);
                }
            }
            states = closeOverStars(p, next);
        }
        return states;
    }

    private static long closeOverStars(String p, long states) {
        for (int s = 0; s < p.length(); s++) {
            if ((states & (1L << s)) != 0 && p.charAt(s) == '*') {
                states |= 1L << (s + 1);
            }
        }
        return states;
    }

    private static boolean onlyStarsFrom(String p, int state) {
        for (int i = state; i < p.length(); i++) {
            if (p.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    /** The set of pattern positions reachable after reading {@code text}, closed over skipped stars. */
    private static BitSet consume(String p, String text) {
        BitSet states = new BitSet(p.length() + 1);
        states.set(0);
        closeOverStars(p, states);
        for (int i = 0; i < text.length() && !states.isEmpty(); i++) {
            char c = text.charAt(i);
            BitSet next = new BitSet(p.length() + 1);
            for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
                if (s == p.length()) {
                    continue;
                }
                char token = p.charAt(s);
                if (token == '*') {
                    next.set(s);
                } else if (token == '?' || token == c) {
                    next.set(s + 1);
                }
            }
            closeOverStars(p, next);
            states = next;
        }
        return states;
    }

    private static void closeOverStars(String p, BitSet states) {
        for (int s = states.nextSetBit(0); s >= 0 && s < p.length(); s = states.nextSetBit(s + 1)) {
            if (p.charAt(s) == '*') {
                states.set(s + 1);
            }
        }
    }
}

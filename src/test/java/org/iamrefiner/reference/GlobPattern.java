package org.iamrefiner.reference;

import java.util.BitSet;

/**
 * An action pattern ({@code *} = any run, also empty; {@code ?} = exactly one character), matched
 * case-insensitively against the whole string.
 *
 * <p>Matching walks the set of pattern positions that the text read so far can have reached (an
 * NFA). Besides plain matching, the same walk answers the two questions the cover asks about a
 * prefix: can the pattern match some string that starts with it, and does it match every one.
 */
final class GlobPattern {

    private final String text;
    private final String tokens;

    GlobPattern(String pattern) {
        this.text = pattern;
        this.tokens = ReferenceText.lower(pattern);
    }

    /** The pattern as written. */
    String text() {
        return text;
    }

    boolean isLiteral() {
        return tokens.indexOf('*') < 0 && tokens.indexOf('?') < 0;
    }

    /** The lower-case part before the first wildcard: {@code s3:Get*} gives {@code s3:get}, {@code *} gives "". */
    String literalPrefix() {
        int end = 0;
        while (end < tokens.length() && !isWildcard(tokens.charAt(end))) {
            end++;
        }
        return tokens.substring(0, end);
    }

    boolean matches(String candidate) {
        return positionsAfter(candidate).get(tokens.length());
    }

    /** True when some string starting with {@code prefix} matches: the walk over the prefix has not died out. */
    boolean canMatchSomeStringStartingWith(String prefix) {
        return !positionsAfter(prefix).isEmpty();
    }

    /**
     * True when every string starting with {@code prefix} matches ({@code L(prefix*)} inside this
     * pattern's language): after reading the prefix the pattern can stand at a position from which
     * only {@code *}s are left, at least one.
     */
    boolean matchesEveryStringStartingWith(String prefix) {
        BitSet reached = positionsAfter(prefix);
        for (int position = reached.nextSetBit(0); position >= 0; position = reached.nextSetBit(position + 1)) {
            if (onlyStarsFrom(position)) {
                return true;
            }
        }
        return false;
    }

    private BitSet positionsAfter(String input) {
        String lowered = ReferenceText.lower(input);
        BitSet current = new BitSet();
        current.set(0);
        skipStars(current);
        for (int i = 0; i < lowered.length() && !current.isEmpty(); i++) {
            char next = lowered.charAt(i);
            BitSet following = new BitSet();
            for (int position = current.nextSetBit(0); position >= 0; position = current.nextSetBit(position + 1)) {
                if (position == tokens.length()) {
                    continue;
                }
                char token = tokens.charAt(position);
                if (token == '*') {
                    following.set(position);
                } else if (token == '?' || token == next) {
                    following.set(position + 1);
                }
            }
            skipStars(following);
            current = following;
        }
        return current;
    }

    /** A star may match the empty run, so standing before it also means standing after it. */
    private void skipStars(BitSet positions) {
        for (int position = positions.nextSetBit(0); position >= 0; position = positions.nextSetBit(position + 1)) {
            if (position < tokens.length() && tokens.charAt(position) == '*') {
                positions.set(position + 1);
            }
        }
    }

    private boolean onlyStarsFrom(int position) {
        if (position >= tokens.length()) {
            return false;
        }
        for (int i = position; i < tokens.length(); i++) {
            if (tokens.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWildcard(char c) {
        return c == '*' || c == '?';
    }

    @Override
    public String toString() {
        return text;
    }
}

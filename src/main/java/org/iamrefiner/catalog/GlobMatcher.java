package org.iamrefiner.catalog;

import java.util.Locale;

/**
 * One IAM action pattern prepared for matching many names and prefixes: lower-cased once, with
 * direct tests for the two shapes nearly every entry has (an exact name, or a literal prefix
 * followed by one {@code *}) and the general automaton of {@link Glob} for the rest.
 */
public final class GlobMatcher {

    private final String pattern;
    private final String root;
    private final Shape shape;

    private enum Shape { EXACT, PREFIX_STAR, GENERAL }

    public GlobMatcher(String pattern) {
        this.pattern = pattern.toLowerCase(Locale.ROOT);
        this.root = Glob.root(pattern);
        if (Glob.isLiteral(pattern)) {
            shape = Shape.EXACT;
        } else if (this.pattern.length() == root.length() + 1 && this.pattern.endsWith("*")) {
            shape = Shape.PREFIX_STAR;
        } else {
            shape = Shape.GENERAL;
        }
    }

    /** True when the pattern matches the whole text, case-insensitively (as {@link Glob#matches}). */
    public boolean matches(String text) {
        String t = lowerCase(text);
        return switch (shape) {
            case EXACT -> pattern.equals(t);
            case PREFIX_STAR -> t.startsWith(root);
            case GENERAL -> t.startsWith(root) && Glob.matchesLowerCase(pattern, t);
        };
    }

    /**
     * True when the pattern matches every string that starts with the prefix (as
     * {@link Glob#matchesEveryExtension}): a literal never does, a prefix wildcard when the prefix
     * starts with its literal part.
     */
    public boolean matchesEveryExtension(String prefix) {
        String p = lowerCase(prefix);
        return switch (shape) {
            case EXACT -> false;
            case PREFIX_STAR -> p.startsWith(root);
            case GENERAL -> Glob.matchesEveryExtensionLowerCase(pattern, p);
        };
    }

    /**
     * True when the pattern matches some string that is the prefix followed by one or more
     * characters (as {@link Glob#matchesSomeExtension}).
     */
    public boolean matchesSomeExtension(String prefix) {
        String p = lowerCase(prefix);
        return switch (shape) {
            case EXACT -> pattern.length() > p.length() && pattern.startsWith(p);
            case PREFIX_STAR -> p.startsWith(root) || root.startsWith(p);
            case GENERAL -> Glob.matchesSomeExtensionLowerCase(pattern, p);
        };
    }

    /** The text in lower case; action names are nearly always lower-case ASCII already, so this rarely copies. */
    private static String lowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return text;
    }
}

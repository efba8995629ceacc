package org.iamrefiner.catalog;

import java.util.Locale;

/**
 * One IAM action pattern prepared for matching many names and prefixes: lower-cased once, with
 * direct tests for the shapes nearly every entry has (an exact name, a literal prefix followed by
 * one {@code *}, or such a prefix followed by a literal and perhaps a last {@code *}) and the
 * general automaton of {@link Glob} for the rest.
 */
public final class GlobMatcher {

    private final String pattern;
    private final String root;
    /** For {@code root*middle*} and {@code root*middle}: the literal after the first {@code *}; else null. */
    private final String middle;
    private final Shape shape;

    /**
     * EXACT: a name; PREFIX_STAR: {@code root*}; ROOT_STAR_MIDDLE_STAR and ROOT_STAR_END: the
     * shapes of nearly all other entries ({@code glue:*DataQuality*}, {@code emr-containers:*Resource}),
     * tested by a substring search; GENERAL: the automaton.
     */
    private enum Shape { EXACT, PREFIX_STAR, ROOT_STAR_MIDDLE_STAR, ROOT_STAR_END, GENERAL }

    public GlobMatcher(String pattern) {
        this.pattern = pattern.toLowerCase(Locale.ROOT);
        this.root = Glob.root(pattern);
        // What follows the first wildcard when it is a "*" (null otherwise, also in the odd case where
        // lower-casing the whole pattern does not keep the root's length).
        boolean literal = Glob.isLiteral(pattern);
        String afterStar = !literal && this.pattern.startsWith(root)
                && this.pattern.length() > root.length() && this.pattern.charAt(root.length()) == '*'
                ? this.pattern.substring(root.length() + 1) : null;
        if (literal) {
            shape = Shape.EXACT;
            middle = null;
        } else if (afterStar != null && afterStar.isEmpty()) {
            shape = Shape.PREFIX_STAR;
            middle = null;
        } else if (afterStar != null && afterStar.length() > 1 && afterStar.endsWith("*")
                && Glob.isLiteral(afterStar.substring(0, afterStar.length() - 1))) {
            shape = Shape.ROOT_STAR_MIDDLE_STAR;
            middle = afterStar.substring(0, afterStar.length() - 1);
        } else if (afterStar != null && Glob.isLiteral(afterStar)) {
            shape = Shape.ROOT_STAR_END;
            middle = afterStar;
        } else {
            shape = Shape.GENERAL;
            middle = null;
        }
    }

    /** The pattern in lower case. */
    public String lowerCasePattern() {
        return pattern;
    }

    /** The lower-case literal part before the first wildcard (as {@link Glob#root}). */
    public String root() {
        return root;
    }

    /** True when the pattern matches the whole text, case-insensitively (as {@link Glob#matches}). */
    public boolean matches(String text) {
        String t = lowerCase(text);
        return switch (shape) {
            case EXACT -> pattern.equals(t);
            case PREFIX_STAR -> t.startsWith(root);
            case ROOT_STAR_MIDDLE_STAR -> t.startsWith(root) && t.indexOf(middle, root.length()) >= 0;
            case ROOT_STAR_END -> t.length() >= root.length() + middle.length() && t.startsWith(root) && t.endsWith(middle);
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
            case ROOT_STAR_MIDDLE_STAR, ROOT_STAR_END, GENERAL -> Glob.matchesEveryExtensionLowerCase(pattern, p);
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
            case ROOT_STAR_MIDDLE_STAR, ROOT_STAR_END, GENERAL -> Glob.matchesSomeExtensionLowerCase(pattern, p);
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

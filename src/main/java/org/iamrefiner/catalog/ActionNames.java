package org.iamrefiner.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word boundaries of action names, the joints of the word trie.
 *
 * <p>A boundary inside a name lies before an upper-case letter that follows a lower-case letter
 * or a digit ({@code Get|Object}), before the last capital of a capital run that is followed by
 * a lower-case letter ({@code Create|DB|Cluster}), and on either side of any character that is
 * not a letter or digit ({@code Foo|-|Bar}). The end of the name is always a boundary.
 */
public final class ActionNames {

    private ActionNames() {
    }

    /**
     * The word prefixes of a full action name, lower-cased: {@code "svc:"}, then every prefix
     * that ends at a word boundary of the name part, ending with the full name itself.
     * Boundaries are read from the given spelling, so pass the canonical one.
     * {@code "s3:GetObjectAcl"} gives {@code [s3:, s3:get, s3:getobject, s3:getobjectacl]}.
     */
    public static List<String> wordPrefixes(String fullName) {
        int colon = fullName.indexOf(':');
        String service = fullName.substring(0, colon + 1);
        String name = fullName.substring(colon + 1);
        List<String> prefixes = new ArrayList<>();
        prefixes.add(service.toLowerCase(Locale.ROOT));
        String lower = fullName.toLowerCase(Locale.ROOT);
        for (int i = 1; i < name.length(); i++) {
            if (isBoundary(name, i)) {
                prefixes.add(lower.substring(0, service.length() + i));
            }
        }
        if (!name.isEmpty()) {
            prefixes.add(lower);
        }
        return prefixes;
    }

    /** True when a word boundary lies between {@code name[i-1]} and {@code name[i]}. */
    static boolean isBoundary(String name, int i) {
        char before = name.charAt(i - 1);
        char at = name.charAt(i);
        if (!Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(at)) {
            return true;
        }
        if (Character.isUpperCase(at) && (Character.isLowerCase(before) || Character.isDigit(before))) {
            return true;
        }
        return Character.isUpperCase(before) && Character.isUpperCase(at)
                && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }

    /**
     * The proper prefixes of {@code text} that are longer than {@code minLength} characters,
     * longest first. Used to look up which trie nodes lie above a node or an unused name.
     */
    public static List<String> prefixesLongerThan(String text, int minLength) {
        List<String> prefixes = new ArrayList<>(Math.max(0, text.length() - minLength));
        for (int end = text.length() - 1; end > minLength; end--) {
            prefixes.add(text.substring(0, end));
        }
        return prefixes;
    }


    /** The prefixes of {@code text} at least {@code minLength} characters long, up to {@code text} itself. */
    public static List<String> prefixesFrom(String text, int minLength) {
        List<String> prefixes = new ArrayList<>(Math.max(1, text.length() - minLength + 1));
        for (int end = Math.max(0, minLength); end <= text.length(); end++) {
            prefixes.add(text.substring(0, end));
        }
        return prefixes;
    }

    /**
     * How a wildcard over {@code prefix} is written: the prefix spelled as the first of the
     * given actions (in case-insensitive order) spells it, followed by {@code *}.
     */
    public static String wildcardSpelling(String prefix, List<String> fullNames) {
        String first = fullNames.stream().min(Catalog.NAME_ORDER).orElseThrow();
        return first.substring(0, prefix.length()) + "*";
    }

    /** The service part of a lower-case prefix ("s3" for "s3:get"), or null when it has no colon yet. */
    public static String serviceOf(String prefix) {
        int colon = prefix.indexOf(':');
        return colon < 0 ? null : prefix.substring(0, colon);
    }
}

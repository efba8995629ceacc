package org.iamrefiner.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The word-boundary prefixes of a catalog action, the candidate trie nodes under it.
 *
 * <p>For {@code svc:Name} they are {@code svc:} followed by each prefix of {@code Name} that ends
 * at a boundary of {@code Name}, including the empty prefix and the full name. Boundaries are found
 * on the canonical spelling (they depend on case) and the prefixes are returned lower-cased.
 */
final class WordBoundaries {

    private WordBoundaries() {
    }

    /** {@code s3:CreateDBCluster} gives {@code s3:}, {@code s3:create}, {@code s3:createdb}, {@code s3:createdbcluster}. */
    static List<String> prefixes(String canonicalAction) {
        int colon = canonicalAction.indexOf(':');
        String service = canonicalAction.substring(0, colon + 1);
        String name = canonicalAction.substring(colon + 1);
        List<String> prefixes = new ArrayList<>();
        for (int end = 0; end <= name.length(); end++) {
            if (end == 0 || end == name.length() || isBoundary(name, end)) {
                prefixes.add(ReferenceText.lower(service + name.substring(0, end)));
            }
        }
        return prefixes;
    }

    /** Is there a boundary between {@code name[i-1]} and {@code name[i]} (0 < i < length)? */
    static boolean isBoundary(String name, int i) {
        char before = name.charAt(i - 1);
        char at = name.charAt(i);
        boolean lowerOrDigitThenUpper = Character.isUpperCase(at)
                && (Character.isLowerCase(before) || Character.isDigit(before));
        boolean lastCapitalOfRunBeforeLower = Character.isUpperCase(before) && Character.isUpperCase(at)
                && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        boolean aroundSymbol = !Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(at);
        return lowerOrDigitThenUpper || lastCapitalOfRunBeforeLower || aroundSymbol;
    }
}

package org.iamrefiner.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.check.PatternLanguage;

/**
 * What one action pattern matches in a catalog, and — when it matches nothing — why, with the
 * catalog names closest to what was written.
 *
 * @param pattern     the pattern as written
 * @param matches     the catalog actions it matches, canonical spellings, in catalog order
 * @param problem     null when it matches something; otherwise "not in the catalog", "service ec3 is
 *                    not in the catalog" or "matches no action in the catalog"
 * @param suggestions close catalog names (actions or services) for a misspelt literal; may be empty
 */
public record PatternExpansion(String pattern, List<CatalogAction> matches, String problem, List<String> suggestions) {

    /** How far (in edits) a catalog name may be from a misspelt one to be suggested; one edit for short names. */
    private static final int MAX_EDITS = 2;
    private static final int SHORT_NAME = 4;
    private static final int MAX_SUGGESTIONS = 3;

    public PatternExpansion {
        matches = List.copyOf(matches);
        suggestions = List.copyOf(suggestions);
    }

    /** Expands {@code pattern} against {@code catalog}. */
    public static PatternExpansion of(String pattern, Catalog catalog) {
        PatternLanguage language = PatternLanguage.of(pattern);
        List<CatalogAction> matches = ActionPatterns.matched(catalog, language);
        if (!matches.isEmpty()) {
            return new PatternExpansion(pattern, matches, null, List.of());
        }
        String service = language.fixedService();
        if (service != null && !catalog.hasService(service)) {
            return new PatternExpansion(pattern, matches, "service " + service + " is not in the catalog",
                    closest(service, catalog.services()));
        }
        if (language.isLiteral() && service != null) {
            List<String> names = catalog.actionsOf(service).stream().map(CatalogAction::fullName).toList();
            return new PatternExpansion(pattern, matches, "not in the catalog", closest(pattern, names));
        }
        return new PatternExpansion(pattern, matches, "matches no action in the catalog", List.of());
    }

    /** One line for a terminal: {@code "s3:Get*: 58 actions"} or {@code "ec2:RunInstancez: not in the catalog (did you mean ...?)"}. */
    public String summary() {
        if (problem == null) {
            return pattern + ": " + Counts.actions(matches.size());
        }
        String text = pattern + ": " + problem;
        return suggestions.isEmpty() ? text : text + " (did you mean " + String.join(" or ", suggestions) + "?)";
    }

    /** The candidates a few edits from {@code written} (ignoring case), nearest first. */
    static List<String> closest(String written, Iterable<String> candidates) {
        String target = written.toLowerCase(Locale.ROOT);
        int limit = target.length() <= SHORT_NAME ? 1 : MAX_EDITS;
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            int distance = distance(target, candidate.toLowerCase(Locale.ROOT), limit);
            if (distance <= limit) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name, Catalog.NAME_ORDER));
        return scored.stream().limit(MAX_SUGGESTIONS).map(Scored::name).toList();
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package org.iamrefiner.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Guarantee 2, no new access ever: over all action strings, known to the catalog or not, a
 * refined Allow statement allows nothing its original did not. Every counterexample is a
 * concrete string of the form {@code service:name}.
 */
final class NoNewAccessCheck {

    private static final int GUARANTEE = 2;

    /** Strings shaped like an action, {@code service:name} with both parts non-empty: witnesses come from here. */
    static final PatternLanguage ACTION_SHAPE = PatternLanguage.of("?*:?*");

    /**
     * @param original an original Allow statement
     * @param refined  the refined statement that stems from it
     */
    List<Violation> check(PolicyStatement original, PolicyStatement refined) {
        List<PatternLanguage> before = languages(original.entries());
        List<PatternLanguage> after = languages(refined.entries());
        boolean wasAction = original.field() == ActionField.ACTION;
        boolean isAction = refined.field() == ActionField.ACTION;
        if (wasAction && isAction) {
            return actionEntriesStayInside(original, before, after);
        }
        if (!wasAction && !isAction) {
            return excludedStaysExcluded(original, before, after);
        }
        if (wasAction) {
            return notActionStaysInside(original, before, after);
        }
        return actionEntriesAvoidExcluded(original, before, after);
    }

    /**
     * Action → Action: each refined entry's language lies inside the union of the original
     * entries' languages (inside one of them, in every refinement SPEC.md describes; the union
     * is the exact test of "nothing new" and gives a witness outside all of them).
     */
    private List<Violation> actionEntriesStayInside(PolicyStatement original, List<PatternLanguage> before,
                                                    List<PatternLanguage> after) {
        Set<String> originalTexts = lowerCased(before);
        List<Violation> violations = new ArrayList<>();
        for (PatternLanguage entry : after) {
            if (originalTexts.contains(lower(entry.pattern()))) {
                continue;
            }
            Optional<String> outside = LanguageSearch.find(List.of(entry, ACTION_SHAPE), before);
            outside.ifPresent(example -> violations.add(new Violation(GUARANTEE, original.pointer(), entry.pattern(),
                    example, "The refined entry " + entry.pattern() + " matches " + example
                    + ", which no original entry of the statement matches.")));
        }
        return violations;
    }

    /** NotAction → NotAction: whatever an original entry excluded stays excluded. */
    private List<Violation> excludedStaysExcluded(PolicyStatement original, List<PatternLanguage> before,
                                                  List<PatternLanguage> after) {
        Set<String> refinedTexts = lowerCased(after);
        List<Violation> violations = new ArrayList<>();
        for (PatternLanguage entry : before) {
            if (refinedTexts.contains(lower(entry.pattern()))) {
                continue;
            }
            Optional<String> released = LanguageSearch.find(List.of(entry, ACTION_SHAPE), after);
            released.ifPresent(example -> violations.add(new Violation(GUARANTEE, original.pointer(), entry.pattern(),
                    example, "The original NotAction entry " + entry.pattern()
                    + " no longer excludes " + example + ", so the refined statement now allows it.")));
        }
        return violations;
    }

    /** Action → NotAction: only safe when the original already allowed every string (an entry {@code *}). */
    private List<Violation> notActionStaysInside(PolicyStatement original, List<PatternLanguage> before,
                                                 List<PatternLanguage> after) {
        if (before.stream().anyMatch(PatternLanguage::matchesEverything)) {
            return List.of();
        }
        List<PatternLanguage> excluded = new ArrayList<>(after);
        excluded.addAll(before);
        return LanguageSearch.find(List.of(ACTION_SHAPE), excluded)
                .map(example -> List.of(new Violation(GUARANTEE, original.pointer(), null, example,
                        "The refined statement turns Action into NotAction and so allows " + example
                        + ", which the original statement did not allow.")))
                .orElse(List.of());
    }

    /** NotAction → Action: no refined entry may reach into what the original excluded. */
    private List<Violation> actionEntriesAvoidExcluded(PolicyStatement original, List<PatternLanguage> before,
                                                       List<PatternLanguage> after) {
        List<Violation> violations = new ArrayList<>();
        for (PatternLanguage entry : after) {
            for (PatternLanguage excluded : before) {
                Optional<String> shared = LanguageSearch.find(List.of(entry, excluded, ACTION_SHAPE), List.of());
                if (shared.isPresent()) {
                    violations.add(new Violation(GUARANTEE, original.pointer(), entry.pattern(), shared.get(),
                            "The refined entry " + entry.pattern() + " matches " + shared.get()
                            + ", which the original NotAction entry " + excluded.pattern() + " excluded."));
                    break;
                }
            }
        }
        return violations;
    }

    private static List<PatternLanguage> languages(List<String> entries) {
        return entries.stream().map(PatternLanguage::of).toList();
    }

    private static Set<String> lowerCased(List<PatternLanguage> languages) {
        Set<String> texts = new HashSet<>();
        languages.forEach(language -> texts.add(lower(language.pattern())));
        return texts;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

package org.iamrefiner.check;

import java.util.ArrayList;
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
 *
 * <p>With fast lookups on, an entry that lies inside one entry of the other statement by the
 * shapes {@link StatementScope#coversWithOneEntry} recognises needs no search, and a literal
 * entry is decided by lookups alone; the search runs only where a counterexample is to be named
 * or nothing simpler decides. The verdicts and counterexamples are those of the search alone.
 */
final class NoNewAccessCheck {

    private static final int GUARANTEE = 2;

    /** Strings shaped like an action, {@code service:name} with both parts non-empty: witnesses come from here. */
    static final PatternLanguage ACTION_SHAPE = PatternLanguage.of("?*:?*");

    private final boolean fast;

    /** @param fast whether to take the shortcuts; the statements' scopes must then have the fast lookups */
    NoNewAccessCheck(boolean fast) {
        this.fast = fast;
    }

    /**
     * @param original an original Allow statement, with its scope
     * @param refined  the refined statement that stems from it, with its scope
     */
    List<Violation> check(PolicyStatement original, StatementScope before, PolicyStatement refined,
                          StatementScope after) {
        return run(original, before, refined, after, false);
    }

    /** Whether {@link #check} finds nothing, stopping at the first violation and naming none. */
    boolean fits(PolicyStatement original, StatementScope before, PolicyStatement refined, StatementScope after) {
        boolean wasAction = original.field() == ActionField.ACTION;
        boolean isAction = refined.field() == ActionField.ACTION;
        if (fast && wasAction == isAction) {
            // Action → Action: refined entries inside the original ones; NotAction → NotAction:
            // original exclusions inside the refined ones.
            StatementScope inner = wasAction ? after : before;
            StatementScope outer = wasAction ? before : after;
            Set<String> outerTexts = outer.lowerTexts();
            for (PatternLanguage entry : inner.entries()) {
                if (outerTexts.contains(lower(entry.pattern())) || certainlyInside(entry, outer)) {
                    continue;
                }
                if (entry.isLiteral()) {
                    // Its one string is shaped like an action and no outer entry matches it.
                    return false;
                }
                if (LanguageSearch.find(List.of(entry, ACTION_SHAPE), outer.entries()).isPresent()) {
                    return false;
                }
            }
            return true;
        }
        if (fast && wasAction && !before.entries().stream().anyMatch(PatternLanguage::matchesEverything)) {
            // Action → NotAction without "*": the NotAction statement allows strings no entry names.
            List<PatternLanguage> excluded = new ArrayList<>(after.entries());
            excluded.addAll(before.entries());
            if (LanguageSearch.standInWitnessExists(ACTION_SHAPE, excluded)) {
                return false;
            }
        }
        return run(original, before, refined, after, true).isEmpty();
    }

    private List<Violation> run(PolicyStatement original, StatementScope before, PolicyStatement refined,
                                StatementScope after, boolean firstOnly) {
        boolean wasAction = original.field() == ActionField.ACTION;
        boolean isAction = refined.field() == ActionField.ACTION;
        if (wasAction && isAction) {
            return actionEntriesStayInside(original, before, after, firstOnly);
        }
        if (!wasAction && !isAction) {
            return excludedStaysExcluded(original, before, after, firstOnly);
        }
        if (wasAction) {
            return notActionStaysInside(original, before.entries(), after.entries());
        }
        return actionEntriesAvoidExcluded(original, before.entries(), after.entries(), firstOnly);
    }

    /**
     * Action → Action: each refined entry's language lies inside the union of the original
     * entries' languages (inside one of them, in every refinement SPEC.md describes; the union
     * is the exact test of "nothing new" and gives a witness outside all of them).
     */
    private List<Violation> actionEntriesStayInside(PolicyStatement original, StatementScope before,
                                                    StatementScope after, boolean firstOnly) {
        Set<String> originalTexts = before.lowerTexts();
        List<Violation> violations = new ArrayList<>();
        for (PatternLanguage entry : after.entries()) {
            if (originalTexts.contains(lower(entry.pattern()))) {
                continue;
            }
            if (fast && certainlyInside(entry, before)) {
                continue;
            }
            Optional<String> outside = LanguageSearch.find(List.of(entry, ACTION_SHAPE), before.entries());
            outside.ifPresent(example -> violations.add(new Violation(GUARANTEE, original.pointer(), entry.pattern(),
                    example, "The refined entry " + entry.pattern() + " matches " + example
                    + ", which no original entry of the statement matches.")));
            if (firstOnly && !violations.isEmpty()) {
                break;
            }
        }
        return violations;
    }

    /** NotAction → NotAction: whatever an original entry excluded stays excluded. */
    private List<Violation> excludedStaysExcluded(PolicyStatement original, StatementScope before,
                                                  StatementScope after, boolean firstOnly) {
        Set<String> refinedTexts = after.lowerTexts();
        List<Violation> violations = new ArrayList<>();
        for (PatternLanguage entry : before.entries()) {
            if (refinedTexts.contains(lower(entry.pattern()))) {
                continue;
            }
            if (fast && certainlyInside(entry, after)) {
                continue;
            }
            Optional<String> released = LanguageSearch.find(List.of(entry, ACTION_SHAPE), after.entries());
            released.ifPresent(example -> violations.add(new Violation(GUARANTEE, original.pointer(), entry.pattern(),
                    example, "The original NotAction entry " + entry.pattern()
                    + " no longer excludes " + example + ", so the refined statement now allows it.")));
            if (firstOnly && !violations.isEmpty()) {
                break;
            }
        }
        return violations;
    }

    /**
     * Whether no string of {@code entry} shaped like an action lies outside every entry of
     * {@code scope}, decided without a search: true when one entry of the scope holds the whole
     * language, and for a literal entry also when its one string is not shaped like an action.
     * False means only that the search must decide.
     */
    private static boolean certainlyInside(PatternLanguage entry, StatementScope scope) {
        if (scope.coversWithOneEntry(entry)) {
            return true;
        }
        return entry.isLiteral() && !ACTION_SHAPE.acceptsFolded(entry.literalPrefix());
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
                                                       List<PatternLanguage> after, boolean firstOnly) {
        List<Violation> violations = new ArrayList<>();
        for (PatternLanguage entry : after) {
            for (PatternLanguage excluded : before) {
                if (fast && !LanguageSearch.prefixesCompatible(entry, excluded)) {
                    // The search would stop at once: no string starts with both literal prefixes.
                    continue;
                }
                Optional<String> shared = LanguageSearch.find(List.of(entry, excluded, ACTION_SHAPE), List.of());
                if (shared.isPresent()) {
                    violations.add(new Violation(GUARANTEE, original.pointer(), entry.pattern(), shared.get(),
                            "The refined entry " + entry.pattern() + " matches " + shared.get()
                            + ", which the original NotAction entry " + excluded.pattern() + " excluded."));
                    break;
                }
            }
            if (firstOnly && !violations.isEmpty()) {
                break;
            }
        }
        return violations;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

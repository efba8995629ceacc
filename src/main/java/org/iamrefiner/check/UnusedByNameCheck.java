package org.iamrefiner.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Guarantee 3, unused stays out by name: a refined Allow statement allows no unused action
 * string, whether the catalog knows it or not, and no string of a service unused as a whole.
 */
final class UnusedByNameCheck {

    private static final int GUARANTEE = 3;

    private final UnusedNames unused;
    /** Whether to look unused names up instead of trying each one. */
    private final boolean fast;
    /** The languages {@code svc:*} of the services unused as a whole, in order. */
    private final List<PatternLanguage> everythingOfWhole = new ArrayList<>();

    UnusedByNameCheck(UnusedNames unused, boolean fast) {
        this.unused = unused;
        this.fast = fast;
        for (String service : unused.wholeServices()) {
            everythingOfWhole.add(UnusedNames.everythingOf(service));
        }
    }

    /**
     * @param statement JSON pointer of the original statement, for the report
     * @param refined   a refined Allow statement
     * @param scope     its scope, with the fast lookups when this check uses them
     */
    List<Violation> check(String statement, PolicyStatement refined, StatementScope scope) {
        return refined.field() == ActionField.ACTION
                ? actionEntriesMissUnused(statement, scope)
                : notActionExcludesUnused(statement, scope);
    }

    private List<Violation> actionEntriesMissUnused(String statement, StatementScope scope) {
        List<Violation> violations = new ArrayList<>();
        for (PatternLanguage entry : scope.entries()) {
            Optional<Violation> found = unusedActionMatched(statement, entry);
            if (found.isEmpty()) {
                found = unusedServiceMatched(statement, entry);
            }
            found.ifPresent(violations::add);
        }
        return violations;
    }

    private Optional<Violation> unusedActionMatched(String statement, PatternLanguage entry) {
        if (fast) {
            int first = unused.firstMatchedBy(entry);
            return first < 0 ? Optional.empty() : Optional.of(stillMatches(statement, entry, unused.spelling(first)));
        }
        for (Map.Entry<String, String> name : unused.actionNames().entrySet()) {
            if (entry.matches(name.getKey())) {
                return Optional.of(stillMatches(statement, entry, name.getValue()));
            }
        }
        return Optional.empty();
    }

    private static Violation stillAllows(String statement, String spelling) {
        return new Violation(GUARANTEE, statement, null, spelling,
                "The refined statement still allows the unused action " + spelling + ": no NotAction entry matches it.");
    }

    private static Violation stillMatches(String statement, PatternLanguage entry, String spelling) {
        return new Violation(GUARANTEE, statement, entry.pattern(), spelling,
                "The refined entry " + entry.pattern() + " still matches the unused action " + spelling + ".");
    }

    private Optional<Violation> unusedServiceMatched(String statement, PatternLanguage entry) {
        int i = 0;
        for (String service : unused.wholeServices()) {
            PatternLanguage everything = everythingOfWhole.get(i++);
            if (fast && !LanguageSearch.prefixesCompatible(entry, everything)) {
                // The search would stop at once: no string starts with both literal prefixes.
                continue;
            }
            Optional<String> shared = LanguageSearch.find(
                    List.of(entry, everything, NoNewAccessCheck.ACTION_SHAPE), List.of());
            if (shared.isPresent()) {
                return Optional.of(new Violation(GUARANTEE, statement, entry.pattern(), shared.get(),
                        "The refined entry " + entry.pattern() + " still matches " + shared.get()
                        + ", but the service " + service + " is unused as a whole."));
            }
        }
        return Optional.empty();
    }

    private List<Violation> notActionExcludesUnused(String statement, StatementScope scope) {
        List<Violation> violations = new ArrayList<>();
        if (fast) {
            // Each entry marks the names it matches, found by lookups; the unmarked ones are allowed.
            BitSet excluded = unused.matchedByScope(scope);
            for (int k = excluded.nextClearBit(0); k < unused.size(); k = excluded.nextClearBit(k + 1)) {
                violations.add(stillAllows(statement, unused.spelling(k)));
            }
        } else {
            for (Map.Entry<String, String> name : unused.actionNames().entrySet()) {
                if (scope.entryMatching(name.getKey()) == null) {
                    violations.add(stillAllows(statement, name.getValue()));
                }
            }
        }
        int i = 0;
        for (String service : unused.wholeServices()) {
            PatternLanguage everything = everythingOfWhole.get(i++);
            if (fast && scope.coversWithOneEntry(everything)) {
                // One NotAction entry holds all of svc:*, so no string of it is allowed.
                continue;
            }
            LanguageSearch.find(List.of(everything, NoNewAccessCheck.ACTION_SHAPE),
                            scope.entries())
                    .ifPresent(example -> violations.add(new Violation(GUARANTEE, statement, null, example,
                            "The refined statement still allows " + example + ", but the service " + service
                            + " is unused as a whole.")));
        }
        return violations;
    }
}

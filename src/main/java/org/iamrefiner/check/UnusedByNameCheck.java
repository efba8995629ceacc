package org.iamrefiner.check;

import java.util.ArrayList;
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

    UnusedByNameCheck(UnusedNames unused) {
        this.unused = unused;
    }

    /**
     * @param statement JSON pointer of the original statement, for the report
     * @param refined   a refined Allow statement
     */
    List<Violation> check(String statement, PolicyStatement refined) {
        StatementScope scope = StatementScope.of(refined);
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
        for (Map.Entry<String, String> name : unused.actionNames().entrySet()) {
            if (entry.matches(name.getKey())) {
                return Optional.of(new Violation(GUARANTEE, statement, entry.pattern(), name.getValue(),
                        "The refined entry " + entry.pattern() + " still matches the unused action "
                        + name.getValue() + "."));
            }
        }
        return Optional.empty();
    }

    private Optional<Violation> unusedServiceMatched(String statement, PatternLanguage entry) {
        for (String service : unused.wholeServices()) {
            Optional<String> shared = LanguageSearch.find(
                    List.of(entry, UnusedNames.everythingOf(service), NoNewAccessCheck.ACTION_SHAPE), List.of());
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
        for (Map.Entry<String, String> name : unused.actionNames().entrySet()) {
            if (scope.entryMatching(name.getKey()) == null) {
                violations.add(new Violation(GUARANTEE, statement, null, name.getValue(),
                        "The refined statement still allows the unused action " + name.getValue()
                        + ": no NotAction entry matches it."));
            }
        }
        for (String service : unused.wholeServices()) {
            LanguageSearch.find(List.of(UnusedNames.everythingOf(service), NoNewAccessCheck.ACTION_SHAPE),
                            scope.entries())
                    .ifPresent(example -> violations.add(new Violation(GUARANTEE, statement, null, example,
                            "The refined statement still allows " + example + ", but the service " + service
                            + " is unused as a whole.")));
        }
        return violations;
    }
}

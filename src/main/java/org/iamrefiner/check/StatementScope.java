package org.iamrefiner.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.PolicyStatement;

/**
 * What one statement allows, as a predicate over action strings: the entries of its Action or
 * NotAction, indexed by service so that a catalog-wide scan tests each action only against
 * the entries of its own service and the few whose service part is a wildcard.
 */
final class StatementScope {

    private static final StatementScope DROPPED = new StatementScope(null, List.of());

    /** Action or NotAction; null for a statement the refinement dropped. */
    private final ActionField field;
    private final List<PatternLanguage> entries;
    private final Map<String, List<Integer>> entriesByService = new HashMap<>();
    /** Entries without a fixed service part (a wildcard in it, or no ':'): tested against every string. */
    private final List<Integer> wideEntries = new ArrayList<>();

    private StatementScope(ActionField field, List<String> patterns) {
        this.field = field;
        List<PatternLanguage> languages = new ArrayList<>(patterns.size());
        for (int i = 0; i < patterns.size(); i++) {
            PatternLanguage language = PatternLanguage.of(patterns.get(i));
            languages.add(language);
            String service = language.fixedService();
            if (service != null) {
                entriesByService.computeIfAbsent(service, s -> new ArrayList<>()).add(i);
            } else {
                wideEntries.add(i);
            }
        }
        this.entries = Collections.unmodifiableList(languages);
    }

    static StatementScope of(PolicyStatement statement) {
        return new StatementScope(statement.field(), statement.entries());
    }

    /** A statement that is gone: it allows nothing. */
    static StatementScope dropped() {
        return DROPPED;
    }

    boolean isDropped() {
        return field == null;
    }

    ActionField field() {
        return field;
    }

    List<PatternLanguage> entries() {
        return entries;
    }

    /** The first entry (in statement order) that matches {@code action}, or null. */
    PatternLanguage entryMatching(String action) {
        int colon = action.indexOf(':');
        String service = colon < 0 ? action : action.substring(0, colon).toLowerCase(Locale.ROOT);
        int best = firstMatch(entriesByService.getOrDefault(service, List.of()), action, Integer.MAX_VALUE);
        best = firstMatch(wideEntries, action, best);
        return best == Integer.MAX_VALUE ? null : entries.get(best);
    }

    /** Whether the statement allows {@code action}. */
    boolean allows(String action) {
        if (isDropped()) {
            return false;
        }
        boolean matched = entryMatching(action) != null;
        return field == ActionField.ACTION ? matched : !matched;
    }

    /**
     * The services whose actions this statement can allow, or null when it may allow actions
     * of any service (NotAction, or an entry with a wildcard service part).
     */
    Set<String> servicesReached() {
        if (isDropped()) {
            return Set.of();
        }
        if (field == ActionField.NOT_ACTION || !wideEntries.isEmpty()) {
            return null;
        }
        return entriesByService.keySet();
    }

    private int firstMatch(List<Integer> candidates, String action, int bestSoFar) {
        for (int index : candidates) {
            if (index >= bestSoFar) {
                break;
            }
            if (entries.get(index).matches(action)) {
                return index;
            }
        }
        return bestSoFar;
    }
}

package org.iamrefiner.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.PolicyStatement;

/**
 * What one statement allows, as a predicate over action strings: the entries of its Action or
 * NotAction, indexed by service so that a catalog-wide scan tests each action only against
 * the entries of its own service and the few whose service part is a wildcard.
 *
 * <p>With fast lookups on, literal entries are found by hashing the folded string and entries
 * that are a literal prefix followed by one {@code *} by hashing the string's prefixes; only the
 * other entries are tried one by one. The answers are those of trying every entry in order.
 */
final class StatementScope {

    private static final StatementScope DROPPED = new StatementScope(null, List.of(), false);

    /** Action or NotAction; null for a statement the refinement dropped. */
    private final ActionField field;
    private final List<PatternLanguage> entries;
    private final Map<String, List<Integer>> entriesByService = new HashMap<>();
    /** Entries without a fixed service part (a wildcard in it, or no ':'): tested against every string. */
    private final List<Integer> wideEntries = new ArrayList<>();

    private final boolean fast;
    /** Fast lookups: literal entry (folded text) → its first position. */
    private final Map<String, Integer> firstLiteral = new HashMap<>();
    /** Fast lookups: prefix of a prefix-and-star entry → its first position. */
    private final Map<String, Integer> firstPrefixWildcard = new HashMap<>();
    /** Fast lookups: the lengths of those prefixes, ascending. */
    private final int[] prefixLengths;
    /** Fast lookups: the other entries, by fixed service, and those without one. */
    private final Map<String, List<Integer>> generalByService = new HashMap<>();
    private final List<Integer> generalWide = new ArrayList<>();
    /** The entries' texts in lower case, built on first use. */
    private Set<String> lowerTexts;

    private StatementScope(ActionField field, List<String> patterns, boolean fast) {
        this.field = field;
        this.fast = fast;
        List<PatternLanguage> languages = new ArrayList<>(patterns.size());
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int i = 0; i < patterns.size(); i++) {
            PatternLanguage language = PatternLanguage.of(patterns.get(i));
            languages.add(language);
            String service = language.fixedService();
            if (service != null) {
                entriesByService.computeIfAbsent(service, s -> new ArrayList<>()).add(i);
            } else {
                wideEntries.add(i);
            }
            if (!fast) {
                continue;
            }
            if (language.isLiteral()) {
                firstLiteral.putIfAbsent(language.literalPrefix(), i);
            } else if (language.isPrefixWildcard()) {
                firstPrefixWildcard.putIfAbsent(language.literalPrefix(), i);
                lengths.add(language.literalPrefix().length());
            } else if (service != null) {
                generalByService.computeIfAbsent(service, s -> new ArrayList<>()).add(i);
            } else {
                generalWide.add(i);
            }
        }
        this.entries = Collections.unmodifiableList(languages);
        this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @param fast whether to build the hashed lookups (worth it when the scope is asked many times) */
    static StatementScope of(PolicyStatement statement, boolean fast) {
        return new StatementScope(statement.field(), statement.entries(), fast);
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

    /** The entries' texts, lower case. */
    Set<String> lowerTexts() {
        if (lowerTexts == null) {
            Set<String> texts = new HashSet<>();
            entries.forEach(entry -> texts.add(entry.pattern().toLowerCase(Locale.ROOT)));
            lowerTexts = texts;
        }
        return lowerTexts;
    }

    /** The first entry (in statement order) that matches {@code action}, or null. */
    PatternLanguage entryMatching(String action) {
        int colon = action.indexOf(':');
        String service = colon < 0 ? action : action.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!fast) {
            int best = firstMatch(entriesByService.getOrDefault(service, List.of()), action, Integer.MAX_VALUE);
            best = firstMatch(wideEntries, action, best);
            return best == Integer.MAX_VALUE ? null : entries.get(best);
        }
        // Entries of other services than the action's are out of reach, as in the scan above.
        String folded = PatternLanguage.fold(action);
        int best = Integer.MAX_VALUE;
        Integer literal = firstLiteral.get(folded);
        if (literal != null && reaches(literal, service)) {
            best = literal;
        }
        for (int length : prefixLengths) {
            if (length > folded.length()) {
                break;
            }
            Integer wildcard = firstPrefixWildcard.get(folded.substring(0, length));
            if (wildcard != null && wildcard < best && reaches(wildcard, service)) {
                best = wildcard;
            }
        }
        best = firstMatch(generalByService.getOrDefault(service, List.of()), action, best);
        best = firstMatch(generalWide, action, best);
        return best == Integer.MAX_VALUE ? null : entries.get(best);
    }

    private boolean reaches(int entry, String service) {
        String fixed = entries.get(entry).fixedService();
        return fixed == null || fixed.equals(service);
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
     * The numbers of the catalog actions the statement allows: those for which {@link #allows}
     * holds. Needs a {@linkplain CatalogIndex#plain() plain} catalog, where an entry with a
     * fixed service matches only actions of that service, so that the union of what the entries
     * match is what the statement's entries reach.
     */
    BitSet allowedActions(CatalogIndex index) {
        BitSet allowed = new BitSet(index.size());
        if (isDropped()) {
            return allowed;
        }
        for (PatternLanguage entry : entries) {
            index.markMatched(entry, allowed);
        }
        if (field == ActionField.NOT_ACTION) {
            allowed.flip(0, index.size());
        }
        return allowed;
    }

    /**
     * The numbers of the catalog actions the statement allows, for any catalog: by the lookups of
     * {@link #allowedActions} when the index is plain, else by asking {@link #allows} of each action.
     */
    BitSet allowedActionsOf(CatalogIndex index) {
        if (index.plain()) {
            return allowedActions(index);
        }
        BitSet allowed = new BitSet(index.size());
        for (int number = 0; number < index.size(); number++) {
            if (allows(index.action(number).key())) {
                allowed.set(number);
            }
        }
        return allowed;
    }

    /**
     * Whether some entry's automaton, reading {@code folded} (already folded), accepts it — and,
     * when {@code atTrailingStar}, does so on its trailing {@code *}, so that it accepts every
     * continuation of it too. Needs the fast lookups.
     */
    boolean someEntryAccepts(String folded, boolean atTrailingStar) {
        if (!atTrailingStar && firstLiteral.containsKey(folded)) {
            return true;
        }
        for (int length : prefixLengths) {
            if (length > folded.length()) {
                break;
            }
            if (firstPrefixWildcard.containsKey(folded.substring(0, length))) {
                return true;
            }
        }
        // An entry with a fixed service accepts only strings that start with that service and ':'.
        int colon = folded.indexOf(':');
        if (colon >= 0 && someGeneralAccepts(generalByService.getOrDefault(folded.substring(0, colon), List.of()),
                folded, atTrailingStar)) {
            return true;
        }
        return someGeneralAccepts(generalWide, folded, atTrailingStar);
    }

    private boolean someGeneralAccepts(List<Integer> candidates, String folded, boolean atTrailingStar) {
        for (int index : candidates) {
            PatternLanguage entry = entries.get(index);
            if ((!atTrailingStar || entry.endsWithStar()) && entry.acceptsFolded(folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code L(pattern)} lies inside the language of one of the entries, shown by the
     * fast lookups; false when that does not show it (it may still lie inside their union).
     * Exact for a literal pattern.
     */
    boolean coversWithOneEntry(PatternLanguage pattern) {
        // A literal's language is its one string; any other pattern's strings all start with its
        // literal prefix, so an entry that sits on its trailing star after the prefix takes them all.
        return someEntryAccepts(pattern.literalPrefix(), !pattern.isLiteral());
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

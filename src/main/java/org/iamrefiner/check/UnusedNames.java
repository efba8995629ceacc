package org.iamrefiner.check;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.UnusedAction;
import org.iamrefiner.finding.UnusedService;

/**
 * The unused set U of a finding: unused action names (known to the catalog or not) and
 * services unused as a whole, which stand for every string {@code svc:…}.
 */
final class UnusedNames {

    /** Lower-case name ("s3:getbucketacl") → the name as the finding spells it. */
    private final Map<String, String> actions;
    private final Set<String> wholeServices;
    /** The lower-case names in finding order, and their spellings. */
    private final List<String> keys;
    private final List<String> spellings;

    /** Built on first use: folded name → its first position in finding order. */
    private Map<String, Integer> firstByFolded;
    /** Built on first use: whether no two names are the same when folded. */
    private boolean foldedUnique;
    /** Built on first use: folded names sorted, with their positions in finding order. */
    private String[] sortedFolded;
    private int[] sortedPositions;
    /** Built on first use: the catalog actions in U, by number. */
    private BitSet catalogActions;
    private CatalogIndex catalogActionsIndex;

    private UnusedNames(Map<String, String> actions, Set<String> wholeServices) {
        this.actions = Collections.unmodifiableMap(actions);
        this.wholeServices = Collections.unmodifiableSet(wholeServices);
        this.keys = List.copyOf(actions.keySet());
        this.spellings = List.copyOf(actions.values());
    }

    static UnusedNames of(Finding finding) {
        Map<String, String> actions = new LinkedHashMap<>();
        Set<String> services = new LinkedHashSet<>();
        for (UnusedService service : finding.services()) {
            if (service.serviceLevel()) {
                services.add(service.service());
            }
            for (UnusedAction action : service.actions()) {
                actions.putIfAbsent(action.key(), action.fullName());
            }
        }
        return new UnusedNames(actions, services);
    }

    /** Whether a catalog action belongs to U. */
    boolean contains(CatalogAction action) {
        return wholeServices.contains(action.service()) || actions.containsKey(action.key());
    }

    /** The numbers of the catalog actions that {@link #contains} holds for. */
    BitSet catalogActions(CatalogIndex index) {
        if (catalogActions == null || catalogActionsIndex != index) {
            BitSet set = new BitSet(index.size());
            for (String key : keys) {
                int number = index.numberOf(key);
                if (number >= 0) {
                    set.set(number);
                }
            }
            for (String service : wholeServices) {
                index.markService(service, set);
            }
            catalogActions = set;
            catalogActionsIndex = index;
        }
        return catalogActions;
    }

    /** Unused action names, lower case → spelling of the finding, in finding order. */
    Map<String, String> actionNames() {
        return actions;
    }

    /** How many unused action names there are. */
    int size() {
        return keys.size();
    }

    /** The lower-case unused name at a position of finding order. */
    String key(int position) {
        return keys.get(position);
    }

    /** The finding's spelling of the unused name at a position of finding order. */
    String spelling(int position) {
        return spellings.get(position);
    }

    /**
     * The position, in finding order, of the first unused name {@code entry} matches, or -1: the
     * one a scan of {@link #actionNames()} in order meets first. Literals are looked up, other
     * patterns try only the names that start with their literal prefix.
     */
    int firstMatchedBy(PatternLanguage entry) {
        if (keys.isEmpty()) {
            return -1;
        }
        buildLookups();
        String prefix = entry.literalPrefix();
        if (entry.isLiteral()) {
            Integer position = firstByFolded.get(prefix);
            return position == null ? -1 : position;
        }
        boolean everyOne = entry.isPrefixWildcard();
        int best = Integer.MAX_VALUE;
        for (int i = lowerBound(prefix); i < sortedFolded.length && sortedFolded[i].startsWith(prefix); i++) {
            int position = sortedPositions[i];
            if (position < best && (everyOne || entry.matches(keys.get(position)))) {
                best = position;
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /**
     * The positions (finding order) of the unused names that some entry of the scope matches, as
     * {@link StatementScope#entryMatching} finds them: an entry with a fixed service is tried only
     * on names of that service.
     */
    BitSet matchedByScope(StatementScope scope) {
        BitSet matched = new BitSet(keys.size());
        if (keys.isEmpty()) {
            return matched;
        }
        buildLookups();
        for (PatternLanguage entry : scope.entries()) {
            String prefix = entry.literalPrefix();
            String service = entry.fixedService();
            boolean literal = entry.isLiteral();
            if (literal && foldedUnique) {
                // A literal matches the one name that folds to it.
                Integer position = firstByFolded.get(prefix);
                if (position != null && (service == null || service.equals(scopeService(keys.get(position))))) {
                    matched.set(position);
                }
                continue;
            }
            boolean everyOne = entry.isPrefixWildcard();
            for (int i = lowerBound(prefix); i < sortedFolded.length && sortedFolded[i].startsWith(prefix); i++) {
                int position = sortedPositions[i];
                if (matched.get(position)) {
                    continue;
                }
                String key = keys.get(position);
                boolean matches = literal ? sortedFolded[i].length() == prefix.length()
                        : everyOne || entry.matches(key);
                if (matches && (service == null || service.equals(scopeService(key)))) {
                    matched.set(position);
                }
            }
        }
        return matched;
    }

    /** The service part of a name, as StatementScope picks the entries to try on it. */
    private static String scopeService(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private void buildLookups() {
        if (firstByFolded != null) {
            return;
        }
        int n = keys.size();
        Map<String, Integer> first = new HashMap<>(n * 2);
        String[] folded = new String[n];
        Integer[] order = new Integer[n];
        boolean unique = true;
        for (int i = 0; i < n; i++) {
            folded[i] = PatternLanguage.fold(keys.get(i));
            unique &= first.putIfAbsent(folded[i], i) == null;
            order[i] = i;
        }
        foldedUnique = unique;
        Arrays.sort(order, (a, b) -> folded[a].compareTo(folded[b]));
        sortedFolded = new String[n];
        sortedPositions = new int[n];
        for (int i = 0; i < n; i++) {
            sortedFolded[i] = folded[order[i]];
            sortedPositions[i] = order[i];
        }
        firstByFolded = first;
    }

    private int lowerBound(String text) {
        int low = 0;
        int high = sortedFolded.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sortedFolded[mid].compareTo(text) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Services unused as a whole, lower case. */
    Set<String> wholeServices() {
        return wholeServices;
    }

    /** The language {@code svc:*} of a service unused as a whole. */
    static PatternLanguage everythingOf(String service) {
        return PatternLanguage.of(service + ":*");
    }
}

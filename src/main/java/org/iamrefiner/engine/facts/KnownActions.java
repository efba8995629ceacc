package org.iamrefiner.engine.facts;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.iamrefiner.catalog.ActionNames;

/**
 * Input fact: the session's catalog actions (the {@link KnownAction} facts) sorted by key, so that
 * a rule can look up the ones starting with a prefix — a contiguous run found by binary search —
 * instead of testing every action of a service.
 */
public final class KnownActions {

    private static final int[] NO_RUNS = new int[0];

    /** The actions these are taken from, in key order: their own, or the whole catalog's. */
    private final List<KnownAction> base;
    private final String[] keys;
    /**
     * Where each key of {@code base} is, built on first use where lookups are answered
     * ({@code wordIndex}, which holds {@code base}): a name is looked up once per unused name, so by
     * hash; a run that looks up no name (the published example) never builds it.
     */
    private volatile Map<String, Integer> positions;
    /**
     * The actions here: runs of {@code base}, each {@code [runs[2i], runs[2i + 1])}, in key order
     * and disjoint. A session's actions are a few such runs of the catalog, not a copy of them.
     */
    private final int[] runs;
    private final List<KnownAction> actions;
    /** Where word prefixes are looked up: these actions, or the whole catalog they were taken from. */
    private final KnownActions wordIndex;
    /**
     * Built on first use, per service: every word prefix of every action of the service here. Only
     * where lookups are answered ({@code wordIndex == this}); null in a session's actions.
     */
    private final ConcurrentHashMap<String, Set<String>> wordPrefixes;

    /** @param sortedByKey the actions, in key order */
    public KnownActions(List<KnownAction> sortedByKey) {
        this.base = List.copyOf(sortedByKey);
        this.keys = SortedKeys.keysInOrder(base, "catalog actions");
        this.runs = new int[] {0, keys.length};
        this.actions = base;
        this.wordIndex = this;
        this.wordPrefixes = new ConcurrentHashMap<>();
    }

    private KnownActions(KnownActions catalog, int[] runs) {
        this.base = catalog.base;
        this.keys = catalog.keys;
        this.runs = runs;
        this.actions = runs.length == 2 ? base.subList(runs[0], runs[1]) : new RunsView(base, runs);
        this.wordIndex = catalog.wordIndex;
        this.wordPrefixes = null;
    }

    /**
     * The actions whose key starts with one of the lower-case prefixes: the catalog actions a
     * policy's patterns can reach. They answer every lookup as a copy of them would, and the
     * word-prefix lookups from these actions, for the prefixes the trie rules ask about: those start
     * with a cover's root, and every action here that starts with it is taken.
     */
    public KnownActions startingWithAny(Collection<String> prefixes) {
        int[] taken = new int[8];
        int count = 0;
        int start = 0;
        String covering = null;
        // In key order, a prefix that starts with a shorter one adds nothing; the others' runs are
        // disjoint and come in key order too.
        for (String prefix : new TreeSet<>(prefixes)) {
            if (covering != null && prefix.startsWith(covering)) {
                continue;
            }
            covering = prefix;
            // Prefixes come in key order, so each one's keys lie at or after the last one's start.
            int from = firstFrom(start, prefix, false);
            int[] parts = runsMeeting(from, firstFrom(from, prefix, true));
            start = from;
            if (count + parts.length > taken.length) {
                taken = Arrays.copyOf(taken, Math.max(2 * taken.length, count + parts.length));
            }
            System.arraycopy(parts, 0, taken, count, parts.length);
            count += parts.length;
        }
        return new KnownActions(this, count == 0 ? new int[] {0, 0} : Arrays.copyOf(taken, count));
    }

    /** Every action, in key order. */
    public List<KnownAction> all() {
        return actions;
    }

    /** The actions whose key starts with the lower-case prefix, in key order. */
    public List<KnownAction> startingWith(String prefix) {
        int[] parts = runsStartingWith(prefix);
        return parts.length == 0 ? List.of()
                : parts.length == 2 ? base.subList(parts[0], parts[1]) : new RunsView(base, parts);
    }

    /** The parts of the runs here whose keys start with the prefix: pairs {@code [from, to)} of {@code base}, in key order. */
    private int[] runsStartingWith(String prefix) {
        // Only keys within the runs' span are here; the range's start is searched for there, its
        // end by galloping from its start, as most such ranges are short.
        int from = SortedKeys.firstAtOrAfter(keys, runs[0], runs[runs.length - 1], prefix);
        return runsMeeting(from, firstFrom(from, prefix, true));
    }

    /** The parts of the runs here that lie in the range {@code [from, to)} of {@code base}, in key order. */
    private int[] runsMeeting(int from, int to) {
        if (from >= to) {
            return NO_RUNS;
        }
        // Runs are disjoint, non-empty and in key order: the ones meeting the range follow the
        // first that ends after its start, and each of them shares a non-empty part with it.
        int first = firstRunEndingAfter(from);
        int last = first;
        while (last < runs.length / 2 && runs[2 * last] < to) {
            last++;
        }
        int[] parts = new int[2 * (last - first)];
        for (int run = first; run < last; run++) {
            parts[2 * (run - first)] = Math.max(from, runs[2 * run]);
            parts[2 * (run - first) + 1] = Math.min(to, runs[2 * run + 1]);
        }
        return parts;
    }

    /** The index of the first run here whose end lies after the position, or the number of runs. */
    private int firstRunEndingAfter(int position) {
        int low = 0;
        int high = runs.length / 2;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (runs[2 * middle + 1] <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The first position at or after {@code start} whose key sorts at or after the prefix, or with
     * {@code beyondPrefix} the first whose key does not start with it (the keys from {@code start}
     * on then sort at or after it); the length when there is none. Found by galloping from
     * {@code start}: a policy's prefixes, looked up in key order, lie close together.
     */
    private int firstFrom(int start, String prefix, boolean beyondPrefix) {
        int low = start;
        int high = start;
        int step = 1;
        while (high < keys.length && before(high, prefix, beyondPrefix)) {
            low = high + 1;
            high = start + step;
            step <<= 1;
        }
        high = Math.min(high, keys.length);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (before(middle, prefix, beyondPrefix)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private boolean before(int position, String prefix, boolean beyondPrefix) {
        return beyondPrefix ? keys[position].startsWith(prefix) : keys[position].compareTo(prefix) < 0;
    }

    /** The action with exactly this lower-case key: a list of one, or empty when the catalog does not know it. */
    public List<KnownAction> named(String key) {
        int at = indexOf(key);
        return at < 0 ? List.of() : List.of(base.get(at));
    }

    /**
     * Whether some action has exactly this lower-case key. As a constraint ({@code KnownActions(knows($key))})
     * it is a plain join, where {@code from $known.named($key)} builds a list and a fact handle for
     * each name it looks up.
     */
    public boolean knows(String key) {
        return indexOf(key) >= 0;
    }

    /** The canonical full name of the action with exactly this lower-case key, or null when there is none. */
    public String fullNameOf(String key) {
        int at = indexOf(key);
        return at < 0 ? null : base.get(at).getFullName();
    }

    /** The position in {@code base} of the action here with exactly this key, or -1. */
    private int indexOf(String key) {
        Integer at = wordIndex.positions().get(key);
        return at != null && inRuns(at) ? at : -1;
    }

    private Map<String, Integer> positions() {
        Map<String, Integer> built = positions;
        if (built == null) {
            built = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                built.putIfAbsent(keys[i], i);
            }
            // Built alike by any thread that gets here first; the last one written stays.
            positions = built;
        }
        return built;
    }

    private boolean inRuns(int at) {
        int run = firstRunEndingAfter(at);
        return run < runs.length / 2 && runs[2 * run] <= at;
    }

    /** The canonical full names of the actions whose key starts with the lower-case prefix, in key order. */
    public List<String> namesStartingWith(String prefix) {
        return KnownAction.fullNames(startingWith(prefix));
    }

    /**
     * The prefixes of {@code text} longer than {@code minLength} characters (longest first) that
     * are the root or a word prefix of some action here: the only ones that can be trie nodes of
     * a cover whose targets the catalog knows.
     */
    public List<String> nodePrefixesOf(String text, int minLength, String root) {
        return prefixesOf(text, minLength, root, true);
    }

    /**
     * The other prefixes of {@code text} longer than {@code minLength} characters: neither the root
     * nor a word prefix of an action here. Only a name the catalog does not know can make one a node.
     */
    public List<String> otherPrefixesOf(String text, int minLength, String root) {
        return prefixesOf(text, minLength, root, false);
    }

    private List<String> prefixesOf(String text, int minLength, String root, boolean nodeLike) {
        // Every word prefix ends after the service's colon, so all of a text's lie in its service.
        String service = ActionNames.serviceOf(text);
        Set<String> words = service == null ? Set.of() : wordIndex.wordPrefixesOf(service);
        List<String> prefixes = new ArrayList<>();
        for (String prefix : ActionNames.prefixesLongerThan(text, minLength)) {
            if ((prefix.equals(root) || words.contains(prefix)) == nodeLike) {
                prefixes.add(prefix);
            }
        }
        return prefixes;
    }

    private Set<String> wordPrefixesOf(String service) {
        Set<String> built = wordPrefixes.get(service);
        if (built == null) {
            built = new HashSet<>();
            for (KnownAction action : startingWith(service + ":")) {
                built.addAll(action.getWordPrefixes());
            }
            wordPrefixes.putIfAbsent(service, built);
        }
        return built;
    }

    @Override
    public String toString() {
        return actions.size() + " catalog actions";
    }

    /** Runs of a list, read as one list. */
    private static final class RunsView extends AbstractList<KnownAction> implements RandomAccess {

        private final List<KnownAction> base;
        private final int[] runs;
        /** How many actions the runs before each run hold. */
        private final int[] before;
        private final int size;

        RunsView(List<KnownAction> base, int[] runs) {
            this.base = base;
            this.runs = runs;
            this.before = new int[runs.length / 2];
            int count = 0;
            for (int i = 0; i < before.length; i++) {
                before[i] = count;
                count += runs[2 * i + 1] - runs[2 * i];
            }
            this.size = count;
        }

        @Override
        public KnownAction get(int index) {
            Objects.checkIndex(index, size);
            int found = Arrays.binarySearch(before, index);
            // Runs are never empty, so no two hold the same count before them.
            int run = found >= 0 ? found : -found - 2;
            return base.get(runs[2 * run] + index - before[run]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}

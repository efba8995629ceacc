package org.iamrefiner.engine.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.iamrefiner.catalog.ActionNames;

/**
 * Input fact: the session's catalog actions (the {@link KnownAction} facts) sorted by key, so that
 * a rule can look up the ones starting with a prefix — a contiguous run found by binary search —
 * instead of testing every action of a service.
 */
public final class KnownActions {

    private final List<KnownAction> actions;
    private final String[] keys;
    /** Where word prefixes are looked up: these actions, or the whole catalog they were taken from. */
    private final KnownActions wordIndex;
    /**
     * Built on first use, per service: every word prefix of every action of the service here. Only
     * where lookups are answered ({@code wordIndex == this}); null in a session's actions.
     */
    private final ConcurrentHashMap<String, Set<String>> wordPrefixes;

    /** @param sortedByKey the session's catalog actions, in key order */
    public KnownActions(List<KnownAction> sortedByKey) {
        this(sortedByKey, null);
    }

    /**
     * Actions taken from a larger set that answers the word-prefix lookups for them, built once and
     * shared by every session. The answers are the same as from these actions alone for the
     * prefixes the trie rules ask about: those start with a cover's root, and every action of the
     * catalog that starts with it is reached by the policy and so is here.
     *
     * @param sortedByKey the session's catalog actions, in key order
     * @param catalog     the actions they were taken from (the whole catalog), or null
     */
    public KnownActions(List<KnownAction> sortedByKey, KnownActions catalog) {
        this.wordIndex = catalog == null ? this : catalog;
        this.wordPrefixes = catalog == null ? new ConcurrentHashMap<>() : null;
        this.actions = List.copyOf(sortedByKey);
        this.keys = new String[actions.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = actions.get(i).getKey();
            if (i > 0 && keys[i - 1].compareTo(keys[i]) > 0) {
                throw new IllegalArgumentException("catalog actions out of key order: " + keys[i - 1] + ", " + keys[i]);
            }
        }
    }

    /** Every action, in key order. */
    public List<KnownAction> all() {
        return actions;
    }

    /** The actions whose key starts with the lower-case prefix, in key order. */
    public List<KnownAction> startingWith(String prefix) {
        int from = SortedKeys.firstAtOrAfter(keys, prefix);
        int to = from;
        while (to < keys.length && keys[to].startsWith(prefix)) {
            to++;
        }
        return actions.subList(from, to);
    }

    /** The action with exactly this lower-case key: a list of one, or empty when the catalog does not know it. */
    public List<KnownAction> named(String key) {
        int at = indexOf(key);
        return at < 0 ? List.of() : List.of(actions.get(at));
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
        return at < 0 ? null : actions.get(at).getFullName();
    }

    private int indexOf(String key) {
        int at = SortedKeys.firstAtOrAfter(keys, key);
        return at < keys.length && keys[at].equals(key) ? at : -1;
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
        return keys.length + " catalog actions";
    }
}

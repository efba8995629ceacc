package org.iamrefiner.engine.facts;

import java.util.List;

/**
 * Input fact: the session's catalog actions (the {@link KnownAction} facts) sorted by key, so that
 * a rule can look up the ones starting with a prefix — a contiguous run found by binary search —
 * instead of testing every action of a service.
 */
public final class KnownActions {

    private final List<KnownAction> actions;
    private final String[] keys;

    /** @param sortedByKey the session's catalog actions, in key order */
    public KnownActions(List<KnownAction> sortedByKey) {
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
        int at = SortedKeys.firstAtOrAfter(keys, key);
        return at < keys.length && keys[at].equals(key) ? List.of(actions.get(at)) : List.of();
    }

    /** The canonical full names of the actions whose key starts with the lower-case prefix, in key order. */
    public List<String> namesStartingWith(String prefix) {
        return KnownAction.fullNames(startingWith(prefix));
    }

    @Override
    public String toString() {
        return keys.length + " catalog actions";
    }
}

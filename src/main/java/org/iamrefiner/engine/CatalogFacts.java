package org.iamrefiner.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.engine.facts.KnownAction;

/**
 * The catalog as facts, made once per engine and shared by every session: the actions sorted by key,
 * so that the actions a policy's patterns can reach (those starting with a pattern's literal part)
 * are a few contiguous runs found by binary search.
 */
final class CatalogFacts {

    private final KnownAction[] actions;
    private final String[] keys;

    CatalogFacts(Catalog catalog) {
        List<KnownAction> facts = new ArrayList<>(catalog.size());
        for (CatalogAction action : catalog.all()) {
            facts.add(new KnownAction(action));
        }
        facts.sort(Comparator.comparing(KnownAction::getKey));
        this.actions = facts.toArray(new KnownAction[0]);
        this.keys = new String[actions.length];
        for (int i = 0; i < actions.length; i++) {
            keys[i] = actions[i].getKey();
        }
    }

    /** Every catalog action. */
    List<KnownAction> all() {
        return Arrays.asList(actions);
    }

    /**
     * The catalog actions whose key starts with one of the lower-case prefixes, each once. A prefix
     * that starts with a shorter one adds nothing, so only the shortest prefixes are looked up.
     */
    List<KnownAction> startingWithAny(Collection<String> prefixes) {
        List<KnownAction> reached = new ArrayList<>();
        String covering = null;
        for (String prefix : new TreeSet<>(prefixes)) {
            if (covering != null && prefix.startsWith(covering)) {
                continue;
            }
            covering = prefix;
            for (int i = firstAtOrAfter(prefix); i < keys.length && keys[i].startsWith(prefix); i++) {
                reached.add(actions[i]);
            }
        }
        return reached;
    }

    private int firstAtOrAfter(String prefix) {
        int found = Arrays.binarySearch(keys, prefix);
        return found >= 0 ? found : -found - 1;
    }
}

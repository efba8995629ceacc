package org.iamrefiner.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.engine.facts.KnownAction;
import org.iamrefiner.engine.facts.KnownActions;

/**
 * The catalog as facts, made once per engine and shared by every session: the actions sorted by key,
 * so that the actions a policy's patterns can reach (those starting with a pattern's literal part)
 * are a few contiguous runs found by binary search ({@link KnownActions#startingWithAny}).
 */
final class CatalogFacts {

    private final KnownActions all;

    CatalogFacts(Catalog catalog) {
        List<KnownAction> facts = new ArrayList<>(catalog.size());
        for (CatalogAction action : catalog.all()) {
            facts.add(new KnownAction(action));
        }
        facts.sort(Comparator.comparing(KnownAction::getKey));
        this.all = new KnownActions(facts);
    }

    /** Every catalog action, as one index shared by the sessions that reach the whole catalog. */
    KnownActions all() {
        return all;
    }
}

package org.iamrefiner.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.Glob;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * The catalog actions a policy grants: what its Allow statements' {@code Action} entries match,
 * and for a {@code NotAction} statement the catalog minus what its entries match. Deny statements
 * are not subtracted: a finding reports the actions a principal holds through Allow statements,
 * and this is where the benchmark draws its unused actions from.
 */
final class GrantedCatalogActions {

    /** Catalog order: by service, then case-insensitively by name. */
    private static final Comparator<CatalogAction> CATALOG_ORDER = Comparator.comparing(CatalogAction::service)
            .thenComparing(CatalogAction::fullName, Catalog.NAME_ORDER);

    private GrantedCatalogActions() {
    }

    /** The granted actions, each once, in catalog order. */
    static List<CatalogAction> of(Policy policy, Catalog catalog) {
        Map<String, CatalogAction> granted = new HashMap<>();
        for (PolicyStatement statement : policy.statements()) {
            if (statement.effect() != Effect.ALLOW) {
                continue;
            }
            Map<String, CatalogAction> matched = matched(statement.entries(), catalog);
            if (statement.field() == ActionField.NOT_ACTION) {
                for (CatalogAction action : catalog.all()) {
                    if (!matched.containsKey(action.key())) {
                        granted.putIfAbsent(action.key(), action);
                    }
                }
            } else {
                matched.forEach(granted::putIfAbsent);
            }
        }
        List<CatalogAction> inOrder = new ArrayList<>(granted.values());
        inOrder.sort(CATALOG_ORDER);
        return inOrder;
    }

    /** What the entries match, each entry tried only on its own service's actions (all, when its service part has a wildcard). */
    private static Map<String, CatalogAction> matched(List<String> entries, Catalog catalog) {
        Map<String, CatalogAction> matched = new HashMap<>();
        for (String entry : entries) {
            String service = Glob.serviceOf(entry);
            for (CatalogAction action : service == null ? catalog.all() : catalog.actionsOf(service)) {
                if (matches(entry, action.fullName())) {
                    matched.putIfAbsent(action.key(), action);
                }
            }
        }
        return matched;
    }

    /**
     * Glob matching with a quick path for the two shapes nearly every entry has, a literal name and
     * a single trailing {@code *}, so setting up the workload takes seconds, not most of a minute.
     */
    private static boolean matches(String entry, String name) {
        int star = entry.indexOf('*');
        if (entry.indexOf('?') < 0) {
            if (star < 0) {
                return entry.equalsIgnoreCase(name);
            }
            if (star == entry.length() - 1) {
                return name.regionMatches(true, 0, entry, 0, star);
            }
        }
        return Glob.matches(entry, name);
    }
}

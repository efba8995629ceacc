package org.iamrefiner.batch;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.Glob;
import org.iamrefiner.catalog.GlobMatcher;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * The catalog actions a policy's Allow statements grant, as a set of catalog positions, to count
 * what a recommendation takes away. Resources, conditions and Deny statements are not weighed:
 * the count is about which actions are named, as the refinement is.
 */
final class GrantedActions {

    private final Catalog catalog;
    private final List<CatalogAction> actions;
    private final Map<String, Integer> positions = new HashMap<>();

    GrantedActions(Catalog catalog) {
        this.catalog = catalog;
        this.actions = catalog.all();
        for (int i = 0; i < actions.size(); i++) {
            positions.put(actions.get(i).key(), i);
        }
    }

    /** The catalog actions the policy grants; empty for null (a detached policy). */
    BitSet of(Policy policy) {
        BitSet granted = new BitSet(actions.size());
        if (policy == null) {
            return granted;
        }
        for (PolicyStatement statement : policy.statements()) {
            if (statement.effect() != Effect.ALLOW) {
                continue;
            }
            BitSet matched = matching(statement.entries());
            if (statement.field() == ActionField.NOT_ACTION) {
                matched.flip(0, actions.size());
            }
            granted.or(matched);
        }
        return granted;
    }

    private BitSet matching(List<String> entries) {
        BitSet matched = new BitSet(actions.size());
        for (String entry : entries) {
            if (entry.equals("*")) {
                matched.set(0, actions.size());
                return matched;
            }
            String service = Glob.serviceOf(entry);
            GlobMatcher matcher = new GlobMatcher(entry);
            if (service == null) {
                for (int i = 0; i < actions.size(); i++) {
                    if (matcher.matches(actions.get(i).key())) {
                        matched.set(i);
                    }
                }
                continue;
            }
            for (CatalogAction action : catalog.actionsOf(service)) {
                if (matcher.matches(action.key())) {
                    matched.set(positions.get(action.key()));
                }
            }
        }
        return matched;
    }
}

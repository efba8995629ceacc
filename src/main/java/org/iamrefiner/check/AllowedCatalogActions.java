package org.iamrefiner.check;

import java.util.BitSet;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * The catalog actions a policy's Allow statements allow, as catalog positions: the sets the check
 * compares, for callers that count what a recommendation takes away. Resources, conditions and
 * Deny statements are not weighed. Uses the check's catalog index; stateless apart from it.
 */
public final class AllowedCatalogActions {

    private final CatalogIndex index;

    public AllowedCatalogActions(Catalog catalog) {
        this.index = CatalogIndex.of(catalog);
    }

    /** The positions in {@code catalog.all()} of the actions the policy allows; empty for null (a detached policy). */
    public BitSet of(Policy policy) {
        BitSet allowed = new BitSet(index.size());
        if (policy == null) {
            return allowed;
        }
        for (PolicyStatement statement : policy.statements()) {
            if (statement.effect() != Effect.ALLOW) {
                continue;
            }
            allowed.or(StatementScope.of(statement, false).allowedActionsOf(index));
        }
        return allowed;
    }
}

package org.iamrefiner.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Guarantee 1, exactness over the catalog: for each Allow statement, the catalog actions the
 * refined statement allows are exactly those the original allowed, minus the unused ones.
 * A dropped statement allows nothing.
 */
final class ExactnessCheck {

    private static final int GUARANTEE = 1;

    private final Catalog catalog;
    private final UnusedNames unused;
    /** The catalog's index when the sets may be computed by lookups, null to scan the catalog. */
    private final CatalogIndex index;

    /** @param index the catalog's index, to compute the sets by lookups when the catalog allows it; or null */
    ExactnessCheck(Catalog catalog, UnusedNames unused, CatalogIndex index) {
        this.catalog = catalog;
        this.unused = unused;
        this.index = index != null && index.plain() ? index : null;
    }

    /**
     * @param original       an original Allow statement and its scope
     * @param refined        its refined form, or null when the refinement dropped it, and its scope
     * @param allowedBefore  the catalog actions the original statement allows, by number (left as it is)
     * @param allowedAfter   those the refined statement allows
     * @return at most one lost action and one action allowed beyond the expected set
     */
    List<Violation> check(PolicyStatement original, StatementScope before,
                          PolicyStatement refined, StatementScope after, BitSet allowedBefore, BitSet allowedAfter) {
        if (index != null) {
            return checkBySets(original, before, refined, after, allowedBefore, allowedAfter);
        }
        CatalogAction lost = null;
        CatalogAction extra = null;
        for (CatalogAction action : candidates(before, after)) {
            String key = action.key();
            boolean expected = before.allows(key) && !unused.contains(action);
            boolean allowed = after.allows(key);
            if (expected && !allowed && lost == null) {
                lost = action;
            } else if (allowed && !expected && extra == null) {
                extra = action;
            }
            if (lost != null && extra != null) {
                break;
            }
        }
        List<Violation> violations = new ArrayList<>(2);
        if (lost != null) {
            violations.add(lostViolation(original, before, refined, lost));
        }
        if (extra != null) {
            violations.add(extraViolation(original, before, after, extra));
        }
        return violations;
    }

    /**
     * The same verdict from sets of catalog numbers: the first lost and the first extra action in
     * catalog order are those the scan above meets first, as it walks the catalog in that order
     * and an action of a service neither statement reaches is allowed by neither.
     */
    private List<Violation> checkBySets(PolicyStatement original, StatementScope before,
                                        PolicyStatement refined, StatementScope after,
                                        BitSet allowedBefore, BitSet allowedAfter) {
        BitSet expected = (BitSet) allowedBefore.clone();
        expected.andNot(unused.catalogActions(index));
        int lost = firstIn(expected, allowedAfter);
        int extra = firstIn(allowedAfter, expected);
        List<Violation> violations = new ArrayList<>(2);
        if (lost >= 0) {
            violations.add(lostViolation(original, before, refined, index.action(lost)));
        }
        if (extra >= 0) {
            violations.add(extraViolation(original, before, after, index.action(extra)));
        }
        return violations;
    }

    /** The first number in {@code in} and not in {@code notIn}, or -1. */
    private static int firstIn(BitSet in, BitSet notIn) {
        for (int i = in.nextSetBit(0); i >= 0; i = in.nextSetBit(i + 1)) {
            if (!notIn.get(i)) {
                return i;
            }
            int next = notIn.nextClearBit(i);
            if (next > i + 1) {
                i = next - 1;
            }
        }
        return -1;
    }

    /** Only the services either statement can reach, unless one of them reaches every service. */
    private Iterable<CatalogAction> candidates(StatementScope before, StatementScope after) {
        Set<String> servicesBefore = before.servicesReached();
        Set<String> servicesAfter = after.servicesReached();
        if (servicesBefore == null || servicesAfter == null) {
            return catalog.all();
        }
        Set<String> services = new TreeSet<>(servicesBefore);
        services.addAll(servicesAfter);
        List<CatalogAction> actions = new ArrayList<>();
        for (String service : services) {
            actions.addAll(catalog.actionsOf(service));
        }
        return actions;
    }

    private Violation lostViolation(PolicyStatement original, StatementScope before, PolicyStatement refined,
                                    CatalogAction lost) {
        String entry = entryText(before, lost);
        String fate = refined == null
                ? "the refinement drops the whole statement"
                : "the refined statement no longer allows it";
        return new Violation(GUARANTEE, original.pointer(), entry, lost.fullName(),
                lost.fullName() + " is allowed by the original statement and not unused, but " + fate + ".");
    }

    private Violation extraViolation(PolicyStatement original, StatementScope before, StatementScope after,
                                     CatalogAction extra) {
        String why = before.allows(extra.key())
                ? " is unused, but the refined statement still allows it."
                : " is not allowed by the original statement, but the refined statement allows it.";
        return new Violation(GUARANTEE, original.pointer(), entryText(after, extra), extra.fullName(),
                extra.fullName() + why);
    }

    /** The Action entry granting the action; null for NotAction, which grants by leaving it out. */
    private static String entryText(StatementScope scope, CatalogAction action) {
        if (scope.isDropped() || scope.field() != ActionField.ACTION) {
            return null;
        }
        PatternLanguage entry = scope.entryMatching(action.key());
        return entry == null ? null : entry.pattern();
    }
}

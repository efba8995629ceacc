package org.iamrefiner.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Proves that a refined policy keeps guarantees 1–4 of SPEC.md against its original and a
 * finding, whoever made the refinement. It reasons only on pattern languages and catalog
 * sets, independently of how the refinement is computed, so that a mistake there cannot hide
 * itself here. One instance may serve many threads.
 *
 * <p>Violations come in a fixed order: the document's top-level keys, then Deny statements and
 * stray statements (guarantee 4), then each original Allow statement with guarantees 1, 2, 3.
 *
 * <p>The check takes shortcuts where they are exact: catalog sets computed by lookups in an index
 * of the catalog (built once per catalog), literal entries and entries made of a literal prefix
 * and one {@code *} decided by hashing instead of an automaton search. The general search still
 * decides everything else and names every counterexample, so the verdicts and messages are those
 * of the check without shortcuts ({@link #withoutShortcuts}), which the tests compare it with.
 *
 * <p>Each thread keeps the unused names of the last finding it checked against: a principal's
 * policies are checked one after another against one finding, and reading a large finding costs
 * more than checking a small policy.
 */
public final class GuaranteeCheck {

    private final Catalog catalog;
    /** Null when the shortcuts are off. */
    private final CatalogIndex index;
    /** Numbers the catalog's actions for the sets a verdict hands out. */
    private final CatalogIndex numbering;
    private final NoNewAccessCheck noNewAccess;
    private final ThreadLocal<LastFinding> lastFinding = new ThreadLocal<>();

    /** A finding and its unused names, with the lookups they built so far. */
    private record LastFinding(Finding finding, UnusedNames names) {
    }

    public GuaranteeCheck(Catalog catalog) {
        this(catalog, true);
    }

    private GuaranteeCheck(Catalog catalog, boolean shortcuts) {
        this.catalog = catalog;
        this.numbering = CatalogIndex.of(catalog);
        this.index = shortcuts ? numbering : null;
        this.noNewAccess = new NoNewAccessCheck(shortcuts);
    }

    /** The check that scans the catalog and searches every language: slow, and the reference for the shortcuts. */
    static GuaranteeCheck withoutShortcuts(Catalog catalog) {
        return new GuaranteeCheck(catalog, false);
    }

    /**
     * @param original the policy as the user wrote it
     * @param refined  the recommendation, or null when it is to detach the policy
     * @param finding  the unused permissions the refinement removed
     * @return every broken guarantee with a counterexample; empty iff all four guarantees hold
     */
    public List<Violation> check(Policy original, Policy refined, Finding finding) {
        return verify(original, refined, finding).violations();
    }

    /**
     * A verdict, and the catalog actions each policy allows as {@link AllowedCatalogActions} counts
     * them, taken from the sets the check compares.
     *
     * @param violations         every broken guarantee with a counterexample; empty iff all four hold
     * @param allowedByOriginal  the positions in {@code catalog.all()} of the actions the original's Allow statements allow
     * @param allowedByRefined   the same for the recommendation; exact when there is no violation
     *                           (a refined statement the check cannot pair with an original one is a violation)
     */
    public record Verdict(List<Violation> violations, BitSet allowedByOriginal, BitSet allowedByRefined) {
    }

    /** Checks like {@link #check}, and hands out the catalog sets it compared. */
    public Verdict verify(Policy original, Policy refined, Finding finding) {
        boolean fast = index != null;
        UnusedNames unused = unusedNamesOf(finding);
        ExactnessCheck exactness = new ExactnessCheck(catalog, unused, index);
        UnusedByNameCheck unusedByName = new UnusedByNameCheck(unused, fast);
        List<PolicyStatement> refinedStatements = refined == null ? List.of() : refined.statements();
        Scopes scopes = new Scopes(fast);

        List<Violation> violations = new ArrayList<>();
        BitSet allowedByOriginal = new BitSet(numbering.size());
        BitSet allowedByRefined = new BitSet(numbering.size());
        if (refined != null) {
            violations.addAll(StructureCheck.topLevel(original.json(), refined.json()));
        }
        Map<PolicyStatement, Map<PolicyStatement, Boolean>> fitting = new IdentityHashMap<>();
        StatementAlignment alignment = StatementAlignment.align(original.statements(), refinedStatements,
                (before, after) -> fitting.computeIfAbsent(before, s -> new IdentityHashMap<>())
                        .computeIfAbsent(after, s -> actionsFit(before, after, scopes)));
        violations.addAll(StructureCheck.statements(alignment, original.statements()));
        for (StatementAlignment.Pair pair : alignment.pairs()) {
            PolicyStatement before = pair.original();
            PolicyStatement after = pair.refined();
            if (before.effect() != Effect.ALLOW) {
                continue;
            }
            StatementScope beforeScope = scopes.of(before);
            StatementScope afterScope = after == null ? StatementScope.dropped() : scopes.of(after);
            BitSet allowedBefore = beforeScope.allowedActionsOf(numbering);
            BitSet allowedAfter = afterScope.allowedActionsOf(numbering);
            allowedByOriginal.or(allowedBefore);
            allowedByRefined.or(allowedAfter);
            violations.addAll(exactness.check(before, beforeScope, after, afterScope, allowedBefore, allowedAfter));
            if (after != null) {
                // The alignment may already know that the actions fit: then guarantee 2 holds.
                Boolean fits = fitting.getOrDefault(before, Map.of()).get(after);
                if (fits == null || !fits) {
                    violations.addAll(noNewAccess.check(before, beforeScope, after, afterScope));
                }
                violations.addAll(unusedByName.check(before.pointer(), after, afterScope));
            }
        }
        return new Verdict(violations, allowedByOriginal, allowedByRefined);
    }

    private UnusedNames unusedNamesOf(Finding finding) {
        LastFinding last = lastFinding.get();
        if (last == null || last.finding() != finding) {
            last = new LastFinding(finding, UnusedNames.of(finding));
            lastFinding.set(last);
        }
        return last.names();
    }

    /** Whether the refined statement's actions can stem from the original's, to tell look-alike statements apart. */
    private boolean actionsFit(PolicyStatement original, PolicyStatement refined, Scopes scopes) {
        if (original.effect() == Effect.DENY) {
            return original.json().equals(refined.json());
        }
        return noNewAccess.fits(original, scopes.of(original), refined, scopes.of(refined));
    }

    /** The scope of each statement of one check, built once. */
    private static final class Scopes {
        private final boolean fast;
        private final Map<PolicyStatement, StatementScope> built = new IdentityHashMap<>();

        Scopes(boolean fast) {
            this.fast = fast;
        }

        StatementScope of(PolicyStatement statement) {
            return built.computeIfAbsent(statement, s -> StatementScope.of(s, fast));
        }
    }
}

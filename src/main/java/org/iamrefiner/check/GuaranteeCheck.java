package org.iamrefiner.check;

import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Proves that a refined policy keeps guarantees 1–4 of SPEC.md against its original and a
 * finding, whoever made the refinement. It reasons only on pattern languages and catalog
 * sets, independently of how the refinement is computed, so that a mistake there cannot hide
 * itself here. Stateless apart from the catalog: one instance may serve many threads.
 *
 * <p>Violations come in a fixed order: the document's top-level keys, then Deny statements and
 * stray statements (guarantee 4), then each original Allow statement with guarantees 1, 2, 3.
 */
public final class GuaranteeCheck {

    private final Catalog catalog;
    private final NoNewAccessCheck noNewAccess = new NoNewAccessCheck();

    public GuaranteeCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param original the policy as the user wrote it
     * @param refined  the recommendation, or null when it is to detach the policy
     * @param finding  the unused permissions the refinement removed
     * @return every broken guarantee with a counterexample; empty iff all four guarantees hold
     */
    public List<Violation> check(Policy original, Policy refined, Finding finding) {
        UnusedNames unused = UnusedNames.of(finding);
        ExactnessCheck exactness = new ExactnessCheck(catalog, unused);
        UnusedByNameCheck unusedByName = new UnusedByNameCheck(unused);
        List<PolicyStatement> refinedStatements = refined == null ? List.of() : refined.statements();

        List<Violation> violations = new ArrayList<>();
        if (refined != null) {
            violations.addAll(StructureCheck.topLevel(original.json(), refined.json()));
        }
        StatementAlignment alignment =
                StatementAlignment.align(original.statements(), refinedStatements, this::actionsFit);
        violations.addAll(StructureCheck.statements(alignment, original.statements()));
        for (StatementAlignment.Pair pair : alignment.pairs()) {
            PolicyStatement before = pair.original();
            PolicyStatement after = pair.refined();
            if (before.effect() != Effect.ALLOW) {
                continue;
            }
            violations.addAll(exactness.check(before, after));
            if (after != null) {
                violations.addAll(noNewAccess.check(before, after));
                violations.addAll(unusedByName.check(before.pointer(), after));
            }
        }
        return violations;
    }

    /** Whether the refined statement's actions can stem from the original's, to tell look-alike statements apart. */
    private boolean actionsFit(PolicyStatement original, PolicyStatement refined) {
        if (original.effect() == Effect.DENY) {
            return original.json().equals(refined.json());
        }
        return noNewAccess.check(original, refined).isEmpty();
    }
}

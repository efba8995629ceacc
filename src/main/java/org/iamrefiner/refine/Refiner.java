package org.iamrefiner.refine;

import java.util.BitSet;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.check.GuaranteeCheck;
import org.iamrefiner.emit.PolicyEmitter;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RefinementEngine;
import org.iamrefiner.engine.RefinementSettings;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;

/**
 * Refines policies: the rules decide, the emitter assembles, and the check proves the result
 * before anyone sees it. Thread-safe; build one per process and share it.
 */
public final class Refiner {

    private final RefinementEngine engine;
    private final GuaranteeCheck check;

    public Refiner(RuleBase rules, Catalog catalog) {
        this(rules, catalog, RefinementSettings.defaults());
    }

    public Refiner(RuleBase rules, Catalog catalog, RefinementSettings settings) {
        this.engine = new RefinementEngine(rules, catalog, settings);
        this.check = new GuaranteeCheck(catalog);
    }

    public Catalog catalog() {
        return engine.catalog();
    }

    /**
     * Refines one policy against the finding of the principal that holds it.
     *
     * @throws CheckFailedException when the result would break a guarantee; nothing may be written then
     */
    public Refinement refine(Policy policy, Finding finding) throws CheckFailedException {
        return refine(policy, finding, false);
    }

    /**
     * Refines one policy, keeping the rules' derivation in the result when asked (for --explain and
     * the trie drawings).
     *
     * @throws CheckFailedException when the result would break a guarantee; nothing may be written then
     */
    public Refinement refine(Policy policy, Finding finding, boolean withEvidence) throws CheckFailedException {
        return refineChecked(policy, finding, withEvidence).refinement();
    }

    /**
     * A refinement with the refined policy as the check read it back (null when the policy is to
     * be detached), and the catalog actions the original and the refined policy allow as the check
     * counted them (positions in {@code catalog.all()}), for callers that go on to use them and need
     * not compute them again.
     */
    public record Checked(Refinement refinement, Policy refined, BitSet allowedByOriginal, BitSet allowedByRefined) {
    }

    /**
     * Refines one policy like {@link #refine(Policy, Finding, boolean)}, and also hands over the
     * refined policy the check has read.
     *
     * @throws CheckFailedException when the result would break a guarantee; nothing may be written then
     */
    public Checked refineChecked(Policy policy, Finding finding, boolean withEvidence) throws CheckFailedException {
        Refinement refinement = PolicyEmitter.emit(policy, engine.run(policy, finding, withEvidence));
        Policy refined = null;
        if (refinement.refined() != null) {
            try {
                refined = PolicyReader.fromJson(policy.source(), refinement.refined());
            } catch (InputException e) {
                throw new IllegalStateException("the refined policy is not a valid policy: " + e.getMessage(), e);
            }
        }
        // The guarantees hold relative to what the rules count as unused: organisation rules may
        // keep actions the finding reports.
        GuaranteeCheck.Verdict verdict = check.verify(policy, refined, refinement.evidence().unused());
        if (!verdict.violations().isEmpty()) {
            throw new CheckFailedException(policy.source(), verdict.violations());
        }
        return new Checked(refinement, refined, verdict.allowedByOriginal(), verdict.allowedByRefined());
    }
}

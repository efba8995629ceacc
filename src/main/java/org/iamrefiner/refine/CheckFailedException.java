package org.iamrefiner.refine;

import java.util.List;
import org.iamrefiner.check.Violation;

/**
 * A refinement broke one of SPEC.md's guarantees. It is never printed; the tool stops with exit
 * code 1 and names the counterexamples.
 */
public final class CheckFailedException extends Exception {

    private final String policy;
    private final List<Violation> violations;

    public CheckFailedException(String policy, List<Violation> violations) {
        super("the refinement of " + policy + " fails the check before output (" + violations.size()
                + " violation" + (violations.size() == 1 ? "" : "s") + ")");
        this.policy = policy;
        this.violations = List.copyOf(violations);
    }

    public String policy() {
        return policy;
    }

    public List<Violation> violations() {
        return violations;
    }
}

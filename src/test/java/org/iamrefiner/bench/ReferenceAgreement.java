package org.iamrefiner.bench;

import java.util.Objects;
import org.iamrefiner.emit.RecommendedAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.reference.ReferenceResult;

/**
 * Whether the rules and the plain-Java reference recommended the same for one policy, compared
 * as the differential test compares them (the step, and the refined document unless detached).
 * The speed ratio only means something when both did the same work.
 */
final class ReferenceAgreement {

    private ReferenceAgreement() {
    }

    static boolean agree(Refinement rules, ReferenceResult reference) {
        String step = rules.action() == RecommendedAction.NONE ? null : rules.action().name();
        if (!Objects.equals(step, reference.step())) {
            return false;
        }
        return rules.action() == RecommendedAction.DETACH_POLICY
                ? reference.policy() == null
                : Objects.equals(rules.refined(), reference.policy());
    }
}

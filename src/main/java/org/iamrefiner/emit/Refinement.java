package org.iamrefiner.emit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.iamrefiner.engine.EngineResult;
import org.iamrefiner.policy.Policy;

/**
 * The refined form of one policy.
 *
 * @param original the policy as read
 * @param refined  the refined document, or null when the policy is to be detached
 * @param action   the recommended step
 * @param notes    warnings for the user (never part of the policy)
 * @param evidence what the rules concluded, for explanations
 */
public record Refinement(Policy original, ObjectNode refined, RecommendedAction action,
                         List<String> notes, EngineResult evidence) {

    public Refinement {
        notes = List.copyOf(notes);
    }
}

package org.iamrefiner.emit;

/** The step a recommendation asks for, named as Access Analyzer names them. */
public enum RecommendedAction {
    /** The policy changed: create a new version (or a new policy) with the refined document. */
    CREATE_POLICY,
    /** Nothing is left to grant: detach the policy. */
    DETACH_POLICY,
    /** Nothing to do: the policy grants no unused action. */
    NONE
}

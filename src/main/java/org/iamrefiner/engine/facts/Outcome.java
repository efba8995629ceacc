package org.iamrefiner.engine.facts;

/** What happens to one original entry. */
public enum Outcome {
    /** Written again exactly as it was. */
    KEEP,
    /** Left out of the refined statement. */
    DROP,
    /** Replaced in place by the sorted cover of the actions it must keep. */
    REFINE
}

package org.iamrefiner.engine.facts;

/** What happens to a statement as a whole (statements refined entry by entry have none). */
public enum ChangeKind {
    /** A NotAction statement gets the cover of the unused names it allows appended to NotAction. */
    ADD_EXCLUSIONS,
    /** A statement granting "*" becomes NotAction = the cover of the unused names. */
    REWRITE_AS_NOTACTION,
    /** The statement would allow no used action any more and is left out. */
    DROP
}

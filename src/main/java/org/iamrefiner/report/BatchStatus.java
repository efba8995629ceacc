package org.iamrefiner.report;

/** What a batch run did with one policy of one principal. */
public enum BatchStatus {
    /** The refined policy grants fewer actions: a new version (or a new policy) is recommended. */
    CHANGED,
    /** The policy grants only unused actions: detach it. */
    DETACHED,
    /** The policy grants no unused action. */
    UNCHANGED,
    /** The policy could not be read, or its result failed the check; nothing is recommended. */
    FAILED
}

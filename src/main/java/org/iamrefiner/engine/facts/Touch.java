package org.iamrefiner.engine.facts;

/** Derived: the entry matches an unused action name (or some name of a wholly unused service). */
public final class Touch extends Derived {

    private final PolicyEntry entry;
    private final String unused;

    /** @param unused the unused name as the finding spells it, or "svc:*" for a wholly unused service */
    public Touch(PolicyEntry entry, String unused, String rule) {
        super(rule);
        this.entry = entry;
        this.unused = unused;
    }

    public PolicyEntry getEntry() {
        return entry;
    }

    public String getUnused() {
        return unused;
    }
}

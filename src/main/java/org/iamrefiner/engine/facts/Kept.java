package org.iamrefiner.engine.facts;

/** Derived: the entry grants this catalog action and it is not unused, so the refinement must keep it (K). */
public final class Kept extends Derived {

    private final PolicyEntry entry;
    private final KnownAction action;

    public Kept(PolicyEntry entry, KnownAction action, String rule) {
        super(rule);
        this.entry = entry;
        this.action = action;
    }

    public PolicyEntry getEntry() {
        return entry;
    }

    public KnownAction getAction() {
        return action;
    }

    @Override
    public String toString() {
        return action.getFullName();
    }
}

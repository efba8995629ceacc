package org.iamrefiner.engine.facts;

/** Derived: the entry matches this catalog action (the action is in M(entry)). */
public final class Grant extends Derived {

    private final PolicyEntry entry;
    private final KnownAction action;

    public Grant(PolicyEntry entry, KnownAction action, String rule) {
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
}

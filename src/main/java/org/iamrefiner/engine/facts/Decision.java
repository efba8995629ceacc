package org.iamrefiner.engine.facts;

/** Derived: the outcome for one entry, with the reason in plain words. */
public final class Decision extends Derived {

    private final PolicyEntry entry;
    private final Outcome outcome;
    private final String reason;

    public Decision(PolicyEntry entry, Outcome outcome, String reason, String rule) {
        super(rule);
        this.entry = entry;
        this.outcome = outcome;
        this.reason = reason;
    }

    public PolicyEntry getEntry() {
        return entry;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return entry.getText() + " " + outcome + " (" + reason + ")";
    }
}

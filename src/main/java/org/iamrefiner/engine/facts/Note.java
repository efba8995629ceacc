package org.iamrefiner.engine.facts;

/** Derived: a warning for the user about an entry (never part of the policy itself). */
public final class Note extends Derived {

    private final PolicyEntry entry;
    private final String text;

    public Note(PolicyEntry entry, String text, String rule) {
        super(rule);
        this.entry = entry;
        this.text = text;
    }

    public PolicyEntry getEntry() {
        return entry;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.iamrefiner.engine.facts;

/** Derived: a warning for the user about a statement (never part of the policy itself). */
public final class Note extends Derived {

    private final String statement;
    private final String text;

    /** @param statement JSON pointer of the statement the note is about, or null for the whole policy */
    public Note(String statement, String text, String rule) {
        super(rule);
        this.statement = statement;
        this.text = text;
    }

    public String getStatement() {
        return statement;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.iamrefiner.engine.facts;

/** Derived: a change to a whole statement, with the reason in plain words. */
public final class StatementChange extends Derived {

    private final String statement;
    private final ChangeKind kind;
    private final String reason;

    public StatementChange(String statement, ChangeKind kind, String reason, String rule) {
        super(rule);
        this.statement = statement;
        this.kind = kind;
        this.reason = reason;
    }

    public String getStatement() {
        return statement;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return statement + " " + kind + " (" + reason + ")";
    }
}

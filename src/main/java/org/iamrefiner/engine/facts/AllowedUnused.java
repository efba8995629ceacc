package org.iamrefiner.engine.facts;

/** Derived: a statement granting by exclusion (NotAction, or "*") still allows this unused name. */
public final class AllowedUnused extends Derived {

    private final String statement;
    private final Unused unused;

    public AllowedUnused(String statement, Unused unused, String rule) {
        super(rule);
        this.statement = statement;
        this.unused = unused;
    }

    public String getStatement() {
        return statement;
    }

    public Unused getUnused() {
        return unused;
    }

    @Override
    public String toString() {
        return statement + " allows " + unused;
    }
}

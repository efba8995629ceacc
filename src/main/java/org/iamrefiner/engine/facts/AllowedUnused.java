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

    /**
     * The unused name's lower-case key. A property of its own, so rules read it directly rather
     * than through {@code unused.key}, which Drools evaluates by interpreting the path.
     */
    public String getKey() {
        return unused.getKey();
    }

    public Unused getUnused() {
        return unused;
    }

    @Override
    public String toString() {
        return statement + " allows " + unused;
    }
}

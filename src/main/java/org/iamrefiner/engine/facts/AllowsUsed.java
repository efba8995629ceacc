package org.iamrefiner.engine.facts;

/**
 * Derived: a statement granting by exclusion (NotAction, or "*") still allows a catalog action
 * that is not unused; one such action is named.
 */
public final class AllowsUsed extends Derived {

    private final String statement;
    private final KnownAction action;

    public AllowsUsed(String statement, KnownAction action, String rule) {
        super(rule);
        this.statement = statement;
        this.action = action;
    }

    public String getStatement() {
        return statement;
    }

    /** One used action the statement allows. */
    public KnownAction getAction() {
        return action;
    }

    @Override
    public String toString() {
        return statement + " still allows " + action;
    }
}

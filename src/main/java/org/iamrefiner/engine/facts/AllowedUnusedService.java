package org.iamrefiner.engine.facts;

/** Derived: a statement granting by exclusion still allows some name of a wholly unused service. */
public final class AllowedUnusedService extends Derived {

    private final String statement;
    private final String service;

    public AllowedUnusedService(String statement, String service, String rule) {
        super(rule);
        this.statement = statement;
        this.service = service;
    }

    public String getStatement() {
        return statement;
    }

    public String getService() {
        return service;
    }

    @Override
    public String toString() {
        return statement + " allows " + service + ":*";
    }
}

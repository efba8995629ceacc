package org.iamrefiner.engine.facts;

/** Derived: a service of which every action, known or future, counts as unused. */
public final class ServiceUnused extends Derived {

    private final String service;

    public ServiceUnused(String service, String rule) {
        super(rule);
        this.service = service;
    }

    public String getService() {
        return service;
    }

    /** "svc:", the prefix every action name of the service starts with. */
    public String getPrefix() {
        return service + ":";
    }

    @Override
    public String toString() {
        return service + ":*";
    }
}

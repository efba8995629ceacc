package org.iamrefiner.engine.facts;

/** Input fact: a service the catalog knows, inserted for the services a policy names. */
public final class KnownService {

    private final String service;

    public KnownService(String service) {
        this.service = service;
    }

    /** Service prefix, lower case. */
    public String getService() {
        return service;
    }

    @Override
    public String toString() {
        return service;
    }
}

package org.iamrefiner.engine.facts;

/** Input fact: a service the finding reports as wholly unused (no action list). */
public final class ReportedUnusedService {

    private final String service;
    private final String lastAccessed;

    public ReportedUnusedService(String service, String lastAccessed) {
        this.service = service;
        this.lastAccessed = lastAccessed;
    }

    /** Service prefix, lower case. */
    public String getService() {
        return service;
    }

    public String getLastAccessed() {
        return lastAccessed;
    }

    @Override
    public String toString() {
        return service + ":*";
    }
}

package org.iamrefiner.engine.facts;

import java.util.Locale;

/** Input fact: an action the finding reports as unused, known to the catalog or not. */
public final class ReportedUnused {

    private final String service;
    private final String fullName;
    private final String key;
    private final String lastAccessed;

    /**
     * @param service      service prefix, lower case
     * @param fullName     "svc:Name" as the finding spells the name
     * @param lastAccessed ISO-8601 text, or null when never used in the tracking period
     */
    public ReportedUnused(String service, String fullName, String lastAccessed) {
        this.service = service;
        this.fullName = fullName;
        this.key = fullName.toLowerCase(Locale.ROOT);
        this.lastAccessed = lastAccessed;
    }

    public String getService() {
        return service;
    }

    public String getFullName() {
        return fullName;
    }

    /** Lower-case identity. */
    public String getKey() {
        return key;
    }

    public String getLastAccessed() {
        return lastAccessed;
    }

    @Override
    public String toString() {
        return fullName;
    }
}

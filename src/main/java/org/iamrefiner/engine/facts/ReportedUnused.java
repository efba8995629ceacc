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
        this(service, fullName, fullName.toLowerCase(Locale.ROOT), lastAccessed);
    }

    /**
     * As above, with the key the finding's reader already made ({@code fullName} in lower case), so
     * it is not made again for each policy the finding is read against.
     */
    public ReportedUnused(String service, String fullName, String key, String lastAccessed) {
        this.service = service;
        this.fullName = fullName;
        this.key = key;
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

package org.iamrefiner.engine.facts;

/** Derived: an action name that counts as unused for this refinement. */
public final class Unused extends Derived {

    private final String service;
    private final String fullName;
    private final String key;

    public Unused(ReportedUnused reported, String rule) {
        this(reported.getService(), reported.getFullName(), rule);
    }

    public Unused(KnownAction action, String rule) {
        this(action.getService(), action.getFullName(), rule);
    }

    private Unused(String service, String fullName, String rule) {
        super(rule);
        this.service = service;
        this.fullName = fullName;
        this.key = fullName.toLowerCase(java.util.Locale.ROOT);
    }

    public String getService() {
        return service;
    }

    /** "svc:Name" as the finding spells it. */
    public String getFullName() {
        return fullName;
    }

    /** Lower-case identity. */
    public String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return fullName;
    }
}

package org.iamrefiner.engine.facts;

/** Derived: an action name that counts as unused for this refinement. */
public final class Unused extends Derived {

    private final String service;
    private final String fullName;
    private final String key;
    private final ReportedUnused reported;

    public Unused(ReportedUnused reported, String rule) {
        this(reported.getService(), reported.getFullName(), reported.getKey(), reported, rule);
    }

    public Unused(KnownAction action, String rule) {
        this(action.getService(), action.getFullName(), action.getKey(), null, rule);
    }

    /** The key is the one the reported or catalog action already has: the full name in lower case. */
    private Unused(String service, String fullName, String key, ReportedUnused reported, String rule) {
        super(rule);
        this.service = service;
        this.fullName = fullName;
        this.key = key;
        this.reported = reported;
    }

    /** The reported action this one stands for; null when it stands for a catalog action. */
    public ReportedUnused getReported() {
        return reported;
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

package org.iamrefiner.engine.facts;

/**
 * Setting fact: statements granting {@code "*"} are not rewritten to NotAction but refined entry by
 * entry (the plain cover above the services). Inserted by {@code --no-notaction-rewrite}, or by a
 * rule file in the "unused" phase.
 */
public final class NoNotActionRewrite {

    private final String reason;

    public NoNotActionRewrite(String reason) {
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "no NotAction rewrite (" + reason + ")";
    }
}

package org.iamrefiner.engine;

/**
 * Choices the user makes for a run.
 *
 * @param notActionRewrite rewrite statements granting "*" as NotAction (the default); when false
 *                         they are refined entry by entry with the plain cover over the services
 */
public record RefinementSettings(boolean notActionRewrite) {

    /** The defaults. */
    public static RefinementSettings defaults() {
        return new RefinementSettings(true);
    }
}

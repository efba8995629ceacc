package org.iamrefiner.policy;

/** The effect of a statement. */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String json;

    Effect(String json) {
        this.json = json;
    }

    /** The spelling in policy JSON. */
    public String json() {
        return json;
    }
}

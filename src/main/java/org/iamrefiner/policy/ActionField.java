package org.iamrefiner.policy;

/** Which key of a statement holds its action entries. */
public enum ActionField {
    ACTION("Action"),
    NOT_ACTION("NotAction");

    private final String json;

    ActionField(String json) {
        this.json = json;
    }

    /** The key in policy JSON. */
    public String json() {
        return json;
    }
}

package org.iamrefiner.engine.facts;

/** Input fact: one statement of the policy (its entries are {@link PolicyEntry} facts). */
public final class Statement {

    private final String pointer;
    private final String effect;
    private final String field;

    /**
     * @param pointer JSON pointer of the statement ("/Statement/1")
     * @param effect  "Allow" or "Deny"
     * @param field   "Action" or "NotAction"
     */
    public Statement(String pointer, String effect, String field) {
        this.pointer = pointer;
        this.effect = effect;
        this.field = field;
    }

    public String getPointer() {
        return pointer;
    }

    public String getEffect() {
        return effect;
    }

    public String getField() {
        return field;
    }

    @Override
    public String toString() {
        return pointer + " (" + effect + " " + field + ")";
    }
}

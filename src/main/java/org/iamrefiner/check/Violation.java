package org.iamrefiner.check;

/**
 * One way a refined policy breaks a guarantee of SPEC.md, with a concrete counterexample.
 *
 * @param guarantee which guarantee is broken: 1 exactness over the catalog, 2 no new access,
 *                  3 unused stays out by name, 4 structure kept
 * @param statement JSON pointer of the original statement concerned ("/Statement/1"), or null
 *                  when the policy as a whole is concerned
 * @param entry     the refined or original action entry concerned, or null
 * @param example   a concrete action string that is lost, still granted or newly granted, or null
 *                  when the violation is about structure
 * @param message   one plain sentence saying what is wrong
 */
public record Violation(int guarantee, String statement, String entry, String example, String message) {

    /** One line for a terminal: guarantee, place and sentence. */
    public String describe() {
        StringBuilder text = new StringBuilder("guarantee ").append(guarantee);
        if (statement != null) {
            text.append(" at ").append(statement);
        }
        return text.append(": ").append(message).toString();
    }
}

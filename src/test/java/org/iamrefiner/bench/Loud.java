package org.iamrefiner.bench;

/**
 * A wrong result or a failed measurement, said on standard error whatever --quiet says: the
 * table marks it FAILED, and this names what went wrong where a log reader looks first.
 */
final class Loud {

    private Loud() {
    }

    static void say(String message) {
        System.err.println("bench: FAILED: " + message);
        System.err.flush();
    }
}

package org.iamrefiner.cli;

/** The exit codes every command uses. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An internal failure, or a check that failed. */
    public static final int FAILURE = 1;
    /** Bad input or bad usage. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}

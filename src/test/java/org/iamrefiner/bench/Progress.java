package org.iamrefiner.bench;

import java.io.PrintStream;

/**
 * Progress messages on standard error, so a long run shows what it is doing. Silent when standard
 * error is not a terminal (a log or CI should hold the table only) and with --quiet.
 */
final class Progress {

    private final PrintStream err;
    private final boolean on;

    Progress(PrintStream err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /**
     * Whether standard error is a terminal. Java cannot ask about one stream, so scripts/bench.sh
     * tests it ({@code [ -t 2 ]}) and passes {@code -Dbench.stderrIsTerminal}; started another way,
     * the console (stdin and stdout both terminals) is the best guess.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("bench.stderrIsTerminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    void say(String message) {
        if (on) {
            err.println("bench: " + message);
            err.flush();
        }
    }
}

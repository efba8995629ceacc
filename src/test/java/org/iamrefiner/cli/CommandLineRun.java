package org.iamrefiner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line as a user would start it, with what it printed.
 *
 * @param code the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CommandLineRun(int code, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }
}

package org.iamrefiner.cli;

import java.io.PrintWriter;
import org.iamrefiner.batch.OutOfMemory;
import org.iamrefiner.check.Violation;
import org.iamrefiner.input.InputException;
import org.iamrefiner.refine.CheckFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code iam-refiner} command line. */
@Command(name = "iam-refiner", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {RefineCommand.class, BatchCommand.class, VerifyCommand.class, ExpandCommand.class,
                DriftCommand.class, CatalogCommand.class, CommandLine.HelpCommand.class},
        description = "Refines IAM policies against unused-permission findings: unused actions are removed "
                + "and wildcards narrowed to the shortest safe prefixes, decided by Drools rules.")
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("drools.propertySpecific", "ALLOWED");
        RulesLoading.startCoreEarly(args);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's handler; the heap is free again once the stack has unwound.
            err.println("error: " + OutOfMemory.describeWhile("running " + commandName(args)));
            code = ExitCodes.FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The subcommand named on the command line, for messages ("refine"), or "iam-refiner". */
    private static String commandName(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return "iam-refiner " + arg;
            }
        }
        return "iam-refiner";
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: iam-refiner refine --help)");
    }

    /** Turns failures into one clear message and the documented exit code, without a stack trace. */
    private static final class ErrorReporter implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
            PrintWriter err = commandLine.getErr();
            if (e instanceof InputException) {
                err.println("error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof CheckFailedException failed) {
                err.println("error: " + failed.getMessage() + "; nothing was written.");
                for (Violation violation : failed.violations()) {
                    err.println("  guarantee " + violation.guarantee() + " at " + violation.statement()
                            + (violation.entry() == null ? "" : " entry \"" + violation.entry() + "\"")
                            + ": " + violation.message()
                            + (violation.example() == null ? "" : " (e.g. " + violation.example() + ")"));
                }
                return ExitCodes.FAILURE;
            }
            err.println("internal error: " + e);
            if (Boolean.getBoolean("iamrefiner.debug")) {
                e.printStackTrace(err);
            } else {
                err.println("(run with JAVA_TOOL_OPTIONS=-Diamrefiner.debug=true for the stack trace)");
            }
            return ExitCodes.FAILURE;
        }
    }
}

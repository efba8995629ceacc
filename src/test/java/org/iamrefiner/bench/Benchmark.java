package org.iamrefiner.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.refine.Refiner;

/**
 * The benchmark of issue 7, run by scripts/bench.sh: measures every figure in this run and prints
 * one table with each figure beside its target. See {@link BenchOptions#USAGE} for the options.
 *
 * <p>Runs from the test classes plus the shaded jar (which holds every runtime dependency), so it
 * measures the jar users run and needs no test library at run time.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) {
        // The launcher sets this for the rule engine; set it too when started another way (an IDE).
        if (System.getProperty("drools.propertySpecific") == null) {
            System.setProperty("drools.propertySpecific", "ALLOWED");
        }
        int code;
        try {
            code = run(Arrays.asList(args), System.out, System.err);
        } catch (Throwable t) {
            System.err.println("bench: internal failure: " + t);
            t.printStackTrace(System.err);
            code = 1;
        }
        System.exit(code);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path repository = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath().normalize();
        BenchOptions options;
        try {
            options = BenchOptions.parse(repository.toString(), args);
        } catch (BenchOptions.UsageException e) {
            err.println("bench: " + e.getMessage() + " (see --help)");
            return 2;
        }
        if (options.help()) {
            out.print(BenchOptions.USAGE);
            return 0;
        }
        if (!Files.isExecutable(repository.resolve("iam-refiner"))) {
            err.println("bench: " + repository + " is not an IAM Refiner checkout (no ./iam-refiner launcher);"
                    + " run scripts/bench.sh, or set -Dbench.repo=CHECKOUT");
            return 2;
        }
        Progress progress = new Progress(err, !options.quiet() && Progress.stderrIsTerminal());
        Catalog catalog = CatalogLoader.bundled();
        String header = MachineHeader.describe(repository, catalog.version());
        progress.say(header);
        ResultTable table = new ResultTable();

        if (options.skipCold()) {
            table.info("1 cold start", "skipped (--skip-cold)");
        } else {
            figure(table, "1 cold start", () -> new ColdStart(repository, options.coldRuns(), progress).run(table));
        }

        Workload workload = null;
        if (!options.skipWarm() || !options.skipBatch()) {
            progress.say("reading the managed policies and generating their findings");
            workload = Workload.build(ManagedPolicyFile.read(repository.resolve(ManagedPolicyFile.LOCATION)),
                    catalog, options.seed(), options.policies());
        }
        // Built once, as a long-running process or the batch builds it; shared by figures 2 and 5.
        Refiner refiner = options.skipWarm() && options.skipWorst() ? null : new Refiner(RuleBase.core(), catalog);

        if (options.skipWarm()) {
            table.info("2 and 3 warm latency, rules and reference", "skipped (--skip-warm)");
        } else {
            Workload cases = workload;
            figure(table, "2 warm latency", () -> new WarmLatency(cases, refiner, catalog, options, progress).run(table));
            if (options.skipReference()) {
                table.info("3 warm latency of the reference", "skipped (--skip-reference)");
            }
        }

        if (options.skipBatch()) {
            table.info("4 batch", "skipped (--skip-batch)");
        } else {
            Workload cases = workload;
            figure(table, "4 batch", () -> new BatchThroughput(repository, cases, options, progress).run(table));
        }

        if (options.skipWorst()) {
            table.info("5 worst case", "skipped (--skip-worst)");
        } else {
            figure(table, "5 worst case", () -> new WorstCase(repository, refiner, catalog, options.seed(), progress).run(table));
        }

        MachineHeader.loadAverage().ifPresent(load -> table.note("load average at the end: " + load
                + " (other processes on the machine slow every figure)"));
        table.print(out, header);
        return table.anyFailed() ? 1 : 0;
    }

    /** One figure's measurement; it adds its own rows. */
    private interface Figure {
        void run() throws Exception;
    }

    /** Runs a figure; a failure to measure it becomes a FAILED row, and the other figures still run. */
    private static void figure(ResultTable table, String name, Figure figure) {
        try {
            figure.run();
        } catch (Exception e) {
            Loud.say(name + ": " + e);
            table.row(name, "could not be measured: " + e.getMessage(), "—", ResultTable.Verdict.FAILED);
        }
    }
}

package org.iamrefiner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Figure 4: a whole account through the real command line, as a pipeline runs it. The account
 * ({@link BenchAccount}) is written to target/bench/batch-account, then {@code ./iam-refiner batch}
 * runs as a subprocess, first with its default settings (several times: the median counts), then
 * once with a heap limit that keeps it under 1 GiB; for each, its wall time (JVM start included)
 * and peak RSS are measured, and its own summary.json says how many refinements it really did.
 *
 * <p>Earlier output is set aside, not deleted, until the timed runs are over: on ext4 without a
 * journal (this machine's disk) a new file skips every inode freed in the last minutes, so files
 * written after deleting 10,000 others cost a scan each, which a run into a new folder never pays.
 */
final class BatchThroughput {

    static final int TARGET_REFINEMENTS = 10_000;
    static final double TARGET_SECONDS = 20.0;
    static final long RSS_TARGET_KIB = 1024L * 1024L;
    /** The heap limit of the second run: leaves room below 1 GiB for the JVM's own memory. */
    static final String HEAP_LIMIT = "-Xmx700m";
    private static final String HEAP_LIMIT_SETTING = "`IAM_REFINER_JAVA_OPTS=" + HEAP_LIMIT + "`";

    private final Path repository;
    private final Workload workload;
    private final BenchOptions options;
    private final Progress progress;

    BatchThroughput(Path repository, Workload workload, BenchOptions options, Progress progress) {
        this.repository = repository;
        this.workload = workload;
        this.options = options;
        this.progress = progress;
    }

    void run(ResultTable table) throws Exception {
        int n = options.refinements();
        Path bench = repository.resolve("target/bench");
        Path accountFolder = bench.resolve("batch-account");
        Path output = bench.resolve("batch-out");
        SetAside earlier = new SetAside(bench.resolve("set-aside"));
        earlier.move(accountFolder);
        earlier.move(output);
        progress.say("batch: writing an account with " + Units.count(n) + " refinements to " + repository.relativize(accountFolder));
        BenchAccount.Written account = BenchAccount.write(accountFolder, workload.cases(), n, options.seed());
        table.info("4 batch account (generated, seed " + options.seed() + ")", Units.count(account.roles()) + " roles, "
                + Units.count(account.attachedPolicies()) + " distinct managed policies, "
                + Units.count(account.refinements()) + " (role, policy) pairs, "
                + Units.count(account.unusedActions()) + " unused actions in findings");

        List<String> command = List.of("./iam-refiner", "batch",
                "--authorization-details", repository.relativize(account.export()).toString(),
                "--findings", repository.relativize(account.findings()).toString(),
                "--output", repository.relativize(output).toString(), "--quiet");
        // This machine's speed drifts by a quarter within minutes, so one run is a poor figure: the
        // default settings run several times, each into a new folder, and the median counts.
        List<Run> runs = new ArrayList<>();
        for (int k = 1; k <= options.batchRuns(); k++) {
            earlier.move(output);
            Run run = runOnce(command, output, bench, n, Map.of(), "batch",
                    options.batchRuns() == 1 ? "" : " (run " + k + " of " + options.batchRuns() + ")");
            if (run.problem() != null) {
                table.row(figure(n, ""), run.problem(), target(n), ResultTable.Verdict.FAILED);
                earlier.delete();
                return;
            }
            runs.add(run);
        }
        report(table, runs, n, "", output);
        earlier.move(output);
        // The same run as a user who bounds the memory does it: what the limit costs in time.
        Run limited = runOnce(command, output, bench, n, Map.of("IAM_REFINER_JAVA_OPTS", HEAP_LIMIT), "batch-limited", "");
        earlier.delete();
        if (limited.problem() != null) {
            table.row(figure(n, " with " + HEAP_LIMIT_SETTING), limited.problem(), target(n), ResultTable.Verdict.FAILED);
            return;
        }
        report(table, List.of(limited), n, " with " + HEAP_LIMIT_SETTING, output);
    }

    /** One timed batch: its wall time and peak RSS, its summary's counts, or what went wrong. */
    private record Run(String problem, long wallNanos, long peakRssKiB, String peakRssMethod, JsonNode policies,
                       int exitCode) {
    }

    private Run runOnce(List<String> command, Path output, Path bench, int n, Map<String, String> environment,
                        String files, String which) throws Exception {
        PeakRss peakRss = PeakRss.available(bench.resolve(files + "-peak-rss.txt"));
        String setting = environment.isEmpty() ? "" : " with " + HEAP_LIMIT_SETTING;
        progress.say("batch: running " + String.join(" ", command) + setting + which + " (takes a while)");
        Subprocess.Outcome outcome = new Subprocess(repository).run(command, environment,
                bench.resolve(files + "-stdout.txt"), bench.resolve(files + "-stderr.txt"), peakRss);
        // Exit code 1 means some items were skipped: the run is complete and the summary counts them.
        if (outcome.exitCode() != 0 && outcome.exitCode() != 1) {
            String problem = "exit code " + outcome.exitCode() + ": " + outcome.failureLine();
            Loud.say("batch: " + problem);
            return new Run(problem, 0, 0, null, null, outcome.exitCode());
        }
        JsonNode policies = new ObjectMapper().readTree(output.resolve("summary.json").toFile()).path("policies");
        int total = policies.path("total").asInt(-1);
        if (total != n) {
            Loud.say("batch: summary.json counts " + total + " policies, the account holds " + n);
            return new Run(Units.seconds(outcome.wallNanos()) + " but only " + total + " policies refined", 0, 0,
                    null, null, outcome.exitCode());
        }
        return new Run(null, outcome.wallNanos(), outcome.peakRssKiB(), peakRss.method(), policies, outcome.exitCode());
    }

    /** The median wall time of the runs against the target, their highest peak RSS, and the last run's counts. */
    private void report(ResultTable table, List<Run> runs, int n, String setting, Path output) {
        long[] walls = runs.stream().mapToLong(Run::wallNanos).toArray();
        long wall = new Percentiles(walls).median();
        double seconds = wall / 1e9;
        String measured = Units.seconds(wall);
        if (runs.size() > 1) {
            measured += " (median; runs " + runs.stream().map(run -> Units.seconds(run.wallNanos()))
                    .collect(Collectors.joining(", ")) + ")";
        }
        table.row(figure(n, setting) + (runs.size() > 1 ? ", median of " + runs.size() : ""), measured, target(n),
                ResultTable.Verdict.met(seconds <= TARGET_SECONDS * n / TARGET_REFINEMENTS));
        table.info("4 batch" + setting + ", throughput", String.format(Locale.ROOT, "%,.0f refinements/s (%.2f ms each)",
                n / seconds, seconds * 1000 / n));
        Run last = runs.get(runs.size() - 1);
        long peak = runs.stream().mapToLong(Run::peakRssKiB).max().orElseThrow();
        table.row("4 batch" + setting + ", peak RSS (" + last.peakRssMethod() + (runs.size() > 1 ? ", highest of the runs" : "")
                        + ")", Units.mebibytes(peak), "≤ 1,024 MiB", ResultTable.Verdict.met(peak <= RSS_TARGET_KIB));
        JsonNode policies = last.policies();
        table.info("4 batch" + setting + ", summary.json: total / changed / detached / unchanged / failed",
                String.join(" / ", count(policies, "total"), count(policies, "changed"), count(policies, "detached"),
                        count(policies, "unchanged"), count(policies, "failed")));
        if (runs.stream().anyMatch(run -> run.exitCode() == 1)) {
            table.note("batch" + setting + " exit code 1: some items were skipped; see "
                    + repository.relativize(output.resolve("summary.json")));
        }
    }

    private static String figure(int n, String setting) {
        return "4 batch: `iam-refiner batch`" + setting + ", " + Units.count(n) + " refinements, wall time";
    }

    /** 20 s for 10,000 refinements; a smaller run is held to the same rate. */
    private static String target(int n) {
        return n == TARGET_REFINEMENTS ? "≤ 20 s"
                : String.format(Locale.ROOT, "≤ %.1f s (20 s × %,d / 10,000)", TARGET_SECONDS * n / TARGET_REFINEMENTS, n);
    }

    private static String count(JsonNode policies, String field) {
        return policies.has(field) ? Units.count(policies.get(field).asLong()) : "?";
    }
}

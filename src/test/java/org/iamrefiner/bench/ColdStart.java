package org.iamrefiner.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Figure 1: what a user waits for one refinement from the command line, JVM start included. The
 * published example is refined by the launcher as a subprocess; one untimed run first (it may
 * build the jar and warms the file cache), then the median of the timed runs. Every run's output
 * must be the expected recommendation: a fast wrong answer is no figure.
 */
final class ColdStart {

    static final List<String> COMMAND_ARGS = List.of("refine", "--policy", "examples/blog/policy.json",
            "--unused", "examples/blog/unused.json");
    /** The published example's expected result on the bundled catalog (the blog example test uses it too). */
    static final String EXPECTED = "src/test/resources/blog-example/expected-2026.json";
    static final long TARGET_NANOS = 1_000_000_000L;

    private final Path repository;
    private final int runs;
    private final Progress progress;

    ColdStart(Path repository, int runs, Progress progress) {
        this.repository = repository;
        this.runs = runs;
        this.progress = progress;
    }

    void run(ResultTable table) throws Exception {
        String figure = "1 cold start: `iam-refiner refine` blog example, median of " + runs;
        String expected = Files.readString(repository.resolve(EXPECTED), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add("./iam-refiner");
        command.addAll(COMMAND_ARGS);
        Subprocess subprocess = new Subprocess(repository);
        Path folder = repository.resolve("target/bench/cold-start");
        long[] times = new long[runs];
        for (int run = 0; run <= runs; run++) {
            progress.say(run == 0 ? "cold start: untimed first run" : "cold start: run " + run + " of " + runs);
            Subprocess.Outcome outcome = subprocess.run(command, Map.of(), folder.resolve("stdout.json"),
                    folder.resolve("stderr.txt"));
            String problem = outcome.exitCode() != 0
                    ? "exit code " + outcome.exitCode() + ": " + outcome.failureLine()
                    : !outcome.stdoutText().equals(expected)
                    ? "its output differs from " + EXPECTED + " (see " + repository.relativize(outcome.stdout()) + ")"
                    : null;
            if (problem != null) {
                Loud.say("cold start run " + run + " of `./iam-refiner " + String.join(" ", COMMAND_ARGS) + "` failed: " + problem);
                table.row(figure, "wrong result: " + problem, "≤ 1.0 s", ResultTable.Verdict.FAILED);
                return;
            }
            if (run > 0) {
                times[run - 1] = outcome.wallNanos();
            }
        }
        long median = new Percentiles(times).median();
        table.row(figure, Units.seconds(median), "≤ 1.0 s", ResultTable.Verdict.met(median <= TARGET_NANOS));
        table.note("cold start runs (s): " + Arrays.stream(times)
                .mapToObj(t -> String.format(Locale.ROOT, "%.3f", t / 1e9)).collect(Collectors.joining(", "))
                + "; each output equals " + EXPECTED);
    }
}

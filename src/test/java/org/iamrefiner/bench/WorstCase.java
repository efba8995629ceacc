package org.iamrefiner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.refine.Refiner;

/**
 * Figure 5: the largest refinement one policy can ask for. {@code "Action": "*"} with a seeded
 * 10 % of the whole catalog unused: the rules build the cover of about 2,200 unused actions over
 * all services. Timed warm in this process; then run through the launcher as a subprocess with
 * a capped heap, to show it fits in 256 MB and to find the smallest of 64, 128 and 256 MB that does.
 */
final class WorstCase {

    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    static final double UNUSED_FRACTION = 0.10;
    static final long TARGET_NANOS = 300_000_000L;
    private static final int WARM_UPS = 2;
    private static final int TIMED = 5;
    /** Tried largest first: the target's own heap decides the verdict even if a smaller one is slow to fail. */
    private static final int[] HEAPS_MB = {256, 128, 64};

    private final Path repository;
    private final Refiner refiner;
    private final Catalog catalog;
    private final long seed;
    private final Progress progress;

    WorstCase(Path repository, Refiner refiner, Catalog catalog, long seed, Progress progress) {
        this.repository = repository;
        this.refiner = refiner;
        this.catalog = catalog;
        this.seed = seed;
        this.progress = progress;
    }

    void run(ResultTable table) throws Exception {
        UnusedSample unused = UnusedSample.drawExactly(catalog.all(), UNUSED_FRACTION, Workload.randomFor(seed, "worst case"));
        Policy policy = PolicyReader.parse("worst-case policy", POLICY);
        Finding finding = FindingForms.finding("worst-case finding", unused.actions());
        String label = "5 worst case";
        table.info("5 worst case: `\"Action\": \"*\"`, seeded 10 % of the catalog unused",
                Units.count(unused.actions().size()) + " of " + Units.count(catalog.size()) + " actions unused");

        progress.say("worst case: " + WARM_UPS + " warm-ups and " + TIMED + " timed refinements in this process");
        Refinement refinement = null;
        for (int i = 0; i < WARM_UPS; i++) {
            refinement = refiner.refine(policy, finding);
        }
        long[] times = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            refinement = refiner.refine(policy, finding);
            times[i] = System.nanoTime() - start;
        }
        long median = new Percentiles(times).median();
        table.row(label + ": warm `Refiner.refine`, median of " + TIMED + " after " + WARM_UPS,
                Units.millis(median), "≤ 300 ms", ResultTable.Verdict.met(median <= TARGET_NANOS));

        Path folder = repository.resolve("target/bench/worst-case");
        Files.createDirectories(folder);
        Path policyFile = folder.resolve("policy.json");
        Path unusedFile = folder.resolve("unused.json");
        Files.writeString(policyFile, POLICY + "\n", StandardCharsets.UTF_8);
        Files.writeString(unusedFile, FindingForms.simpleJson(unused.actions()).toPrettyString() + "\n", StandardCharsets.UTF_8);
        List<String> command = List.of("./iam-refiner", "refine", "--policy", repository.relativize(policyFile).toString(),
                "--unused", repository.relativize(unusedFile).toString());
        JsonNode inProcess = refinement.refined();
        Integer smallest = null;
        List<String> trials = new ArrayList<>();
        for (int heap : HEAPS_MB) {
            progress.say("worst case: subprocess with -Xmx" + heap + "m");
            Subprocess.Outcome outcome = new Subprocess(repository).run(command,
                    Map.of("IAM_REFINER_JAVA_OPTS", "-Xmx" + heap + "m"),
                    folder.resolve("stdout-" + heap + "m.json"), folder.resolve("stderr-" + heap + "m.txt"));
            boolean succeeded = outcome.exitCode() == 0;
            if (succeeded && !Objects.equals(new ObjectMapper().readTree(outcome.stdoutText()), inProcess)) {
                Loud.say("worst case with -Xmx" + heap + "m: the command line's output differs from the in-process result");
                table.row(label + ": subprocess with -Xmx" + heap + "m", "wrong result (differs from in-process)", "—",
                        ResultTable.Verdict.FAILED);
                return;
            }
            String result = succeeded ? "succeeds, " + Units.seconds(outcome.wallNanos())
                    : "fails (exit " + outcome.exitCode() + ", " + Units.seconds(outcome.wallNanos()) + "): " + outcome.failureLine();
            trials.add("-Xmx" + heap + "m " + result);
            if (heap == 256) {
                table.row(label + ": `iam-refiner refine` with -Xmx256m", result, "succeeds in ≤ 256 MB heap",
                        ResultTable.Verdict.met(succeeded));
            }
            if (succeeded) {
                smallest = heap;
            }
        }
        table.info(label + ": smallest of -Xmx64m/128m/256m that works", smallest == null ? "none" : "-Xmx" + smallest + "m");
        table.note("worst case subprocess runs: " + String.join("; ", trials)
                + "; every successful output equals the in-process result");
    }
}

package org.iamrefiner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.reference.ReferenceResult;
import org.iamrefiner.reference.SpecReference;
import org.iamrefiner.refine.Refiner;

/**
 * Figures 2 and 3: the time of one refinement in a warm process, over real AWS managed policies.
 * Figure 2 times exactly what a user gets per policy, {@code Refiner.refine} (rules, emitter and
 * the guarantee check); figure 3 times the plain-Java reference on the same inputs, to say what
 * the rule engine costs. Reading the policies and building the findings is left out of both.
 */
final class WarmLatency {

    static final long MEDIAN_TARGET_NANOS = 1_000_000L;
    static final double RATIO_TARGET = 3.0;
    private static final int FAILURES_LISTED = 10;
    private static final int SLOWEST_LISTED = 5;

    private final Workload workload;
    private final Refiner refiner;
    private final Catalog catalog;
    private final BenchOptions options;
    private final Progress progress;

    WarmLatency(Workload workload, Refiner refiner, Catalog catalog, BenchOptions options, Progress progress) {
        this.workload = workload;
        this.refiner = refiner;
        this.catalog = catalog;
        this.options = options;
        this.progress = progress;
    }

    void run(ResultTable table) {
        List<WorkloadCase> cases = workload.cases();
        table.info("2 workload: AWS managed policies, a generated finding each",
                workload.describe() + ", " + Units.count(workload.grantedTotal()) + " granted actions, "
                        + Units.count(workload.unusedTotal()) + " unused");
        if (!workload.unreadable().isEmpty()) {
            table.info("2 policies the reader refuses (left out)", Units.count(workload.unreadable().size()));
            listed("refused by the policy reader", workload.unreadable(), table);
        }
        String passes = options.warmUpPasses() + " warm-up + " + options.passes() + " measured passes";
        table.note("warm figures: " + passes + " over the workload; median and p99 over every successful"
                + " refinement of the measured passes; a pass's total includes failed refinements");
        PassTimer.Result rules = new PassTimer<WorkloadCase>("warm rules", progress).run(cases, c -> c.source().name(),
                c -> refiner.refine(c.policy(), c.finding()), options.warmUpPasses(), options.passes());
        table.row("2 warm `Refiner.refine` per policy, median", median(rules), "≤ 1 ms",
                rules.anySucceeded() ? ResultTable.Verdict.met(rules.latencies().median() <= MEDIAN_TARGET_NANOS)
                        : ResultTable.Verdict.FAILED);
        table.info("2 warm `Refiner.refine` per policy, p99", p99(rules));
        table.info("2 warm `Refiner.refine`, total per measured pass", Units.seconds(rules.totalPerPass()));
        table.row("2 refinements that failed (check or exception)", Units.count(rules.failures().size()),
                "0", ResultTable.Verdict.met(rules.failures().isEmpty()));
        failures("rules", rules.failures(), table);
        slowest("rules", cases, rules, table);
        if (!options.runReference()) {
            return;
        }

        List<String> catalogNames = new ArrayList<>(catalog.size());
        for (CatalogAction action : catalog.all()) {
            catalogNames.add(action.fullName());
        }
        SpecReference reference = new SpecReference(catalogNames);
        PassTimer.Result plain = new PassTimer<WorkloadCase>("warm reference", progress).run(cases, c -> c.source().name(),
                c -> reference.refine(c.source().document(), c.specs()), options.warmUpPasses(), options.passes());
        table.info("3 warm `SpecReference.refine` per policy, median", median(plain));
        table.info("3 warm `SpecReference.refine` per policy, p99", p99(plain));
        table.info("3 warm `SpecReference.refine`, total per measured pass",
                Units.seconds(plain.totalPerPass()));
        double ratio = (double) rules.totalPerPass() / plain.totalPerPass();
        table.row("3 rules / reference, ratio of total per measured pass", Units.ratio(ratio), "≤ 3×",
                ResultTable.Verdict.met(ratio <= RATIO_TARGET));
        if (rules.anySucceeded() && plain.anySucceeded()) {
            table.info("3 rules / reference, ratio of the medians",
                    Units.ratio((double) rules.latencies().median() / plain.latencies().median()));
        }
        if (!plain.failures().isEmpty()) {
            table.info("3 reference runs that failed", Units.count(plain.failures().size()));
            failures("reference", plain.failures(), table);
        }
        slowest("reference", cases, plain, table);
        agreement(cases, rules.lastResults(), plain.lastResults(), table);
    }

    /** How many policies the two recommended the same for, in the last measured pass. */
    private static void agreement(List<WorkloadCase> cases, List<Object> rules, List<Object> plain, ResultTable table) {
        int same = 0;
        List<String> different = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (rules.get(i) instanceof Refinement refinement && plain.get(i) instanceof ReferenceResult result
                    && ReferenceAgreement.agree(refinement, result)) {
                same++;
            } else if (rules.get(i) != null && plain.get(i) != null) {
                different.add(cases.get(i).source().name());
            }
        }
        table.info("3 policies where rules and reference agree", Units.count(same) + " of " + Units.count(cases.size()));
        listed("rules and reference differ", different, table);
    }

    /** The policies that took longest in the last measured pass: where a developer should look first. */
    private static void slowest(String what, List<WorkloadCase> cases, PassTimer.Result result, ResultTable table) {
        long[] times = result.lastTimes();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Long.compare(times[b], times[a]));
        List<String> shown = new ArrayList<>();
        for (int i : order.subList(0, Math.min(SLOWEST_LISTED, order.size()))) {
            shown.add(cases.get(i).source().name() + " " + Units.millis(times[i]));
        }
        if (!shown.isEmpty()) {
            table.note("slowest policies, " + what + " (last measured pass): " + String.join(", ", shown));
        }
    }

    private static String median(PassTimer.Result result) {
        return result.anySucceeded() ? Units.millis(result.latencies().median()) : "no refinement succeeded";
    }

    private static String p99(PassTimer.Result result) {
        return result.anySucceeded() ? Units.millis(result.latencies().p99()) : "no refinement succeeded";
    }

    private static void failures(String what, Map<String, String> failures, ResultTable table) {
        List<String> lines = new ArrayList<>();
        failures.forEach((policy, message) -> lines.add(policy + ": " + message));
        listed(what + " failed", lines, table);
    }

    /** Names the first few items under the table, and how many more there are. */
    private static void listed(String what, List<String> items, ResultTable table) {
        if (items.isEmpty()) {
            return;
        }
        List<String> shown = items.subList(0, Math.min(FAILURES_LISTED, items.size()));
        table.note(what + " (" + items.size() + "): " + String.join("; ", shown)
                + (items.size() > shown.size() ? "; … " + (items.size() - shown.size()) + " more" : ""));
    }
}

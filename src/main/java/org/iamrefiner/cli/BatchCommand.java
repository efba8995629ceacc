package org.iamrefiner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iamrefiner.batch.BatchInput;
import org.iamrefiner.batch.BatchJob;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.engine.RefinementSettings;
import org.iamrefiner.refine.Refiner;
import org.iamrefiner.report.BatchFailure;
import org.iamrefiner.report.BatchResult;
import org.iamrefiner.report.BatchTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code batch}: every role and user of an account refined with its finding, in one run. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Refines the policies of every role and user of an AWS account export with each principal's "
                    + "unused-permissions finding, and writes one recommendation per principal and policy, "
                    + "summary.json, report.md, report.html (side-by-side diffs) and remediation.sh (AWS CLI "
                    + "commands to review; never run by the tool).",
            "",
            "Input: --authorization-details with --findings, or --input with the plain layout "
                    + "DIR/<principal>/finding.json and DIR/<principal>/policies/*.json.",
            "",
            "A policy or finding that cannot be read, or a result the check refuses, is reported and "
                    + "skipped; the rest still runs.",
            "Exit codes: 0 all refined, 1 something was skipped (see summary.json), 2 bad usage or an "
                    + "unreadable input file or folder."
        })
final class BatchCommand implements Callable<Integer> {

    /** Failures printed on standard error; the rest are in the reports. */
    private static final int FAILURES_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--authorization-details", paramLabel = "FILE",
            description = "The JSON printed by 'aws iam get-account-authorization-details': roles, users and "
                    + "their inline and attached managed policies (documents URL-encoded or not).")
    Path authorizationDetails;

    @Option(names = "--findings", paramLabel = "PATH",
            description = "A file or folder of unused-permission findings: GetFindingV2 responses (one or a list "
                    + "per file), or 'aws accessanalyzer list-findings-v2' output joined with each finding's "
                    + "details. Matched to principals by their ARN (\"resource\").")
    Path findings;

    @Option(names = "--input", paramLabel = "DIR",
            description = "Hand-made input instead of the two above: DIR/<principal>/finding.json and "
                    + "DIR/<principal>/policies/*.json.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder to write to: new, empty, or the output of an earlier batch (replaced).")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "How many principals to refine at the same time (default: the number of processors).")
    Integer jobs;

    @Mixin
    CatalogOption catalog;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load every .drl file in DIR (organisation rules); repeatable. See rules/README.md.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--no-notaction-rewrite", negatable = false,
            description = "Refine statements granting \"*\" entry by entry (a list of service wildcards) "
                    + "instead of rewriting them as NotAction = the unused actions.")
    boolean noNotActionRewrite;

    @Option(names = {"-q", "--quiet"},
            description = "Print neither the progress bar nor the closing summary (errors are still printed).")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        checkUsage();
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        RulesLoading rules = RulesLoading.start(ruleFolders);
        Catalog actions = catalog.load();
        BatchInput principals = input != null
                ? BatchInput.plainLayout(input, output)
                : BatchInput.authorizationDetails(authorizationDetails, findings);
        Refiner refiner = new Refiner(rules.get(), actions,
                new RefinementSettings(!noNotActionRewrite));
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        BatchResult result = new BatchJob(refiner, workers, !quiet && terminal ? err : null).run(principals, output);
        List<BatchFailure> failures = result.allFailures();
        if (!quiet) {
            printSummary(result, failures, err);
        }
        err.flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void checkUsage() {
        boolean export = authorizationDetails != null || findings != null;
        if (input != null && export) {
            throw usage("--input is the plain layout; it cannot be combined with --authorization-details or --findings");
        }
        if (input == null && (authorizationDetails == null || findings == null)) {
            throw usage(export
                    ? "--authorization-details and --findings go together; give both"
                    : "give --authorization-details FILE and --findings PATH, or --input DIR");
        }
        if (jobs != null && jobs < 1) {
            throw usage("--jobs must be at least 1, found " + jobs);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private void printSummary(BatchResult result, List<BatchFailure> failures, PrintWriter err) {
        BatchTotals totals = result.totals();
        BatchResult.PrincipalCounts counts = result.principals();
        err.println("batch: " + counts.total() + " principals (" + counts.refined() + " refined, "
                + counts.withoutFinding() + " without a finding, " + counts.failed() + " failed); "
                + totals.policies() + " policies: " + totals.changed() + " changed, " + totals.detached()
                + " to detach, " + totals.unchanged() + " unchanged, " + totals.failed() + " failed; "
                + result.actionsNoLongerGranted() + " catalog actions no longer granted.");
        for (int i = 0; i < Math.min(FAILURES_SHOWN, failures.size()); i++) {
            BatchFailure failure = failures.get(i);
            String place = failure.principal() == null ? "" : failure.principal()
                    + (failure.policy() == null ? "" : " " + failure.policy()) + ": ";
            err.println("failed: " + place + failure.message());
        }
        if (failures.size() > FAILURES_SHOWN) {
            err.println("... and " + (failures.size() - FAILURES_SHOWN) + " more failures in summary.json");
        }
        err.println("wrote " + output.resolve("summary.json") + ", report.md, report.html, remediation.sh and "
                + output.resolve("recommendations") + "/");
    }
}

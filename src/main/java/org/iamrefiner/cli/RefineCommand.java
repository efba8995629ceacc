package org.iamrefiner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.RecommendedAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.policy.PolicyWriter;
import org.iamrefiner.refine.Refiner;
import org.iamrefiner.report.LineDiff;
import org.iamrefiner.report.RecommendationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code refine}: one principal's policies refined against its unused-permissions finding. */
@Command(name = "refine", sortOptions = false,
        description = {
            "Recommends a refined version of each policy that no longer grants the unused actions of "
                    + "the finding, keeping the policy's structure. Every result is checked against the "
                    + "refinement guarantees before it is written.",
            "",
            "Exit codes: 0 success, 1 internal failure or failed check, 2 bad input or usage."
        })
final class RefineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "FILE", required = true,
            description = "IAM policy JSON held by the principal; repeat for several policies.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--unused", paramLabel = "FILE", required = true,
            description = "The principal's unused-permissions finding: a list of {serviceNamespace, actions} "
                    + "or an Access Analyzer GetFindingV2 response (or a list of them).")
    Path unused;

    @Mixin
    CatalogOption catalog;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "policy",
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "'policy' needs exactly one --policy.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE (replaced atomically) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.policy && policies.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--format policy prints one policy, but "
                    + policies.size() + " were given; use --format recommendation or diff for several");
        }
        Catalog actions = catalog.load();
        Finding finding = FindingReader.read(unused);
        List<Policy> read = new ArrayList<>();
        for (Path path : policies) {
            read.add(PolicyReader.read(path));
        }
        Refiner refiner = new Refiner(RuleBase.core(), actions);
        List<Refinement> refinements = new ArrayList<>();
        for (Policy policy : read) {
            refinements.add(refiner.refine(policy, finding));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Refinement refinement : refinements) {
            for (String note : refinement.notes()) {
                err.println("warning: " + refinement.original().source() + " " + note);
            }
        }
        String text = render(refinements, finding, actions, err);
        if (text != null) {
            OutputTarget.write(text, output, spec.commandLine().getOut());
        }
        err.flush();
        return ExitCodes.OK;
    }

    private String render(List<Refinement> refinements, Finding finding, Catalog actions, PrintWriter err) {
        return switch (format) {
            case policy -> policyText(refinements.get(0), err);
            case recommendation -> PolicyWriter.write(
                    RecommendationJson.of(finding.resourceArn(), refinements, actions.version()));
            case diff -> diffText(refinements, actions);
        };
    }

    private static String policyText(Refinement refinement, PrintWriter err) {
        String source = refinement.original().source();
        if (refinement.action() == RecommendedAction.DETACH_POLICY) {
            err.println("DETACH_POLICY: " + source + " grants only unused actions; detach it from the principal.");
            return null;
        }
        if (refinement.action() == RecommendedAction.NONE) {
            err.println("no change: " + source + " grants no unused action.");
        }
        return PolicyWriter.write(refinement.refined());
    }

    private static String diffText(List<Refinement> refinements, Catalog actions) {
        StringBuilder out = new StringBuilder();
        for (Refinement refinement : refinements) {
            out.append("--- ").append(refinement.original().source()).append('\n');
            out.append("+++ ").append(RecommendationJson.policyId(refinement)).append(" (")
                    .append(refinement.action()).append(", catalog ").append(actions.version()).append(")\n");
            List<String> before = LineDiff.lines(PolicyWriter.write(refinement.original().json()));
            List<String> after = refinement.refined() == null
                    ? List.of() : LineDiff.lines(PolicyWriter.write(refinement.refined()));
            out.append(LineDiff.of(before, after));
        }
        return out.toString();
    }
}

package org.iamrefiner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.RecommendedAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RefinementSettings;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.policy.PolicyWriter;
import org.iamrefiner.refine.Refiner;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.iamrefiner.input.InputException;
import org.iamrefiner.report.ExplanationJson;
import org.iamrefiner.report.ExplanationText;
import org.iamrefiner.report.LineDiff;
import org.iamrefiner.report.TrieDot;
import org.iamrefiner.report.PolicySize;
import org.iamrefiner.report.RecommendationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code refine}: one principal's policies refined against its unused-permissions finding. */
@Command(name = "refine", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Recommends a refined version of each policy that no longer grants the unused actions of "
                    + "the finding, keeping the policy's structure. Every result is checked against the "
                    + "refinement guarantees before it is written.",
            "",
            "Exit codes: 0 success, 1 internal failure or failed check, 2 bad input or usage."
        })
final class RefineCommand implements Callable<Integer> {

    /** Reads --policy-type, naming the allowed values when the given one is wrong. */
    static final class PolicyTypeConverter implements picocli.CommandLine.ITypeConverter<PolicySize.PolicyType> {
        @Override
        public PolicySize.PolicyType convert(String value) {
            try {
                return PolicySize.PolicyType.fromCli(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

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
                    + "'policy' needs exactly one --policy; 'dot' draws the word trie of each refined entry "
                    + "for Graphviz (dot -Tsvg).")
    OutputFormat format;

    @Option(names = "--policy-type", paramLabel = "TYPE", defaultValue = "managed",
            converter = PolicyTypeConverter.class,
            description = "How IAM limits the policies' size: managed (6,144 characters each), inline-role "
                    + "(10,240 together), inline-user (2,048 together), inline-group (5,120 together). "
                    + "Default: ${DEFAULT-VALUE}.")
    PolicySize.PolicyType policyType;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load every .drl file in DIR (organisation rules); repeatable. See rules/README.md.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--no-notaction-rewrite", negatable = false,
            description = "Refine statements granting \"*\" entry by entry (a list of service wildcards) "
                    + "instead of rewriting them as NotAction = the unused actions.")
    boolean noNotActionRewrite;

    @Option(names = "--explain", paramLabel = "FILE", arity = "0..1", fallbackValue = "-",
            description = "Explain every decision — what happened to each entry, each written pattern with "
                    + "its trie node, why it is safe and why its parent is not, and the rules that decided — "
                    + "on standard error, or in FILE when given (--explain=FILE). Standard output still "
                    + "carries the result.")
    String explain;

    @Option(names = "--explain-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the explanation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ExplainFormat explainFormat;

    /** How --explain writes. */
    enum ExplainFormat { text, json }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE (replaced atomically) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.policy && policies.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--format policy prints one policy, but "
                    + policies.size() + " were given; use --format recommendation or diff for several");
        }
        RulesLoading rules = RulesLoading.start(ruleFolders);
        Catalog actions = catalog.load();
        Finding finding = FindingReader.read(unused);
        List<Policy> read = new ArrayList<>();
        for (Path path : policies) {
            read.add(PolicyReader.read(path));
        }
        Refiner refiner = new Refiner(rules.get(), actions,
                new RefinementSettings(!noNotActionRewrite));
        List<Refinement> refinements = new ArrayList<>();
        for (Policy policy : read) {
            refinements.add(refiner.refine(policy, finding, explain != null || format == OutputFormat.dot));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Refinement refinement : refinements) {
            for (String note : refinement.notes()) {
                err.println("warning: " + refinement.original().source() + " " + note);
            }
        }
        PolicySize.SizeReport size = sizeOf(refinements);
        size.warnings().forEach(warning -> err.println("warning: " + warning));
        if (explain != null) {
            writeExplanation(refinements, actions, err);
        }
        String text = render(refinements, finding, actions, size, err);
        if (text != null) {
            OutputTarget.write(text, output, spec.commandLine().getOut());
        }
        err.flush();
        return ExitCodes.OK;
    }

    private PolicySize.SizeReport sizeOf(List<Refinement> refinements) {
        List<PolicySize.Entry> entries = new ArrayList<>();
        for (Refinement refinement : refinements) {
            entries.add(PolicySize.Entry.of(RecommendationJson.policyId(refinement),
                    refinement.original().json(), refinement.refined()));
        }
        return PolicySize.report(policyType, entries);
    }

    private String render(List<Refinement> refinements, Finding finding, Catalog actions,
                          PolicySize.SizeReport size, PrintWriter err) {
        return switch (format) {
            case policy -> policyText(refinements.get(0), err);
            case recommendation -> PolicyWriter.write(
                    RecommendationJson.of(finding.resourceArn(), refinements, actions.version(), size));
            case diff -> diffText(refinements, actions);
            case dot -> dotText(refinements, actions);
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

    private void writeExplanation(List<Refinement> refinements, Catalog actions, PrintWriter err) throws InputException {
        StringBuilder text = new StringBuilder();
        if (explainFormat == ExplainFormat.json) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            refinements.forEach(refinement -> list.add(ExplanationJson.render(refinement, actions)));
            text.append(PolicyWriter.write(refinements.size() == 1 ? list.get(0) : list));
        } else {
            refinements.forEach(refinement -> text.append(ExplanationText.render(refinement, actions)));
        }
        if ("-".equals(explain)) {
            err.print(text);
            err.flush();
        } else {
            OutputTarget.write(text.toString(), Path.of(explain), err);
        }
    }

    private static String dotText(List<Refinement> refinements, Catalog actions) {
        StringBuilder out = new StringBuilder();
        for (Refinement refinement : refinements) {
            out.append(TrieDot.render(refinement, actions));
        }
        return out.toString();
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

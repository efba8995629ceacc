package org.iamrefiner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.explore.ActionPatterns;
import org.iamrefiner.explore.ExpansionReport;
import org.iamrefiner.explore.OutputStyle;
import org.iamrefiner.policy.PolicyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code expand}: the catalog actions behind patterns or behind a policy's statements. */
@Command(name = "expand", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Lists the catalog actions behind action patterns or a policy's statements.",
            "",
            "Lists the catalog actions each pattern matches, or each statement of a policy grants (Allow) or "
                    + "denies (Deny), in their canonical spelling, one a line. A NotAction statement is resolved: "
                    + "every catalog action except those its entries match. A pattern or entry that matches "
                    + "nothing is reported (\"ec2:RunInstancez: not in the catalog\"), with close catalog names.",
            "",
            "In text, lines starting with # say what follows; the other lines are action names.",
            "",
            "Exit codes: 0 success (also when something is not in the catalog), 2 bad input or usage."
        })
final class ExpandCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATTERN", arity = "0..*",
            description = "Action patterns such as s3:Get* or ec2:RunInstances (quote them from the shell).")
    List<String> patterns = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "Expand each statement of this policy instead.")
    Path policy;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputStyle format;

    @Mixin
    CatalogOption catalog;

    @Override
    public Integer call() throws Exception {
        if (policy == null && patterns.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give action patterns or --policy FILE");
        }
        if (policy != null && !patterns.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "give either action patterns or --policy FILE, not both");
        }
        for (int i = 0; i < patterns.size(); i++) {
            ActionPatterns.checkArgument(patterns.get(i), "argument " + (i + 1));
        }
        Catalog actions = catalog.load();
        ExpansionReport report = policy == null
                ? ExpansionReport.ofPatterns(patterns, actions)
                : ExpansionReport.ofPolicy(PolicyReader.read(policy), actions);
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(problem -> err.println("warning: " + problem));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputStyle.json ? report.jsonText() : report.text());
        out.flush();
        return ExitCodes.OK;
    }
}

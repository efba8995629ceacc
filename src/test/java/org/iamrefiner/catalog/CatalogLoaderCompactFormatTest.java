package org.iamrefiner.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderCompactFormatTest {

    @TempDir
    Path dir;

    private final Catalog sample = new Catalog("sample 1.0", "a test", Map.of("s3", "Amazon S3", "odd-one", "odd-one"),
            List.of(
                    new CatalogAction("s3", "GetObject", "Read", List.of("accesspointobject", "object")),
                    new CatalogAction("s3", "PutBucketTagging", "Tagging", List.of("bucket")),
                    new CatalogAction("s3", "ListAllMyBuckets", "List", List.of()),
                    new CatalogAction("elb", "DescribeTags", "", List.of("loadbalancer/app/", "TCP Service")),
                    new CatalogAction("odd-one", "Do-Thing", "", List.of())));

    @Test
    void readsBackWhatItWrites() throws Exception {
        Path file = dir.resolve("catalog.tsv");
        CatalogImporter.writeCompact(sample, file, "2026-01-02");

        Catalog loaded = CatalogLoader.load(file);

        assertThat(loaded.version()).isEqualTo("sample 1.0");
        assertThat(loaded.source()).isEqualTo(file.toString());
        assertThat(loaded.all()).isEqualTo(sample.all());
        assertThat(loaded.services()).isEqualTo(sample.services());
        assertThat(loaded.serviceName("s3")).isEqualTo("Amazon S3");
        assertThat(loaded.serviceName("odd-one")).isEqualTo("odd-one");
        assertThat(Files.readAllLines(file)).contains("# date: 2026-01-02", "# source: a test", "# actions: 5");
    }

    @Test
    void writesOneLinePerActionUnderItsService() throws Exception {
        Path file = dir.resolve("catalog.tsv");
        CatalogImporter.writeCompact(sample, file, "2026-01-02");

        List<String> body = Files.readAllLines(file).stream().filter(line -> !line.startsWith("#")).toList();

        assertThat(body).containsExactly(
                "elb",
                "\tDescribeTags\t\tloadbalancer/app/,TCP Service",
                "odd-one",
                "\tDo-Thing",
                "s3\tAmazon S3",
                "\tGetObject\tRead\taccesspointobject,object",
                "\tListAllMyBuckets\tList",
                "\tPutBucketTagging\tTagging\tbucket");
    }

    @Test
    void reportsATruncatedFile() throws Exception {
        Path file = dir.resolve("catalog.tsv");
        CatalogImporter.writeCompact(sample, file, "2026-01-02");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(lines.size() - 1);
        Files.write(file, lines);

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogLoader.load(file));

        assertThat(error.problem()).contains("5 actions").contains("holds 4");
    }

    @Test
    void namesTheLineOfAnActionWithoutService() throws Exception {
        Path file = Files.writeString(dir.resolve("c.tsv"), CompactCatalogFormat.MAGIC + "\n# version: x\n\tGetObject\tRead\n");

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogLoader.load(file));

        assertThat(error.location()).isEqualTo("line 3");
    }

    @Test
    void namesLineAndColumnOfABadActionName() throws Exception {
        Path file = Files.writeString(dir.resolve("c.tsv"), CompactCatalogFormat.MAGIC + "\ns3\n\tGet*\tRead\n");

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogLoader.load(file));

        assertThat(error.location()).isEqualTo("line 3, column 5");
    }

    @Test
    void refusesAnotherFormatRevision() throws Exception {
        Path file = Files.writeString(dir.resolve("c.tsv"), "# iam-refiner-catalog compact 2\ns3\n\tGetObject\n");

        InputException error = catchThrowableOfType(InputException.class, () -> CatalogLoader.load(file));

        assertThat(error.location()).isEqualTo("line 1");
        assertThat(error.problem()).contains("unsupported");
    }

    @Test
    void refusesToWriteAResourceTypeTheLayoutCannotHold() {
        Catalog withComma = new Catalog("v", "s", Map.of(),
                List.of(new CatalogAction("s3", "GetObject", "Read", List.of("a,b"))));

        assertThatThrownBy(() -> CatalogImporter.writeCompact(withComma, dir.resolve("c.tsv"), "2026-01-02"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a,b");
    }
}

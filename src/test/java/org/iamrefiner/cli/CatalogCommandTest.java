package org.iamrefiner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog info}, {@code catalog import} and {@code catalog diff} as a user runs them. */
class CatalogCommandTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/blog-example");
    private static final String CATALOG_2024 = EXAMPLE.resolve("catalog-2024-08-31-s3-lambda.txt").toString();

    @TempDir
    Path temp;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** A small Service Authorization Reference folder: one JSON file per service, and AWS's index beside them. */
    private Path referenceFolder(String name, String... s3Actions) throws Exception {
        StringBuilder actions = new StringBuilder();
        for (String action : s3Actions) {
            if (actions.length() > 0) {
                actions.append(',');
            }
            actions.append("{\"Name\":\"").append(action).append("\",\"Annotations\":{\"Properties\":"
                    + "{\"IsList\":false,\"IsPermissionManagement\":false,\"IsTaggingOnly\":false,\"IsWrite\":false}},"
                    + "\"Resources\":[{\"Name\":\"bucket\"}]}");
        }
        write(name + "/s3.json", "{\"Name\":\"s3\",\"Actions\":[" + actions + "]}");
        write(name + "/sqs.json", "{\"Name\":\"sqs\",\"Actions\":[{\"Name\":\"SendMessage\","
                + "\"Annotations\":{\"Properties\":{\"IsWrite\":true}}}]}");
        write(name + "/index.json", "[{\"service\":\"s3\",\"url\":\"https://example.invalid/s3.json\"}]");
        return temp.resolve(name);
    }

    @Test
    void importWritesACatalogThatInfoAndOtherCommandsRead() throws Exception {
        Path folder = referenceFolder("sar-2025", "GetObject", "GetBucketAcl", "ListBucket");
        Path out = temp.resolve("catalogs/sar-2025.tsv");

        CommandLineRun imported = run("catalog", "import", "--from", folder.toString(), "--out", out.toString());

        assertThat(imported.code()).isZero();
        assertThat(imported.out()).isEmpty();
        assertThat(imported.err()).contains("wrote " + out + ": 2 services, 4 actions (AWS Service Authorization Reference (sar-2025))");
        assertThat(Files.readString(out)).startsWith("# iam-refiner-catalog compact 1\n");

        CommandLineRun info = run("catalog", "info", "--catalog", out.toString());
        assertThat(info.code()).isZero();
        assertThat(info.out()).contains("version:  AWS Service Authorization Reference (sar-2025)\n")
                .contains("services: 2\n").contains("actions:  4\n");

        CommandLineRun expand = run("expand", "s3:Get*", "--catalog", out.toString());
        assertThat(expand.out()).contains("s3:GetBucketAcl\ns3:GetObject\n");
    }

    @Test
    void importOfAFolderWithoutCatalogDataIsBadInput() throws Exception {
        write("empty/readme.txt", "nothing here");

        CommandLineRun run = run("catalog", "import", "--from", temp.resolve("empty").toString(),
                "--out", temp.resolve("out.tsv").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("empty").contains("no usable catalog data");
        assertThat(temp.resolve("out.tsv")).doesNotExist();
    }

    @Test
    void diffOfTwoImportedCatalogs() throws Exception {
        Path oldCatalog = temp.resolve("old.tsv");
        Path newCatalog = temp.resolve("new.tsv");
        assertThat(run("catalog", "import", "--from", referenceFolder("sar-old", "GetObject", "GetBucketAcl",
                "GetLegacyThing").toString(), "--out", oldCatalog.toString()).code()).isZero();
        assertThat(run("catalog", "import", "--from", referenceFolder("sar-new", "GetObject", "GetBucketAcl",
                "GetBucketAbac", "GetBucketMetadataTableConfiguration").toString(), "--out", newCatalog.toString()).code())
                .isZero();

        CommandLineRun run = run("catalog", "diff", oldCatalog.toString(), newCatalog.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("added 2 actions, removed 1; services: 0 new, 0 gone\n").endsWith("""
                
                s3: +2 -1
                + s3:GetBucketAbac
                + s3:GetBucketMetadataTableConfiguration
                - s3:GetLegacyThing
                """);
    }

    @Test
    void diffOfTwoActionLists() throws Exception {
        Path oldCatalog = write("old.txt", "# version: lists 1\ns3:GetObject\ns3:GetBucketCORS\nlambda:InvokeFunction\n");
        Path newCatalog = write("new.txt", "# version: lists 2\ns3:GetObject\ns3:GetBucketCors\ns3:PutObject\n"
                + "ec2:RunInstances\nec2:StopInstances\n");

        CommandLineRun text = run("catalog", "diff", oldCatalog.toString(), newCatalog.toString());
        CommandLineRun summary = run("catalog", "diff", oldCatalog.toString(), newCatalog.toString(), "--summary");
        CommandLineRun json = run("catalog", "diff", oldCatalog.toString(), newCatalog.toString(), "--format", "json");

        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("# old: lists 1 (" + oldCatalog + "; 2 services, 3 actions)\n"
                        + "# new: lists 2 (" + newCatalog + "; 2 services, 5 actions)\n"
                        + "added 3 actions, removed 1, respelt 1; services: 1 new, 1 gone\n")
                .contains("\nec2: +2 -0 (new service)\n+ ec2:RunInstances\n+ ec2:StopInstances\n")
                .contains("\nlambda: +0 -1 (service gone)\n- lambda:InvokeFunction\n")
                .contains("\ns3: +1 -0 ~1\n+ s3:PutObject\n~ s3:GetBucketCORS -> s3:GetBucketCors\n");
        assertThat(summary.out()).endsWith("ec2: +2 -0 (new service)\nlambda: +0 -1 (service gone)\ns3: +1 -0 ~1\n");
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertThat(tree.get("added").asInt()).isEqualTo(3);
        assertThat(tree.get("services")).hasSize(3);
    }

    @Test
    void diffAgainstTheBundledCatalog() {
        CommandLineRun run = run("catalog", "diff", CATALOG_2024, "bundled");
        CommandLineRun same = run("catalog", "diff", "bundled", "bundled");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("(bundled; ").contains("+ s3:GetBucketAbac\n")
                .contains("+ s3:GetBucketMetadataTableConfiguration\n");
        assertThat(same.out()).endsWith("no change: both catalogs hold the same actions\n");
    }

    @Test
    void diffOfAMissingCatalogIsBadInput() {
        CommandLineRun missing = run("catalog", "diff", "nowhere.tsv", "bundled");
        CommandLineRun oneOnly = run("catalog", "diff", "bundled");

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.tsv").contains("no such file");
        assertThat(oneOnly.code()).isEqualTo(2);
        assertThat(oneOnly.err()).contains("NEW");
    }

    @Test
    void catalogWithoutSubcommandNamesThem() {
        CommandLineRun run = run("catalog");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("info, diff or import");
    }
}

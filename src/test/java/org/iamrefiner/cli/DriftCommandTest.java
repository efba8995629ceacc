package org.iamrefiner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift} as a user runs it: small catalogs written here, and the published policy from 2024 to now. */
class DriftCommandTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/blog-example");
    private static final String POLICY = EXAMPLE.resolve("policy.json").toString();
    private static final String CATALOG_2024 = EXAMPLE.resolve("catalog-2024-08-31-s3-lambda.txt").toString();

    @TempDir
    Path temp;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text);
    }

    private Path smallCatalogs() throws Exception {
        write("old.txt", "# version: small 1\ns3:GetObject\ns3:GetBucketAcl\ns3:ListBucket\n");
        write("new.txt", "# version: small 2\ns3:GetObject\ns3:GetBucketAcl\ns3:ListBucket\ns3:GetBucketAbac\n"
                + "s3:ListBucketVersions\ns3:PutObject\n");
        return write("policy.json", "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:ListBucket*\"],\"Resource\":\"*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
    }

    @Test
    void widenedWildcardsOnTwoSmallCatalogs() throws Exception {
        Path policy = smallCatalogs();

        CommandLineRun run = run("drift", "--policy", policy.toString(), "--since", temp.resolve("old.txt").toString(),
                "--catalog", temp.resolve("new.txt").toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("# old catalog: small 1 (").contains("# new catalog: small 2 (")
                .contains("\nDRIFT: under the new catalog the policy grants 2 actions it did not grant under the old one "
                        + "(1 Allow statement widened).\n")
                .endsWith("""
                        
                        /Statement/0 (Sid "Read"): Allow, +2 granted
                          s3:Get*: +1
                            + s3:GetBucketAbac
                          s3:ListBucket*: +1
                            + s3:ListBucketVersions
                        """);
    }

    @Test
    void sameCatalogIsNoDriftAndStillExitZero() throws Exception {
        Path policy = smallCatalogs();
        String catalog = temp.resolve("new.txt").toString();

        CommandLineRun run = run("drift", "--policy", policy.toString(), "--since", catalog, "--catalog", catalog);

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\nNO DRIFT: ");
    }

    @Test
    void publishedPolicyFrom2024ToTheBundledCatalogWidensGetStar() {
        CommandLineRun run = run("drift", "--policy", POLICY, "--since", CATALOG_2024);

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\nDRIFT: ");
        List<String> getStar = block(run.out(), "  s3:Get*: +");
        assertThat(getStar).contains("    + s3:GetBucketAbac", "    + s3:GetBucketMetadataTableConfiguration");
        assertThat(block(run.out(), "  s3:List*: +")).doesNotContain("    + s3:GetBucketAbac");
    }

    @Test
    void jsonFormat() throws Exception {
        CommandLineRun run = run("drift", "--policy", POLICY, "--since", CATALOG_2024, "--format", "json");

        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("drift").asBoolean()).isTrue();
        JsonNode s3 = json.get("statements").get(0);
        assertThat(s3.get("statement").asText()).isEqualTo("/Statement/1");
        assertThat(s3.get("entries").get(0).get("entry").asText()).isEqualTo("s3:Get*");
        assertThat(s3.get("entries").get(0).get("added").toString())
                .contains("\"s3:GetBucketAbac\"", "\"s3:GetBucketMetadataTableConfiguration\"");
    }

    @Test
    void bundledMayBeTheOldCatalog() {
        CommandLineRun run = run("drift", "--policy", POLICY, "--since", "bundled", "--catalog", CATALOG_2024);

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("NO DRIFT: ").contains("no longer in the new catalog");
    }

    @Test
    void missingCatalogAndMissingOptionAreBadInput() {
        CommandLineRun missingCatalog = run("drift", "--policy", POLICY, "--since", "nowhere.txt");
        CommandLineRun missingOption = run("drift", "--policy", POLICY);

        assertThat(missingCatalog.code()).isEqualTo(2);
        assertThat(missingCatalog.err()).contains("nowhere.txt");
        assertThat(missingOption.code()).isEqualTo(2);
        assertThat(missingOption.err()).contains("--since");
    }

    /** The lines under an entry's header, up to the next entry or statement. */
    private static List<String> block(String text, String headerStart) {
        List<String> lines = text.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(headerStart)) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("a line starting with %s", headerStart).isPositive();
        int end = start;
        while (end < lines.size() && lines.get(end).startsWith("    ")) {
            end++;
        }
        return lines.subList(start, end);
    }
}

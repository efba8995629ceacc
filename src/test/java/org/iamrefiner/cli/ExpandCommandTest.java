package org.iamrefiner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code expand} as a user runs it. */
class ExpandCommandTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/blog-example");
    private static final String CATALOG_2024 = EXAMPLE.resolve("catalog-2024-08-31-s3-lambda.txt").toString();

    @TempDir
    Path temp;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    @Test
    void patternsListTheirActionsOneALine() {
        CommandLineRun run = run("expand", "lambda:Invoke*", "S3:getobjectacl", "--catalog", CATALOG_2024);

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("""
                # catalog: catalog-2024-08-31-s3-lambda.txt
                # lambda:Invoke*: 3 actions
                lambda:InvokeAsync
                lambda:InvokeFunction
                lambda:InvokeFunctionUrl
                # S3:getobjectacl: 1 action
                s3:GetObjectAcl
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownActionsAndServicesAreReported() {
        CommandLineRun run = run("expand", "ec2:RunInstancez", "ec3:Run*", "ec2:RunInstances");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("# ec2:RunInstancez: not in the catalog (did you mean ec2:RunInstances?)\n")
                .contains("# ec3:Run*: service ec3 is not in the catalog")
                .contains("\nec2:RunInstances\n");
        assertThat(run.err()).contains("warning: ec2:RunInstancez: not in the catalog")
                .contains("warning: ec3:Run*: service ec3 is not in the catalog");
    }

    @Test
    void policyStatementsExpandToWhatTheyGrant() {
        CommandLineRun run = run("expand", "--policy", EXAMPLE.resolve("policy.json").toString(), "--catalog", CATALOG_2024);

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("# /Statement/0: Allow, 9 Action entries: grants 11 actions\n")
                .contains("#   lambda:Invoke*: 3 actions\n")
                .contains("# /Statement/1: Allow, 2 Action entries: grants 73 actions\n#   s3:Get*: 58 actions\n"
                        + "#   s3:List*: 15 actions\n");
        long names = run.out().lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).count();
        assertThat(names).isEqualTo(11 + 73);
    }

    @Test
    void jsonFormat() throws Exception {
        Path policy = Files.writeString(temp.resolve("policy.json"), "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"lambda:Invoke*\",\"Resource\":\"*\"}]}");

        CommandLineRun run = run("expand", "--policy", policy.toString(), "--format", "json", "--catalog", CATALOG_2024);

        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("catalogVersion").asText()).isEqualTo("catalog-2024-08-31-s3-lambda.txt");
        JsonNode notS3 = json.get("statements").get(0);
        assertThat(notS3.get("field").asText()).isEqualTo("NotAction");
        assertThat(notS3.get("actions")).allSatisfy(name -> assertThat(name.asText()).startsWith("lambda:"));
        JsonNode deny = json.get("statements").get(1);
        assertThat(deny.get("effect").asText()).isEqualTo("Deny");
        assertThat(deny.get("count").asInt()).isEqualTo(3);
    }

    @Test
    void patternsOrPolicyButNotBothNorNeither() {
        CommandLineRun neither = run("expand");
        CommandLineRun both = run("expand", "s3:Get*", "--policy", EXAMPLE.resolve("policy.json").toString());

        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("give action patterns or --policy FILE");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
    }

    @Test
    void patternWithoutServiceIsBadInput() {
        CommandLineRun run = run("expand", "s3:Get*", "RunInstances");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("argument 2").contains("no service prefix");
    }

    @Test
    void brokenPolicyIsBadInput() throws Exception {
        Path policy = Files.writeString(temp.resolve("broken.json"), "{\"Statement\":[{\"Action\":\"s3:GetObject\"}]}");

        CommandLineRun run = run("expand", "--policy", policy.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("broken.json").contains("/Statement/0");
    }
}

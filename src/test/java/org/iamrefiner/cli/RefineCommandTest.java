package org.iamrefiner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refine command as a user runs it: output, formats, exit codes and error messages. */
class RefineCommandTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/blog-example");
    private static final String CATALOG_2024 = EXAMPLE.resolve("catalog-2024-08-31-s3-lambda.txt").toString();

    @TempDir
    Path temp;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsThePublishedRecommendationAsAPolicy() throws Exception {
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(EXAMPLE.resolve("expected-2024.json")));
    }

    @Test
    void recommendationFormatCarriesTheStepThePolicyAndTheCatalogVersion() throws Exception {
        String finding = "{\"resource\":\"arn:aws:iam::123456789012:role/MyRole\",\"findingType\":\"UnusedPermission\","
                + "\"findingDetails\":[{\"unusedPermissionDetails\":{\"serviceNamespace\":\"s3\","
                + "\"actions\":[{\"action\":\"GetBucketAcl\"}]}}]}";
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", write("finding.json", finding).toString(), "--catalog", CATALOG_2024,
                "--format", "recommendation");
        assertThat(run.code()).isZero();
        JsonNode recommendation = new ObjectMapper().readTree(run.out());
        assertThat(recommendation.get("recommendationType").asText()).isEqualTo("UnusedPermissionRecommendation");
        assertThat(recommendation.get("resourceArn").asText()).isEqualTo("arn:aws:iam::123456789012:role/MyRole");
        assertThat(recommendation.get("catalogVersion").asText()).isEqualTo("catalog-2024-08-31-s3-lambda.txt");
        JsonNode step = recommendation.get("recommendedSteps").get(0).get("unusedPermissionsRecommendedStep");
        assertThat(step.get("recommendedAction").asText()).isEqualTo("CREATE_POLICY");
        assertThat(step.get("existingPolicyId").asText()).isEqualTo("policy.json");
        JsonNode policy = new ObjectMapper().readTree(step.get("recommendedPolicy").asText());
        assertThat(policy.get("Statement").get(1).get("Action").toString())
                .contains("\"s3:GetBucketCORS\"", "\"s3:GetObject*\"")
                .doesNotContain("s3:GetBucketAcl", "\"s3:Get*\"");
    }

    @Test
    void diffFormatMarksRemovedAndAddedLines() {
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024, "--format", "diff");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("-         \"lambda:AddPermission\",")
                .contains("-         \"s3:Get*\",")
                .contains("+         \"s3:GetAccess*\",")
                .contains("          \"s3:List*\"");
    }

    @Test
    void detachedPolicyPrintsNothingAndSaysSo() throws Exception {
        Path policy = write("only-unused.json",
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}");
        Path finding = write("finding.json", "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObject\"]}]");
        CommandLineRun run = run("refine", "--policy", policy.toString(), "--unused", finding.toString(), "--catalog", CATALOG_2024);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("DETACH_POLICY").contains("only-unused.json");
    }

    @Test
    void malformedPolicyNamesFileAndLineAndWritesNothing() throws Exception {
        Path policy = write("broken.json", "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\",, }\n  ]\n}\n");
        Path output = temp.resolve("out.json");
        CommandLineRun run = run("refine", "--policy", policy.toString(), "--unused", EXAMPLE.resolve("unused.json").toString(),
                "--catalog", CATALOG_2024, "--output", output.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.json").contains("line 3").doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    @Test
    void statementWithoutEffectNamesTheJsonPointer() throws Exception {
        Path policy = write("no-effect.json", "{\"Statement\":[{\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
        CommandLineRun run = run("refine", "--policy", policy.toString(), "--unused", EXAMPLE.resolve("unused.json").toString(),
                "--catalog", CATALOG_2024);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no-effect.json").contains("/Statement/0");
    }

    @Test
    void findingOfNeitherShapeIsBadInput() throws Exception {
        Path finding = write("finding.json", "{\"something\": 1}");
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(), "--unused", finding.toString(),
                "--catalog", CATALOG_2024);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("finding.json");
    }

    @Test
    void missingFileAndMissingOptionAreUsageErrors() {
        CommandLineRun missingFile = run("refine", "--policy", "does-not-exist.json", "--unused",
                EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024);
        assertThat(missingFile.code()).isEqualTo(2);
        assertThat(missingFile.err()).contains("does-not-exist.json");
        CommandLineRun missingOption = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString());
        assertThat(missingOption.code()).isEqualTo(2);
        assertThat(missingOption.err()).contains("--unused");
    }

    @Test
    void outputFileReceivesThePolicy() throws Exception {
        Path output = temp.resolve("nested/refined.json");
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024,
                "--output", output.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(output)).isEqualTo(Files.readString(EXAMPLE.resolve("expected-2024.json")));
    }

    @Test
    void policyFormatRefusesSeveralPolicies() {
        String policy = EXAMPLE.resolve("policy.json").toString();
        CommandLineRun run = run("refine", "--policy", policy, "--policy", policy, "--unused",
                EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format recommendation");
    }

    @Test
    void starPolicyIsRewrittenAsNotActionUnlessSwitchedOff() throws Exception {
        Path policy = write("admin.json",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
        Path finding = write("finding.json", "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\"]}]");
        CommandLineRun rewritten = run("refine", "--policy", policy.toString(), "--unused", finding.toString(), "--catalog", CATALOG_2024);
        assertThat(rewritten.code()).isZero();
        assertThat(new ObjectMapper().readTree(rewritten.out()).get("Statement").get(0).get("NotAction").asText())
                .isEqualTo("s3:GetBucketAcl");
        assertThat(rewritten.err()).contains("rewritten as NotAction");

        CommandLineRun listed = run("refine", "--policy", policy.toString(), "--unused", finding.toString(), "--catalog", CATALOG_2024,
                "--no-notaction-rewrite");
        assertThat(listed.code()).isZero();
        JsonNode action = new ObjectMapper().readTree(listed.out()).get("Statement").get(0).get("Action");
        assertThat(action.toString()).contains("\"lambda:*\"").contains("\"s3:GetObject*\"").doesNotContain("GetBucketAcl");
    }

    @Test
    void recommendationReportsThePolicySizeAgainstTheChosenLimit() throws Exception {
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024,
                "--format", "recommendation", "--policy-type", "inline-user");
        assertThat(run.code()).isZero();
        JsonNode size = new ObjectMapper().readTree(run.out()).get("policySize");
        assertThat(size.get("policyType").asText()).isEqualTo("inline-user");
        assertThat(size.get("limit").asInt()).isEqualTo(2048);
        JsonNode policy = size.get("policies").get(0);
        assertThat(policy.get("refinedCharacters").asInt()).isLessThan(policy.get("originalCharacters").asInt())
                .isEqualTo(org.iamrefiner.report.PolicySize.characters(
                        new ObjectMapper().readTree(Files.readString(EXAMPLE.resolve("expected-2024.json")))));
    }

    @Test
    void unknownPolicyTypeNamesTheAllowedValues() {
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--policy-type", "inline");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("inline-role").contains("managed");
    }

    @Test
    void explainGoesToStandardErrorWithTheRulesWhileTheResultStaysOnStandardOutput() throws Exception {
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024, "--explain");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(EXAMPLE.resolve("expected-2024.json")));
        assertThat(run.err()).contains("s3:GetAccess*")
                .contains("rule \"selected node matching several actions is written as a wildcard\"")
                .contains("rule \"unused literal entry is dropped\"");
    }

    @Test
    void explainAsJsonToAFileNamesTheOrganisationRuleThatChangedADecision() throws Exception {
        Path explanation = temp.resolve("why.json");
        CommandLineRun run = run("refine", "--policy", "examples/organisation/policy.json",
                "--unused", "examples/organisation/finding.json", "--rules", "examples/rules",
                "--explain=" + explanation, "--explain-format", "json");
        assertThat(run.code()).isZero();
        String json = Files.readString(explanation);
        new ObjectMapper().readTree(json);
        assertThat(json).contains("no generated wildcard shorter than two words")
                .contains("never remove iam:PassRole");
    }

    @Test
    void dotFormatDrawsOneDigraphPerRefinedEntry() {
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024, "--format", "dot");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("digraph").contains("s3:GetAccess").contains("s3:GetBucketAcl");
        assertThat(run.out().split("digraph ", -1)).hasSize(2);
    }

    @Test
    void ruleFolderThatDoesNotCompileIsBadInput() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(folder.resolve("bad.drl"), "package x;\nrule \"r\"\n ruleflow-group \"exempt\"\nwhen\n  Foo(\nthen\nend\n");
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024,
                "--rules", folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bad.drl").contains("line ").doesNotContain("Exception");
    }

    @Test
    void runningOutOfMemoryIsOneMessageWithTheHeapToAskForNotAStackTrace() throws Exception {
        // An organisation rule stands in for a policy too large for the heap.
        Path folder = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(folder.resolve("exhaust.drl"), """
                package test.rules;
                import org.iamrefiner.engine.facts.*;
                // Fails like a session that outgrows the heap.
                rule "every policy exhausts the heap"
                    ruleflow-group "decide"
                when
                    PolicyEntry()
                then
                    throw new OutOfMemoryError("Java heap space");
                end
                """);
        CommandLineRun run = run("refine", "--policy", EXAMPLE.resolve("policy.json").toString(),
                "--unused", EXAMPLE.resolve("unused.json").toString(), "--catalog", CATALOG_2024,
                "--rules", folder.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ran out of memory while running iam-refiner refine (Java heap limit ")
                .contains("IAM_REFINER_JAVA_OPTS=-Xmx").doesNotContain("\tat ").doesNotContain("Exception");
    }
}

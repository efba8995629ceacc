package org.iamrefiner.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.check.GuaranteeCheck;
import org.iamrefiner.check.Violation;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated account of hundreds of roles and users (inline and managed policies, shared managed
 * policies, NotAction, Deny) with three corrupted items, refined in one batch run.
 */
class BatchAccountTest {

    private static final int PRINCIPALS = 240;

    @TempDir
    static Path temp;

    private static GeneratedAccount account;
    private static Catalog catalog;
    private static BatchRuns.Run run;
    private static Path output;
    private static JsonNode summary;

    @BeforeAll
    static void runBatchOverAGeneratedAccount() throws Exception {
        Path input = temp.resolve("account");
        account = GeneratedAccount.write(input, PRINCIPALS, GeneratedAccount.Corruptions.ALL, 7);
        Path catalogFile = BatchRuns.smallCatalog(temp);
        catalog = CatalogLoader.load(catalogFile);
        output = temp.resolve("out");
        run = BatchRuns.run("batch", "--authorization-details", input.resolve(GeneratedAccount.EXPORT).toString(),
                "--findings", input.resolve(GeneratedAccount.FINDINGS).toString(), "--output", output.toString(),
                "--catalog", catalogFile.toString(), "--jobs", "2");
        summary = BatchRuns.readJson(output.resolve("summary.json"));
    }

    @Test
    void exitsWithOneBecauseOfTheCorruptedItemsAndSaysSo() {
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("batch: " + PRINCIPALS + " principals").contains("failed: ")
                .doesNotContain("Exception");
    }

    @Test
    void everyRecommendationWrittenKeepsTheGuaranteesAgainstItsOriginalAndFinding() throws Exception {
        GuaranteeCheck check = new GuaranteeCheck(catalog);
        int checked = 0;
        for (JsonNode item : summary.get("items")) {
            if (!item.has("recommendation")) {
                assertThat(item.get("result").asText()).isEqualTo("FAILED");
                continue;
            }
            GeneratedAccount.PrincipalModel principal = account.principals().get(item.get("principal").asText());
            Policy original = PolicyReader.fromJson(item.get("policy").asText(),
                    principal.policies().get(item.get("policy").asText()).deepCopy());
            Finding finding = FindingReader.parse("finding", principal.finding().toString());
            Policy refined = refinedPolicy(BatchRuns.readJson(output.resolve(item.get("recommendation").asText())), original);
            List<Violation> violations = check.check(original, refined, finding);
            assertThat(violations).as(item.get("recommendation").asText()).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(PRINCIPALS);
    }

    /** The recommended document, null when it says detach, the original when it has no step. */
    private static Policy refinedPolicy(JsonNode recommendation, Policy original) throws Exception {
        JsonNode steps = recommendation.get("recommendedSteps");
        if (steps.isEmpty()) {
            return original;
        }
        JsonNode step = steps.get(0).get("unusedPermissionsRecommendedStep");
        if (step.get("recommendedAction").asText().equals("DETACH_POLICY")) {
            return null;
        }
        return PolicyReader.parse("recommended", step.get("recommendedPolicy").asText());
    }

    @Test
    void theCorruptedPolicyIsReportedWithItsPlaceAndTheRestOfItsPrincipalStillRuns() {
        String principal = account.corruptedPolicyPrincipal();
        List<JsonNode> items = itemsOf(principal);
        List<JsonNode> failed = items.stream().filter(item -> item.get("result").asText().equals("FAILED")).toList();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("message").asText())
                .contains(GeneratedAccount.EXPORT)
                .containsPattern("/RoleDetailList/\\d+/RolePolicyList/\\d+/PolicyDocument")
                .contains("malformed JSON");
        assertThat(items.stream().filter(item -> item.has("recommendation")).count()).isEqualTo(items.size() - 1L);
        assertThat(failureMessages()).anyMatch(message -> message.equals(failed.get(0).get("message").asText()));
    }

    @Test
    void theBadFindingSkipsItsPrincipalOnlyAndNamesTheFileAndPointer() {
        String principal = account.corruptedFindingPrincipal();
        assertThat(itemsOf(principal)).isEmpty();
        JsonNode failure = failureOf(principal);
        assertThat(failure.has("policy")).isFalse();
        assertThat(failure.get("message").asText()).contains("/findingDetails/").contains("s3:GetObject")
                .contains(".json");
    }

    @Test
    void aFindingFileThatIsNotJsonIsReportedWithItsLine() {
        assertThat(failureMessages()).anyMatch(message -> message.contains("broken.json") && message.contains("line 2, column 3") && !message.contains("(code"));
    }

    @Test
    void everythingElseSucceeds() {
        assertThat(summary.get("failures")).hasSize(3);
        assertThat(summary.at("/policies/failed").asInt()).isEqualTo(1);
        assertThat(summary.at("/principals/failed").asInt()).isEqualTo(1);
        int withFinding = (int) account.principals().values().stream().filter(p -> p.finding() != null).count();
        assertThat(summary.at("/principals/total").asInt()).isEqualTo(PRINCIPALS);
        assertThat(summary.at("/principals/refined").asInt()).isEqualTo(withFinding - 1);
        assertThat(summary.at("/principals/withoutFinding").asInt()).isEqualTo(PRINCIPALS - withFinding);
        int policies = account.principals().values().stream().filter(p -> p.finding() != null)
                .filter(p -> !p.label().equals(account.corruptedFindingPrincipal()))
                .mapToInt(p -> p.policies().size() + (p.label().equals(account.corruptedPolicyPrincipal()) ? 1 : 0))
                .sum();
        assertThat(summary.at("/policies/total").asInt()).isEqualTo(policies);
        assertThat(summary.at("/policies/changed").asInt() + summary.at("/policies/detached").asInt()
                + summary.at("/policies/unchanged").asInt() + 1).isEqualTo(policies);
        assertThat(summary.at("/policies/changed").asInt()).isPositive();
        assertThat(summary.at("/actionsNoLongerGranted").asLong()).isPositive();
        assertThat(summary.get("catalogVersion").asText()).isEqualTo("test-catalog.txt");
    }

    @Test
    void aSharedManagedPolicyIsRefinedPerPrincipalAndGetsANewPolicyPerPrincipal() throws IOException {
        Map<String, List<JsonNode>> byPolicy = new HashMap<>();
        for (JsonNode item : summary.get("items")) {
            if (item.path("principalsSharing").asInt() > 1) {
                byPolicy.computeIfAbsent(item.get("managedPolicyArn").asText(), arn -> new ArrayList<>()).add(item);
            }
        }
        assertThat(byPolicy).isNotEmpty();
        String script = Files.readString(output.resolve("remediation.sh"));
        for (List<JsonNode> items : byPolicy.values()) {
            assertThat(items.stream().map(item -> item.get("recommendation").asText()).distinct()).hasSameSizeAs(items);
            for (JsonNode item : items) {
                if (item.get("result").asText().equals("CHANGED")) {
                    String name = item.get("principal").asText().substring(item.get("principal").asText().indexOf('/') + 1);
                    assertThat(script).contains("create-policy --policy-name '" + item.get("policy").asText() + "-" + name + "'");
                }
            }
        }
        assertThat(script).doesNotContain("create-policy-version --policy-arn 'arn:aws:iam::123456789012:policy/Shared");
    }

    @Test
    void theRemediationScriptIsGuardedAndValidBash() throws Exception {
        Path script = output.resolve("remediation.sh");
        String text = Files.readString(script);
        assertThat(text).startsWith("#!/usr/bin/env bash\n");
        assertThat(text.indexOf("\nexit 1")).isPositive().isLessThan(text.indexOf("\naws iam "));
        assertThat(text).contains("put-role-policy", "put-user-policy", "create-policy-version", "detach-");
        Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String messages = new String(bash.getInputStream().readAllBytes());
        assertThat(bash.waitFor()).as(messages).isZero();
    }

    @Test
    void theReportsListTheFailures() throws IOException {
        String markdown = Files.readString(output.resolve("report.md"));
        String html = Files.readString(output.resolve("report.html"));
        assertThat(markdown).contains("## Failures (3)").contains(account.corruptedFindingPrincipal());
        assertThat(html).contains("Failures (3)").contains("broken.json");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        try (var files = Files.walk(output)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private static List<JsonNode> itemsOf(String principal) {
        List<JsonNode> items = new ArrayList<>();
        summary.get("items").forEach(item -> {
            if (item.get("principal").asText().equals(principal)) {
                items.add(item);
            }
        });
        return items;
    }

    private static JsonNode failureOf(String principal) {
        for (JsonNode failure : summary.get("failures")) {
            if (principal.equals(failure.path("principal").asText(null))) {
                return failure;
            }
        }
        throw new AssertionError("no failure for " + principal + " in " + summary.get("failures"));
    }

    private static List<String> failureMessages() {
        List<String> messages = new ArrayList<>();
        summary.get("failures").forEach(failure -> messages.add(failure.get("message").asText()));
        return messages;
    }

}

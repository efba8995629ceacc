package org.iamrefiner.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command's plain layout, its usage errors and its unreadable inputs. */
class BatchCommandTest {

    private static final String POLICY = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"},
              {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}]}
            """;
    private static final String FINDING = """
            [{"serviceNamespace": "s3", "actions": ["PutObject"]}]
            """;

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path catalog;

    @BeforeAll
    static void writeCatalog() throws Exception {
        catalog = BatchRuns.smallCatalog(shared);
    }

    private Path plainLayout() throws Exception {
        Path input = temp.resolve("input");
        Files.createDirectories(input.resolve("app/policies"));
        Files.writeString(input.resolve("app/finding.json"), FINDING);
        Files.writeString(input.resolve("app/policies/storage.json"), POLICY);
        Files.createDirectories(input.resolve("idle/policies"));
        Files.writeString(input.resolve("idle/policies/storage.json"), POLICY);
        return input;
    }

    @Test
    void plainLayoutRefinesEachFolderWithItsFinding() throws Exception {
        Path input = plainLayout();
        Path output = input.resolve("out");
        BatchRuns.Run run = BatchRuns.run("batch", "--input", input.toString(), "--output", output.toString(),
                "--catalog", catalog.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = BatchRuns.readJson(output.resolve("summary.json"));
        assertThat(summary.at("/principals/total").asInt()).as("the output folder is not a principal").isEqualTo(2);
        assertThat(summary.at("/principals/withoutFinding").asInt()).isEqualTo(1);
        assertThat(summary.at("/policies/changed").asInt()).isEqualTo(1);
        JsonNode recommendation = BatchRuns.readJson(output.resolve("recommendations/app/storage.json"));
        String refined = recommendation.at("/recommendedSteps/0/unusedPermissionsRecommendedStep/recommendedPolicy").asText();
        assertThat(refined).contains("s3:GetObject").doesNotContain("s3:PutObject").contains("s3:DeleteBucket");
        assertThat(Files.readString(output.resolve("remediation.sh"))).contains("apply the recommendation by hand");
    }

    @Test
    void aPolicyThatRunsOutOfMemoryIsReportedAsFailedAndTheRestStillRuns() throws Exception {
        Path input = temp.resolve("input");
        Files.createDirectories(input.resolve("app/policies"));
        Files.writeString(input.resolve("app/finding.json"), FINDING);
        Files.writeString(input.resolve("app/policies/storage.json"), POLICY);
        Files.writeString(input.resolve("app/policies/heavy.json"), POLICY.replace("s3:DeleteBucket", "s3:DeleteObject"));
        Files.createDirectories(input.resolve("other/policies"));
        Files.writeString(input.resolve("other/finding.json"), FINDING);
        Files.writeString(input.resolve("other/policies/storage.json"), POLICY);
        // An organisation rule stands in for a refinement too large for the heap.
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("exhaust.drl"), """
                package test.rules;
                import org.iamrefiner.engine.facts.*;
                // Fails like a session that outgrows the heap, for one policy only.
                rule "the heavy policy exhausts the heap"
                    ruleflow-group "decide"
                when
                    PolicyEntry(text == "s3:DeleteObject")
                then
                    throw new OutOfMemoryError("Java heap space");
                end
                """);
        Path output = temp.resolve("out");
        BatchRuns.Run run = BatchRuns.run("batch", "--input", input.toString(), "--output", output.toString(),
                "--catalog", catalog.toString(), "--rules", rules.toString(), "--quiet");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        JsonNode summary = BatchRuns.readJson(output.resolve("summary.json"));
        assertThat(summary.at("/principals/total").asInt()).isEqualTo(2);
        assertThat(summary.at("/policies/total").asInt()).as("no policy is lost").isEqualTo(3);
        assertThat(summary.at("/policies/changed").asInt()).isEqualTo(2);
        assertThat(summary.at("/policies/failed").asInt()).isEqualTo(1);
        assertThat(summary.toString()).contains("ran out of memory while refining", "heavy", "IAM_REFINER_JAVA_OPTS=-Xmx");
        assertThat(run.err()).doesNotContain("at org.").doesNotContain("Exception in thread");
    }

    @Test
    void aReportThatCannotBeWrittenFailsTheRunWithoutASummary() throws Exception {
        Path input = plainLayout();
        Path output = temp.resolve("blocked");
        // A folder where report.html goes: the report cannot take its place.
        Files.createDirectories(output.resolve("report.html/in-the-way"));
        BatchRuns.Run run = BatchRuns.run("batch", "--input", input.toString(), "--output", output.toString(),
                "--catalog", catalog.toString(), "--quiet");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("blocked").contains("cannot write the output")
                .doesNotContain("at org.").doesNotContain("Exception in thread");
        assertThat(output.resolve("summary.json")).as("a run that did not finish has no summary").doesNotExist();
    }

    @Test
    void anEarlierOutputIsReplacedButAnUnrelatedFolderIsRefused() throws Exception {
        Path input = plainLayout();
        Path output = temp.resolve("out");
        assertThat(BatchRuns.run("batch", "--input", input.toString(), "--output", output.toString(),
                "--catalog", catalog.toString(), "--quiet").code()).isZero();
        Path stale = output.resolve("recommendations/gone/policy.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{}");
        // As an interrupted run leaves it: no summary yet, a temporary file.
        Files.delete(output.resolve("summary.json"));
        Files.writeString(output.resolve(".report.html123.tmp"), "<!DOCTYPE");
        Path setAside = output.resolve(".recommendations-earlier.tmp/role/old/policy.json");
        Files.createDirectories(setAside.getParent());
        Files.writeString(setAside, "{}");
        BatchRuns.Run again = BatchRuns.run("batch", "--input", input.toString(), "--output", output.toString(),
                "--catalog", catalog.toString(), "--quiet");
        assertThat(again.code()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(stale).doesNotExist();
        assertThat(output.resolve(".report.html123.tmp")).doesNotExist();
        assertThat(output.resolve("summary.json")).exists();
        try (var children = Files.list(output)) {
            assertThat(children.map(child -> child.getFileName().toString()))
                    .as("the earlier run's recommendations and an interrupted run's leftovers are gone")
                    .containsExactlyInAnyOrder("summary.json", "recommendations", "report.md", "report.html", "remediation.sh");
        }

        Path unrelated = temp.resolve("documents");
        Files.createDirectories(unrelated);
        Files.writeString(unrelated.resolve("notes.txt"), "mine");
        BatchRuns.Run refused = BatchRuns.run("batch", "--input", input.toString(), "--output", unrelated.toString(),
                "--catalog", catalog.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("documents").contains("is not empty");
        assertThat(unrelated.resolve("summary.json")).doesNotExist();
    }

    @Test
    void missingOrMixedInputsAreUsageErrors() {
        BatchRuns.Run none = BatchRuns.run("batch", "--output", temp.resolve("o").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--authorization-details FILE and --findings PATH, or --input DIR");

        BatchRuns.Run mixed = BatchRuns.run("batch", "--input", temp.toString(), "--findings", temp.toString(),
                "--output", temp.resolve("o").toString());
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("cannot be combined");

        BatchRuns.Run half = BatchRuns.run("batch", "--authorization-details", "x.json", "--output", temp.resolve("o").toString());
        assertThat(half.code()).isEqualTo(2);
        assertThat(half.err()).contains("go together");

        BatchRuns.Run jobs = BatchRuns.run("batch", "--input", temp.toString(), "--output", temp.resolve("o").toString(),
                "--jobs", "0");
        assertThat(jobs.code()).isEqualTo(2);
        assertThat(jobs.err()).contains("--jobs must be at least 1");
    }

    @Test
    void anUnreadableExportStopsTheRunWithItsLineAndWritesNothing() throws Exception {
        Path export = temp.resolve("export.json");
        Files.writeString(export, "{\n  \"RoleDetailList\": [\n    {\"RoleName\": \"a\",, }\n  ]\n}\n");
        Path findings = temp.resolve("findings");
        Files.createDirectories(findings);
        Path output = temp.resolve("out");
        BatchRuns.Run run = BatchRuns.run("batch", "--authorization-details", export.toString(), "--findings",
                findings.toString(), "--output", output.toString(), "--catalog", catalog.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("export.json at line 3").contains("malformed JSON").doesNotContain("Exception");
        assertThat(output).doesNotExist();
    }

    @Test
    void aFileThatIsNotAnExportIsRefused() throws Exception {
        Path export = temp.resolve("policy.json");
        Files.writeString(export, POLICY);
        BatchRuns.Run run = BatchRuns.run("batch", "--authorization-details", export.toString(), "--findings",
                export.toString(), "--output", temp.resolve("out").toString(), "--catalog", catalog.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("policy.json").contains("not an account authorization details export");
    }

    @Test
    void missingFindingsAreBadInput() throws Exception {
        Path export = temp.resolve("export.json");
        Files.writeString(export, "{\"RoleDetailList\": []}");
        BatchRuns.Run run = BatchRuns.run("batch", "--authorization-details", export.toString(), "--findings",
                temp.resolve("nowhere").toString(), "--output", temp.resolve("out").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere").contains("no such file or folder");
    }

    @Test
    void helpNamesEveryOptionAndTheExitCodes() {
        BatchRuns.Run run = BatchRuns.run("batch", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--authorization-details", "--findings", "--input", "--output", "--jobs",
                "--rules", "--catalog", "--no-notaction-rewrite", "--quiet", "Exit codes");
    }
}

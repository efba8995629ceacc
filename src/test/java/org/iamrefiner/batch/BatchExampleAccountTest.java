package org.iamrefiner.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example account of examples/account, run as the README says, and the reports it gives. */
class BatchExampleAccountTest {

    private static final Path EXAMPLE = Path.of("examples/account");

    @TempDir
    static Path temp;

    private static BatchRuns.Run run;
    private static JsonNode summary;
    private static String html;
    private static String markdown;

    @BeforeAll
    static void runTheExample() throws Exception {
        Path output = temp.resolve("out");
        run = BatchRuns.run("batch", "--authorization-details", EXAMPLE.resolve("authorization-details.json").toString(),
                "--findings", EXAMPLE.resolve("findings").toString(), "--output", output.toString(), "--jobs", "2");
        summary = BatchRuns.readJson(output.resolve("summary.json"));
        html = Files.readString(output.resolve("report.html"));
        markdown = Files.readString(output.resolve("report.md"));
    }

    @Test
    void refinesEveryRoleAndUserWithAFindingAndSkipsTheOneWithout() {
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(summary.at("/principals/total").asInt()).isEqualTo(7);
        assertThat(summary.at("/principals/withoutFinding").asInt()).isEqualTo(1);
        assertThat(summary.at("/policies/total").asInt()).isEqualTo(10);
        assertThat(summary.at("/policies/detached").asInt()).isEqualTo(2);
        assertThat(summary.at("/policies/unchanged").asInt()).isEqualTo(1);
        assertThat(summary.at("/policies/changed").asInt()).isEqualTo(7);
        assertThat(summary.get("failures")).isEmpty();
        assertThat(summary.get("notes").toString()).contains("group polic").contains("left out");
    }

    @Test
    void htmlShowsTheTotals() {
        JsonNode policies = summary.get("policies");
        assertThat(html).contains(card("Principals", "7"))
                .contains(card("Policies", policies.get("total").asText()))
                .contains(card("Changed", policies.get("changed").asText()))
                .contains(card("Detach", policies.get("detached").asText()))
                .contains(card("Unchanged", policies.get("unchanged").asText()))
                .contains(card("Failed", "0"))
                .contains(card("No longer granted", summary.get("actionsNoLongerGranted").asText()));
    }

    private static String card(String label, String value) {
        return "<div class=\"label\">" + label + "</div><div class=\"value\">" + value + "</div>";
    }

    @Test
    void htmlHasASideBySideDiffPerChangedPolicy() {
        // alice's inline policy: "lambda:Get*" is replaced in place by the safe Get prefixes.
        assertThat(html).containsPattern("<td class=del>\\s+&quot;lambda:Get\\*&quot;,<td>\\d+"
                + "<td class=add>\\s+&quot;lambda:GetAccountSettings&quot;,</tr>");
        assertThat(html).containsPattern("<tr><td>\\d+<td>  &quot;Version&quot;: &quot;2012-10-17&quot;,"
                + "<td>\\d+<td>  &quot;Version&quot;: &quot;2012-10-17&quot;,</tr>");
        assertThat(html.split("<details class=\"policy\"", -1)).hasSize(1 + 9);
        assertThat(html).contains("Recommended: detach the policy");
    }

    @Test
    void htmlIsSelfContained() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>");
        assertThat(html.toLowerCase())
                .doesNotContain("http://", "https://", "<script", "<link", "src=", "@import", "url(", "//fonts");
    }

    @Test
    void markdownHasTheTotalsAndOneRowPerChangedPolicy() {
        assertThat(markdown).contains("| Principals | 7 (6 refined, 1 without a finding, 0 failed) |")
                .contains("| Policies | 10 (7 changed, 2 detached, 1 unchanged, 0 failed) |")
                .contains("| role/DataPipeline | PipelineAccess | managed policy | detach |")
                .contains("| user/bob | SharedReadOnly | managed policy (shared by 5) | detach |");
    }
}

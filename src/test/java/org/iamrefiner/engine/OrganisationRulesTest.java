package org.iamrefiner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.catalog.ActionNames;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.catalog.Glob;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.refine.Refiner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example organisation rules of examples/rules/, each on the documented organisation example. */
class OrganisationRulesTest {

    private static final Path EXAMPLE = Path.of("examples/organisation");
    private static Catalog catalog;
    private static Policy policy;
    private static Finding finding;
    private static List<String> withCoreRulesOnly;

    @TempDir
    Path temp;

    @BeforeAll
    static void readExample() throws Exception {
        catalog = CatalogLoader.bundled();
        policy = PolicyReader.read(EXAMPLE.resolve("policy.json"));
        finding = FindingReader.read(EXAMPLE.resolve("finding.json"));
        withCoreRulesOnly = entries(new Refiner(RuleBase.core(), catalog).refine(policy, finding));
    }

    private Refinement refineWith(String... ruleFiles) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("rules"));
        for (String file : ruleFiles) {
            Files.copy(Path.of("examples/rules", file), folder.resolve(file));
        }
        return new Refiner(RuleBase.withOrganisationRules(List.of(folder)), catalog).refine(policy, finding);
    }

    private static List<String> entries(Refinement refinement) {
        List<String> entries = new ArrayList<>();
        for (JsonNode statement : refinement.refined().get("Statement")) {
            JsonNode action = statement.get("Action");
            if (action.isTextual()) {
                entries.add(action.asText());
            } else {
                action.forEach(entry -> entries.add(entry.asText()));
            }
        }
        return entries;
    }

    private static List<String> wildcards(List<String> entries) {
        return entries.stream().filter(entry -> entry.endsWith("*")).toList();
    }

    @Test
    void keepPassRoleKeepsTheReportedUnusedPassRoleAndSaysWhichRule() throws Exception {
        assertThat(withCoreRulesOnly).doesNotContain("iam:PassRole");
        Refinement refinement = refineWith("keep-pass-role.drl");
        assertThat(entries(refinement)).contains("iam:PassRole");
        assertThat(refinement.notes()).anyMatch(note -> note.contains("iam:PassRole") && note.contains("never remove iam:PassRole"));
    }

    @Test
    void recentlyUsedActionsCountAsUsedButOlderOnesDoNot() throws Exception {
        assertThat(withCoreRulesOnly).doesNotContain("s3:PutBucketPolicy");
        Refinement refinement = refineWith("recently-used.drl");
        // PutBucketPolicy was last accessed 13 days before the finding; PutObjectAcl 203 days before.
        assertThat(entries(refinement)).contains("s3:PutBucketPolicy").doesNotContain("s3:PutObjectAcl");
        assertThat(refinement.notes()).anyMatch(note -> note.contains("13 days"));
    }

    @Test
    void noGeneratedWildcardCoversAWriteOrPermissionsManagementAction() throws Exception {
        List<String> refined = entries(refineWith("no-write-wildcards.drl"));
        assertThat(refined).isNotEqualTo(withCoreRulesOnly);
        for (String wildcard : wildcards(refined)) {
            if (policy.statements().stream().anyMatch(s -> s.entries().contains(wildcard))) {
                continue; // written verbatim by the user, not generated
            }
            for (CatalogAction action : catalog.actionsOf(Glob.serviceOf(wildcard))) {
                if (Glob.matches(wildcard, action.fullName())) {
                    assertThat(action.accessLevel()).as(wildcard + " covers " + action.fullName())
                            .isNotIn("Write", "Permissions management");
                }
            }
        }
    }

    @Test
    void everyGeneratedWildcardNamesAtLeastTwoWords() throws Exception {
        assertThat(wildcards(withCoreRulesOnly)).contains("s3:Create*");
        List<String> refined = entries(refineWith("two-words-minimum.drl"));
        assertThat(refined).doesNotContain("s3:Create*");
        for (String wildcard : wildcards(refined)) {
            String prefix = wildcard.substring(0, wildcard.length() - 1).toLowerCase();
            // The prefix ends at a word boundary of some action below it, after at least two words.
            assertThat(catalog.actionsOf(Glob.serviceOf(wildcard)))
                    .as(wildcard)
                    .anyMatch(action -> ActionNames.wordPrefixes(action.fullName()).indexOf(prefix) >= 2);
        }
    }

    @Test
    void aConclusionAnOrganisationRuleDeletesIsNotRead() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("quiet"));
        Files.writeString(folder.resolve("quiet.drl"), "package org.example;\nimport org.iamrefiner.engine.facts.*;\n"
                + "rule \"no notes about unknown services\"\n  ruleflow-group \"select\"\nwhen\n"
                + "  $note : Note(text.contains(\"does not know the service\"))\nthen\n  delete($note);\nend\n");
        Policy unknownService = PolicyReader.parse("p.json", "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"nosuchservice:Get*\"],\"Resource\":\"*\"}]}");
        assertThat(new Refiner(RuleBase.core(), catalog).refine(unknownService, finding).notes())
                .anyMatch(note -> note.contains("does not know the service"));
        assertThat(new Refiner(RuleBase.withOrganisationRules(List.of(folder)), catalog).refine(unknownService, finding).notes())
                .noneMatch(note -> note.contains("does not know the service"));
    }

    @Test
    void ruleFileThatDoesNotCompileIsNamedWithItsLine() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(folder.resolve("broken.drl"), "package org.example;\n\nrule \"half\"\n  ruleflow-group \"exempt\"\nwhen\n  Nonsense(\nthen\nend\n");
        assertThatThrownBy(() -> RuleBase.withOrganisationRules(List.of(folder)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(folder.resolve("broken.drl") + " at line 8, column 0: rule file does not compile");
    }

    @Test
    void ruleOutsideEveryPhaseIsRefused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("phaseless"));
        Files.writeString(folder.resolve("late.drl"), "package org.example;\nimport org.iamrefiner.engine.facts.*;\n"
                + "rule \"too late\"\nwhen\n  FindingInfo()\nthen\nend\n");
        assertThatThrownBy(() -> RuleBase.withOrganisationRules(List.of(folder)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("late.drl").hasMessageContaining("too late").hasMessageContaining("ruleflow-group");
    }

    @Test
    void folderWithoutRuleFilesIsRefused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> RuleBase.withOrganisationRules(List.of(folder)))
                .isInstanceOf(InputException.class).hasMessageContaining("no .drl");
    }
}

package org.iamrefiner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RefinementSettings;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.refine.Refiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text explanation, read from the rules' derivation: what happened to each entry, why, and which rule said so. */
class ExplanationTextTest {

    static final Path BLOG = Path.of("src/test/resources/blog-example");

    private static RuleBase rules;
    private static Catalog blogCatalog;

    /** The core rules, compiled once for every explanation test in this JVM. */
    static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleBase.core();
        }
        return rules;
    }

    /** The catalog of 2024-08-31 the published example was computed with. */
    static synchronized Catalog blogCatalog() throws Exception {
        if (blogCatalog == null) {
            blogCatalog = CatalogLoader.load(BLOG.resolve("catalog-2024-08-31-s3-lambda.txt"));
        }
        return blogCatalog;
    }

    /** The published example refined with its evidence. */
    static Refinement blog(Catalog catalog) throws Exception {
        return new Refiner(rules(), catalog).refine(PolicyReader.read(BLOG.resolve("policy.json")),
                FindingReader.read(BLOG.resolve("unused.json")), true);
    }

    /** One policy of the given statements, refined with its evidence. */
    static Refinement refine(Catalog catalog, String statements, String finding, boolean rewrite) throws Exception {
        return new Refiner(rules(), catalog, new RefinementSettings(rewrite)).refine(
                PolicyReader.parse("policy.json", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}"),
                FindingReader.parse("finding.json", finding), true);
    }

    /** A catalog of the given "service:Action" names. */
    static Catalog catalog(String... fullNames) {
        List<CatalogAction> actions = new ArrayList<>();
        for (String fullName : fullNames) {
            int colon = fullName.indexOf(':');
            actions.add(new CatalogAction(fullName.substring(0, colon), fullName.substring(colon + 1), "", List.of()));
        }
        return new Catalog("test-catalog 1", "inline", Map.of(), actions);
    }

    static final Catalog SMALL = catalog("s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectTagging", "s3:GetBucketAcl",
            "s3:GetBucketPolicy", "s3:PutObject", "iam:PassRole", "iam:GetRole", "ec2:RunInstances");

    /**
     * The lines of the block that starts with the line containing {@code head}: that line and the
     * lines indented deeper below it.
     */
    static List<String> block(String text, String head) {
        List<String> lines = Arrays.asList(text.split("\n"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(head)) {
                int indent = indent(lines.get(i));
                int end = i + 1;
                while (end < lines.size() && indent(lines.get(end)) > indent) {
                    end++;
                }
                return lines.subList(i, end);
            }
        }
        throw new AssertionError("no line contains " + head + " in\n" + text);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String rule(String name) {
        return "[rule \"" + name + "\"]";
    }

    @Test
    void catalogVersionAndRecommendedActionComeFirst() throws Exception {
        String text = ExplanationText.render(blog(blogCatalog()), blogCatalog());
        List<String> lines = Arrays.asList(text.split("\n"));
        assertThat(lines.get(0)).startsWith("Explanation of ").endsWith("policy.json");
        assertThat(lines.get(1)).startsWith("catalog: catalog-2024-08-31-s3-lambda.txt (");
        assertThat(lines.get(2)).isEqualTo("recommended action: CREATE_POLICY");
    }

    @Test
    void everyOriginalEntryOfThePublishedExampleIsAccountedForWithItsRule() throws Exception {
        String text = ExplanationText.render(blog(blogCatalog()), blogCatalog());
        assertThat(block(text, "/Statement/0 - Allow Action")).hasSize(1 + 9 + 8); // 9 entries, 8 dropped with a touch
        assertThat(block(text, "[0] lambda:AddPermission:")).containsExactly(
                "  [0] lambda:AddPermission: dropped - names an unused action  " + rule("unused literal entry is dropped"),
                "    reaches the unused name lambda:AddPermission  " + rule("entry reaches an unused action name"));
        assertThat(block(text, "[8] lambda:Invoke*:")).containsExactly(
                "  [8] lambda:Invoke*: kept verbatim - matches no unused action  "
                        + rule("entry reaching nothing unused is kept verbatim"));
        assertThat(block(text, "[1] s3:List*:")).hasSize(1);

        List<String> get = block(text, "[0] s3:Get*:");
        assertThat(get.get(0)).isEqualTo("  [0] s3:Get*: replaced - matches unused and used actions  "
                + rule("wildcard with unused and used actions is refined"));
        assertThat(get.get(1)).isEqualTo("    written as: s3:GetAccess*, s3:GetAccountPublicAccessBlock, s3:GetDataAccess, "
                + "s3:GetJobTagging, s3:GetMulti*, s3:GetObject*, s3:GetStorage*");
        assertThat(get.get(2)).startsWith("    reaches 22 unused names: s3:GetAccelerateConfiguration, ")
                .endsWith(rule("entry reaches an unused action name"));
        assertThat(get).contains("    cover on the word trie below s3:get (62 nodes)  "
                        + rule("refined entry gets a cover of its kept actions"),
                "      must match 36 kept actions  " + rule("kept action is a target of its entry's cover"));
    }

    @Test
    void getAccessIsSafeBecauseNoUnusedActionStartsWithItAndItsParentIsNot() throws Exception {
        String text = ExplanationText.render(blog(blogCatalog()), blogCatalog());
        List<String> access = block(text, "s3:GetAccess* - node");
        assertThat(access.get(0)).isEqualTo("      s3:GetAccess* - node s3:getaccess, matches 12 catalog actions  "
                + rule("selected node matching several actions is written as a wildcard"));
        assertThat(access.subList(1, 5)).containsExactly(
                "        node s3:getaccess is safe (no Unsafe fact) and selected:",
                "          no unused action starts with s3:getaccess",
                "          all 12 catalog actions that start with it are kept",
                "          s3:GetAccess* matches nothing that s3:Get* does not");
        assertThat(access.get(5)).isEqualTo("        parent s3:get is unsafe:");
        // On the catalog of 2024 no kept action starts with s3:GetBucket, so the rules derive no
        // s3:getbucket node: the unused GetBucket actions make the root s3:get unsafe.
        assertThat(access).contains("          the unused action s3:GetBucketAcl starts with it  "
                + rule("node is unsafe when an unused name starts with it"));
        assertThat(access).hasSize(6 + 22);

        // The next pattern under the same parent refers back instead of repeating 22 facts.
        assertThat(block(text, "s3:GetJobTagging - node")).containsExactly(
                "      s3:GetJobTagging - node s3:getjob, matches 1 catalog action  "
                        + rule("selected node matching one action is written as its name"),
                "        node s3:getjob is safe (no Unsafe fact) and selected:",
                "          no unused action starts with s3:getjob",
                "          the one catalog action that starts with it is kept",
                "          s3:GetJob* matches nothing that s3:Get* does not",
                "        parent s3:get is unsafe (22 facts, listed above)");
    }

    @Test
    void onTheCurrentCatalogGetBucketAclMakesGetBucketUnsafe() throws Exception {
        Catalog bundled = CatalogLoader.bundled();
        String text = ExplanationText.render(blog(bundled), bundled);
        assertThat(text.split("\n")[1]).isEqualTo("catalog: " + bundled.version() + " (bundled)");
        List<String> abac = block(text, "s3:GetBucketAbac - node");
        assertThat(abac).contains("          no unused action starts with s3:getbucketabac",
                "        parent s3:getbucket is unsafe:",
                "          the unused action s3:GetBucketAcl starts with it  "
                        + rule("node is unsafe when an unused name starts with it"));
        assertThat(abac).noneMatch(line -> line.contains("s3:GetAccelerateConfiguration"));
        assertThat(block(text, "s3:GetAccess* - node")).contains(
                "          no unused action starts with s3:getaccess", "        parent s3:get is unsafe:");
    }

    @Test
    void aNameWrittenByItselfSaysWhyItsOwnNodeIsUnsafe() throws Exception {
        Refinement refinement = refine(SMALL, "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject*\",\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObjectAcl\"]}]", true);
        String text = ExplanationText.render(refinement, SMALL);
        assertThat(text).contains("  [0] s3:GetObject*: replaced - matches unused and used actions");
        assertThat(block(text, "s3:GetObject - node")).containsExactly(
                "      s3:GetObject - node s3:getobject, matches 1 catalog action  "
                        + rule("target without a safe node is written by its name"),
                "        node s3:getobject is unsafe, so the name itself is written:",
                "          the unused action s3:GetObjectAcl starts with it  "
                        + rule("node is unsafe when an unused name starts with it"));
        assertThat(block(text, "s3:GetObjectTagging - node")).containsExactly(
                "      s3:GetObjectTagging - node s3:getobjecttagging, matches 1 catalog action  "
                        + rule("selected node matching one action is written as its name"),
                "        node s3:getobjecttagging is safe (no Unsafe fact) and selected:",
                "          no unused action starts with s3:getobjecttagging",
                "          the one catalog action that starts with it is kept",
                "          s3:GetObjectTagging* matches nothing that s3:GetObject* does not",
                "        parent s3:getobject is unsafe (1 fact, listed above)");
    }

    @Test
    void notActionExclusionsAreExplainedWithTheRolesSwapped() throws Exception {
        Refinement refinement = refine(SMALL, "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\",\"GetBucketPolicy\",\"PutObject\"]},"
                        + "{\"serviceNamespace\":\"ec2\"}]", true);
        String text = ExplanationText.render(refinement, SMALL);
        List<String> statement = block(text, "/Statement/0 - Allow NotAction");
        assertThat(statement.get(1)).isEqualTo("  statement gets exclusions added to NotAction: it allows unused actions; "
                + "their cover is added to NotAction  " + rule("notaction statement allowing unused names gets them excluded"));
        assertThat(statement.get(2)).isEqualTo("  [0] iam:*: kept verbatim - existing NotAction entries stay as they are  "
                + rule("notaction entry is kept"));
        assertThat(statement.get(3)).isEqualTo(
                "  exclusions written after the existing NotAction entries: ec2:*, s3:GetBucket*, s3:PutObject");
        assertThat(statement).contains("    cover on the word trie below all services (8 nodes)  "
                + rule("statement adding exclusions gets a cover of the allowed unused names"));
        List<String> bucket = block(text, "s3:GetBucket* - node");
        assertThat(bucket.subList(0, 5)).containsExactly(
                "      s3:GetBucket* - node s3:getbucket, excludes 2 catalog actions  "
                        + rule("selected node matching several actions is written as a wildcard"),
                "        node s3:getbucket is safe (no Unsafe fact) and selected:",
                "          no action the statement must still allow starts with s3:getbucket",
                "          so excluding the 2 catalog actions that start with it takes away no used access",
                "        parent s3:get is unsafe:");
        // The rule names one used action that starts with s3:get, whichever it matched first.
        assertThat(bucket).hasSize(6);
        assertThat(bucket.get(5)).startsWith("          the used action s3:GetObject")
                .endsWith(" starts with it  " + rule("exclusion node is unsafe when a used allowed action starts with it"));
        assertThat(block(text, "ec2:* - every action")).containsExactly(
                "      ec2:* - every action of a wholly unused service, also future ones  "
                        + rule("wholly unused service is excluded as a whole"));
    }

    @Test
    void starRewriteShowsTheStatementChangeAndTheNotesWithTheirRules() throws Exception {
        Refinement refinement = refine(SMALL,
                "{\"Sid\":\"All\",\"Effect\":\"Allow\",\"Action\":[\"*\",\"s3:GetObject\"],\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"PutObject\"]}]", true);
        String text = ExplanationText.render(refinement, SMALL);
        List<String> statement = block(text, "/Statement/0 (Sid \"All\") - Allow Action");
        assertThat(statement).contains(
                "  statement is rewritten as NotAction: it grants \"*\" and unused actions; everything except the unused "
                        + "is granted instead  " + rule("statement granting everything is rewritten as notaction"),
                "  [0] *: decided with its statement (REWRITE_AS_NOTACTION)",
                "  [1] s3:GetObject: decided with its statement (REWRITE_AS_NOTACTION)",
                "  NotAction written as: s3:PutObject",
                "      must match 1 allowed unused name  " + rule("allowed unused catalog action is a target of the exclusion cover"));
        assertThat(block(text, "notes:")).contains(
                "  /Statement/0: \"s3:GetObject\" is redundant beside \"*\" and is left out of the NotAction rewrite  "
                        + rule("entry beside a rewritten star is noted as redundant"),
                "  /Statement/0: \"*\" is rewritten as NotAction (everything except the unused actions); "
                        + "use --no-notaction-rewrite to keep an Action list  " + rule("rewrite as notaction is noted"));
    }

    @Test
    void denyEntriesUnknownServicesAndEmitterNotesAreExplained() throws Exception {
        Refinement refinement = refine(SMALL,
                "{\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:GetObject*\",\"newsvc:Do*\"],\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"PutObject\"]}]", true);
        String text = ExplanationText.render(refinement, SMALL);
        assertThat(text).contains("  [0] s3:PutObject: kept verbatim - Deny statements are never changed  "
                + rule("deny entry is kept"));
        assertThat(text).contains("recommended action: NONE");
        assertThat(block(text, "notes:")).contains(
                "  /Statement/1: the catalog does not know the service \"newsvc\"; refresh the catalog  "
                        + rule("entry of a service unknown to the catalog is flagged"),
                "  /Statement/1: \"s3:GetObject\" is already granted by \"s3:GetObject*\"  [found by the emitter, not a rule]");
    }

    @Test
    void organisationRulesAppearWithTheirNamesAndPolicyWideNotesWithoutAPointer(@TempDir Path rulesFolder) throws Exception {
        Files.writeString(rulesFolder.resolve("org.drl"), String.join("\n",
                "package org.example.rules;",
                "import org.iamrefiner.engine.facts.*;",
                "rule \"never remove s3:GetBucketPolicy\"",
                "    ruleflow-group \"exempt\"",
                "when",
                "    FindingInfo()",
                "then",
                "    insert(new KeepAction(\"s3:GetBucketPolicy\", \"audits read it\", drools));",
                "end",
                "rule \"no wildcard over objects\"",
                "    ruleflow-group \"trie\"",
                "when",
                "    $node : Node(prefix == \"s3:getobject\")",
                "then",
                "    insert(new ForbidWildcard($node, \"objects are listed by name\", drools));",
                "end", ""));
        Refinement refinement = new Refiner(RuleBase.withOrganisationRules(List.of(rulesFolder)), SMALL).refine(
                PolicyReader.parse("policy.json", "{\"Version\":\"2012-10-17\",\"Statement\":"
                        + "[{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\"}]}"),
                FindingReader.parse("finding.json",
                        "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\",\"GetBucketPolicy\"]}]"), true);
        String text = ExplanationText.render(refinement, SMALL);
        assertThat(block(text, "s3:GetObject - node")).containsExactly(
                "      s3:GetObject - node s3:getobject, matches 1 catalog action  "
                        + rule("target without a safe node is written by its name"),
                "        node s3:getobject is unsafe, so the name itself is written:",
                "          organisation rule \"no wildcard over objects\" forbids it as a wildcard: objects are listed by name  "
                        + rule("node forbidden by an organisation rule is unsafe"),
                "        parent s3:get is unsafe:",
                "          the unused action s3:GetBucketAcl starts with it  "
                        + rule("node is unsafe when an unused name starts with it"));
        assertThat(text).contains("      s3:GetBucketPolicy - node s3:getbucketpolicy, matches 1 catalog action");
        assertThat(block(text, "notes:")).containsExactly("notes:",
                "  s3:GetBucketPolicy is reported unused but kept: audits read it (rule \"never remove s3:GetBucketPolicy\")  "
                        + rule("reported unused action kept by an organisation rule is noted"));
    }

    @Test
    void aRefinementWithoutEvidenceIsRefused() throws Exception {
        Refinement refinement = new Refiner(rules(), blogCatalog()).refine(
                PolicyReader.read(BLOG.resolve("policy.json")), FindingReader.read(BLOG.resolve("unused.json")));
        assertThatThrownBy(() -> ExplanationText.render(refinement, blogCatalog()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no evidence");
    }
}

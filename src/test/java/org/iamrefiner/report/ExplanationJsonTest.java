package org.iamrefiner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.Refinement;
import org.junit.jupiter.api.Test;

/** The JSON explanation: the same content as the text, as objects with stable field names. */
class ExplanationJsonTest {

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode pattern(JsonNode cover, String text) {
        for (JsonNode pattern : cover.get("patterns")) {
            if (pattern.get("text").asText().equals(text)) {
                return pattern;
            }
        }
        throw new AssertionError("no pattern " + text + " in " + cover);
    }

    @Test
    void thePublishedExampleAsJson() throws Exception {
        Catalog catalog = ExplanationTextTest.blogCatalog();
        ObjectNode json = ExplanationJson.render(ExplanationTextTest.blog(catalog), catalog);
        assertThat(fields(json)).containsExactly("catalogVersion", "catalogSource", "policy", "recommendedAction",
                "statements", "notes");
        assertThat(json.get("catalogVersion").asText()).isEqualTo("catalog-2024-08-31-s3-lambda.txt");
        assertThat(json.get("recommendedAction").asText()).isEqualTo("CREATE_POLICY");
        assertThat(json.get("notes")).isEmpty();

        JsonNode lambda = json.get("statements").get(0);
        assertThat(fields(lambda)).containsExactly("statement", "sid", "effect", "field", "change", "entries", "exclusions");
        assertThat(lambda.get("statement").asText()).isEqualTo("/Statement/0");
        assertThat(lambda.get("change").isNull()).isTrue();
        assertThat(lambda.get("entries")).hasSize(9);
        JsonNode dropped = lambda.get("entries").get(0);
        assertThat(fields(dropped)).containsExactly("position", "text", "outcome", "reason", "rule", "touches", "cover");
        assertThat(dropped.get("outcome").asText()).isEqualTo("DROP");
        assertThat(dropped.get("rule").asText()).isEqualTo("unused literal entry is dropped");
        assertThat(dropped.get("touches").get(0).get("unused").asText()).isEqualTo("lambda:AddPermission");
        assertThat(dropped.get("touches").get(0).get("rule").asText()).isEqualTo("entry reaches an unused action name");
        assertThat(dropped.get("cover").isNull()).isTrue();
        assertThat(lambda.get("entries").get(8).get("outcome").asText()).isEqualTo("KEEP");

        JsonNode get = json.get("statements").get(1).get("entries").get(0);
        assertThat(get.get("outcome").asText()).isEqualTo("REFINE");
        assertThat(get.get("rule").asText()).isEqualTo("wildcard with unused and used actions is refined");
        assertThat(get.get("touches")).hasSize(22);
        JsonNode cover = get.get("cover");
        assertThat(fields(cover)).containsExactly("id", "mode", "root", "rule", "nodes", "targets", "patterns");
        assertThat(cover.get("id").asText()).isEqualTo("/Statement/1/Action/0");
        assertThat(cover.get("mode").asText()).isEqualTo("KEEP_USED");
        assertThat(cover.get("root").asText()).isEqualTo("s3:get");
        assertThat(cover.get("targets").get(0).get("count").asInt()).isEqualTo(36);
        List<String> texts = new ArrayList<>();
        cover.get("patterns").forEach(p -> texts.add(p.get("text").asText()));
        assertThat(texts).containsExactly("s3:GetAccess*", "s3:GetAccountPublicAccessBlock", "s3:GetDataAccess",
                "s3:GetJobTagging", "s3:GetMulti*", "s3:GetObject*", "s3:GetStorage*");

        JsonNode access = pattern(cover, "s3:GetAccess*");
        assertThat(fields(access)).containsExactly("text", "node", "matches", "rule", "selected", "safe", "safeBecause",
                "nodeUnsafe", "parent", "parentUnsafe");
        assertThat(access.get("node").asText()).isEqualTo("s3:getaccess");
        assertThat(access.get("matches").asLong()).isEqualTo(12);
        assertThat(access.get("rule").asText()).isEqualTo("selected node matching several actions is written as a wildcard");
        assertThat(access.get("selected").asBoolean()).isTrue();
        assertThat(access.get("safe").asBoolean()).isTrue();
        assertThat(access.get("safeBecause").get(0).asText()).isEqualTo("no unused action starts with s3:getaccess");
        assertThat(access.get("nodeUnsafe")).isEmpty();
        assertThat(access.get("parent").asText()).isEqualTo("s3:get");
        JsonNode parentUnsafe = access.get("parentUnsafe");
        assertThat(parentUnsafe).hasSize(22);
        JsonNode bucketAcl = null;
        for (JsonNode fact : parentUnsafe) {
            assertThat(fields(fact)).containsExactly("reason", "witness", "rule");
            if (fact.get("witness").asText().equals("s3:GetBucketAcl")) {
                bucketAcl = fact;
            }
        }
        assertThat(bucketAcl).isNotNull();
        assertThat(bucketAcl.get("reason").asText()).isEqualTo("the unused action s3:GetBucketAcl starts with it");
        assertThat(bucketAcl.get("rule").asText()).isEqualTo("node is unsafe when an unused name starts with it");
    }

    @Test
    void exclusionsAndStatementChangesAsJson() throws Exception {
        Refinement refinement = ExplanationTextTest.refine(ExplanationTextTest.SMALL,
                "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\"],\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObjectAcl\"]},{\"serviceNamespace\":\"ec2\"}]", true);
        ObjectNode json = ExplanationJson.render(refinement, ExplanationTextTest.SMALL);
        JsonNode statement = json.get("statements").get(0);
        assertThat(statement.get("change").get("kind").asText()).isEqualTo("ADD_EXCLUSIONS");
        assertThat(statement.get("change").get("rule").asText())
                .isEqualTo("notaction statement allowing unused names gets them excluded");
        assertThat(statement.get("entries").get(0).get("rule").asText()).isEqualTo("notaction entry is kept");
        JsonNode cover = statement.get("exclusions");
        assertThat(cover.get("id").asText()).isEqualTo("/Statement/0/NotAction");
        assertThat(cover.get("mode").asText()).isEqualTo("EXCLUDE_UNUSED");
        assertThat(cover.get("root").asText()).isEmpty();
        JsonNode acl = pattern(cover, "s3:GetObjectAcl");
        assertThat(acl.get("safeBecause").get(0).asText())
                .isEqualTo("no action the statement must still allow starts with s3:getobjectacl");
        assertThat(acl.get("parent").asText()).isEqualTo("s3:getobject");
        assertThat(acl.get("parentUnsafe")).hasSize(1);
        assertThat(acl.get("parentUnsafe").get(0).get("reason").asText()).startsWith("the used action s3:GetObject");
        assertThat(acl.get("parentUnsafe").get(0).get("witness").asText()).startsWith("s3:GetObject");
        assertThat(acl.get("parentUnsafe").get(0).get("rule").asText())
                .isEqualTo("exclusion node is unsafe when a used allowed action starts with it");
        JsonNode ec2 = pattern(cover, "ec2:*");
        assertThat(ec2.get("node").isNull()).isTrue();
        assertThat(ec2.get("parent").isNull()).isTrue();
        assertThat(ec2.get("rule").asText()).isEqualTo("wholly unused service is excluded as a whole");
    }

    private static final Pattern TEXT_RULE = Pattern.compile("\\[rule \"([^\"]+)\"]");

    /** Every rule the text names is in the JSON and the other way round: the same content. */
    @Test
    void textAndJsonNameTheSameRules() throws Exception {
        Catalog catalog = ExplanationTextTest.SMALL;
        Refinement refinement = ExplanationTextTest.refine(catalog,
                "{\"Effect\":\"Allow\",\"Action\":[\"*\",\"s3:GetObject\"],\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject*\",\"iam:PassRole\"],\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObjectAcl\",\"PutObject\"]},"
                        + "{\"serviceNamespace\":\"iam\",\"actions\":[\"PassRole\"]},{\"serviceNamespace\":\"ec2\"}]", true);
        Set<String> textRules = new TreeSet<>();
        Matcher matcher = TEXT_RULE.matcher(ExplanationText.render(refinement, catalog));
        while (matcher.find()) {
            textRules.add(matcher.group(1));
        }
        Set<String> jsonRules = new TreeSet<>();
        collectRules(ExplanationJson.render(refinement, catalog), jsonRules);
        assertThat(textRules).isEqualTo(jsonRules).hasSizeGreaterThan(12);
    }

    private static void collectRules(JsonNode node, Set<String> rules) {
        if (node.isObject()) {
            JsonNode rule = node.get("rule");
            if (rule != null && rule.isTextual()) {
                rules.add(rule.asText());
            }
        }
        node.forEach(child -> collectRules(child, rules));
    }
}

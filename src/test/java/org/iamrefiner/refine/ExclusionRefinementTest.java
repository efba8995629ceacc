package org.iamrefiner.refine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.emit.RecommendedAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RefinementSettings;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.PolicyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statements that grant by exclusion: Allow + NotAction, and "*" rewritten as NotAction. */
class ExclusionRefinementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RuleBase rules;

    @BeforeAll
    static void compileRules() {
        rules = RuleBase.core();
    }

    private static Refinement refine(Catalog catalog, String statement, String finding, boolean rewrite) throws Exception {
        return new Refiner(rules, catalog, new RefinementSettings(rewrite)).refine(
                PolicyReader.parse("policy.json", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}"),
                FindingReader.parse("finding.json", finding));
    }

    private static JsonNode statement(Refinement refinement) {
        return refinement.refined().get("Statement").get(0);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static final Catalog SMALL = TestCatalogs.of("s3:GetObject", "s3:GetObjectAcl", "s3:GetBucketAcl",
            "s3:GetBucketPolicy", "s3:PutObject", "iam:PassRole", "iam:GetRole", "ec2:RunInstances");

    @Test
    void notActionGetsTheCoverOfTheUnusedNamesItAllowsAppended() throws Exception {
        Refinement refinement = refine(SMALL,
                "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\",\"GetBucketPolicy\",\"PutObject\"]},"
                        + "{\"serviceNamespace\":\"iam\",\"actions\":[\"PassRole\"]}]", true);
        assertThat(statement(refinement).get("NotAction")).isEqualTo(json("[\"iam:*\",\"s3:GetBucket*\",\"s3:PutObject\"]"));
        assertThat(refinement.action()).isEqualTo(RecommendedAction.CREATE_POLICY);
    }

    @Test
    void wholeUnusedServiceIsExcludedAsAWholeUnlessAlreadyExcluded() throws Exception {
        Refinement refinement = refine(SMALL,
                "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\"],\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"ec2\"},{\"serviceNamespace\":\"iam\"}]", true);
        assertThat(statement(refinement).get("NotAction")).isEqualTo(json("[\"iam:*\",\"ec2:*\"]"));
    }

    @Test
    void unusedNameUnknownToTheCatalogIsExcludedToo() throws Exception {
        Refinement refinement = refine(SMALL,
                "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\"],\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObjectAcl\",\"GetObjectAclV9\"]}]", true);
        assertThat(statement(refinement).get("NotAction")).isEqualTo(json("[\"iam:*\",\"s3:GetObjectAcl*\"]"));
    }

    @Test
    void notActionAllowingOnlyUnusedActionsIsDropped() throws Exception {
        Refinement refinement = refine(TestCatalogs.of("s3:GetObject", "iam:PassRole"),
                "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\"],\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObject\"]}]", true);
        assertThat(refinement.action()).isEqualTo(RecommendedAction.DETACH_POLICY);
    }

    @Test
    void starAloneBecomesANotActionStringInTheSamePlace() throws Exception {
        Refinement refinement = refine(SMALL,
                "{\"Sid\":\"All\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"iam\",\"actions\":[\"PassRole\"]}]", true);
        assertThat(statement(refinement)).isEqualTo(
                json("{\"Sid\":\"All\",\"Effect\":\"Allow\",\"NotAction\":\"iam:PassRole\",\"Resource\":\"*\"}"));
        assertThat(refinement.notes()).anyMatch(note -> note.contains("NotAction"));
    }

    @Test
    void starInAListIsRewrittenAndItsNeighboursAreNotedAsRedundant() throws Exception {
        Refinement refinement = refine(SMALL,
                "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"*\"],\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\",\"GetBucketPolicy\"]},"
                        + "{\"serviceNamespace\":\"ec2\"}]", true);
        assertThat(statement(refinement).get("NotAction")).isEqualTo(json("[\"ec2:*\",\"s3:GetBucket*\"]"));
        assertThat(statement(refinement).has("Action")).isFalse();
        assertThat(refinement.notes()).anyMatch(note -> note.contains("\"s3:GetObject\" is redundant"));
    }

    @Test
    void switchingTheRewriteOffGivesThePlainCoverOverTheServices() throws Exception {
        Refinement refinement = refine(SMALL,
                "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"iam\",\"actions\":[\"PassRole\"]}]", false);
        assertThat(statement(refinement).get("Action")).isEqualTo(json("[\"ec2:RunInstances\",\"iam:GetRole\",\"s3:*\"]"));
    }

    @Test
    void powerUserAccessShapeOnTheBundledCatalog() throws Exception {
        Catalog catalog = CatalogLoader.bundled();
        Refinement refinement = refine(catalog,
                "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\",\"organizations:*\",\"account:*\"],\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\",\"GetBucketPolicy\",\"GetBucketPolicyStatus\"]},"
                        + "{\"serviceNamespace\":\"lambda\",\"actions\":[\"InvokeFunctionUrl\",\"DeleteFunction\"]},"
                        + "{\"serviceNamespace\":\"dynamodb\"},"
                        + "{\"serviceNamespace\":\"iam\",\"actions\":[\"PassRole\"]}]", true);
        assertThat(statement(refinement).get("NotAction")).isEqualTo(json("[\"iam:*\",\"organizations:*\",\"account:*\","
                + "\"dynamodb:*\",\"lambda:DeleteFunction\",\"lambda:InvokeFunctionUrl\",\"s3:GetBucketAcl\","
                + "\"s3:GetBucketPolicy*\"]"));
    }
}

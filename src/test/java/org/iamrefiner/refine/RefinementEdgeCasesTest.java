package org.iamrefiner.refine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.RecommendedAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RefinementSettings;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.PolicyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The named edge cases of SPEC.md, refined by the rules end to end (engine, emitter, check). */
class RefinementEdgeCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RuleBase rules;

    @BeforeAll
    static void compileRules() {
        rules = RuleBase.core();
    }

    private static Refinement refine(Catalog catalog, String policy, String finding) throws Exception {
        return refine(catalog, policy, finding, RefinementSettings.defaults());
    }

    private static Refinement refine(Catalog catalog, String policy, String finding, RefinementSettings settings)
            throws Exception {
        return new Refiner(rules, catalog, settings).refine(PolicyReader.parse("policy.json", policy),
                FindingReader.parse("finding.json", finding));
    }

    private static JsonNode actionOf(Refinement refinement, int statement) {
        JsonNode statements = refinement.refined().get("Statement");
        return (statements.isArray() ? statements.get(statement) : statements).get("Action");
    }

    private static String allow(String actionJson) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":" + actionJson
                + ",\"Resource\":\"*\"}]}";
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void keptActionThatIsAStringPrefixOfAnUnusedOneIsWrittenByName() throws Exception {
        Catalog catalog = TestCatalogs.of("s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectTagging", "s3:GetBucketAcl");
        Refinement refinement = refine(catalog, allow("[\"s3:GetObject*\"]"),
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObjectAcl\"]}]");
        assertThat(actionOf(refinement, 0)).isEqualTo(json("[\"s3:GetObject\",\"s3:GetObjectTagging\"]"));
        assertThat(refinement.action()).isEqualTo(RecommendedAction.CREATE_POLICY);
    }

    @Test
    void safeNodeMatchingTwoActionsWhereOneIsAPrefixOfTheOtherIsAWildcard() throws Exception {
        Catalog catalog = TestCatalogs.of("a:Fo", "a:Foo", "a:Bar");
        Refinement refinement = refine(catalog, allow("\"a:*\""), "[{\"serviceNamespace\":\"a\",\"actions\":[\"Bar\"]}]");
        assertThat(actionOf(refinement, 0)).isEqualTo(json("\"a:Fo*\""));
    }

    @Test
    void nodeIsUnsafeWhenAnUnusedNameStartsWithItOutsideItsSubtree() throws Exception {
        Catalog catalog = TestCatalogs.of("acm:ListCertificate", "acm:ListCertificateAuthorities",
                "acm:ListCertificates", "acm:ListTags");
        Refinement refinement = refine(catalog, allow("[\"acm:List*\"]"),
                "[{\"serviceNamespace\":\"acm\",\"actions\":[\"ListCertificates\"]}]");
        assertThat(actionOf(refinement, 0)).isEqualTo(
                json("[\"acm:ListCertificate\",\"acm:ListCertificateAuthorities\",\"acm:ListTags\"]"));
    }

    @Test
    void untouchedEntriesKeepTheirCasingAndRefinedOnesUseCanonicalSpelling() throws Exception {
        Catalog catalog = TestCatalogs.of("s3:GetObject", "s3:GetObjectAcl", "s3:GetBucketAcl", "s3:PutObject");
        Refinement refinement = refine(catalog, allow("[\"S3:putOBJECT\",\"S3:GET*\"]"),
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"s3:getbucketacl\"]}]");
        assertThat(actionOf(refinement, 0)).isEqualTo(json("[\"S3:putOBJECT\",\"s3:GetObject*\"]"));
    }

    @Test
    void wholeServiceUnusedDropsItsWildcardsAndNarrowsAStarAboveServices() throws Exception {
        Catalog catalog = TestCatalogs.of("a:Get", "a:Put", "b:List", "iam:PassRole", "iam:GetRole");
        Refinement refinement = refine(catalog,
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:Get*\",\"a:Get\"],\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
                "[{\"serviceNamespace\":\"iam\"}]", new RefinementSettings(false));
        assertThat(actionOf(refinement, 0)).isEqualTo(json("[\"a:Get\"]"));
        assertThat(actionOf(refinement, 1)).isEqualTo(json("[\"a:*\",\"b:List\"]"));
    }

    @Test
    void unusedNameUnknownToTheCatalogIsNotCoveredByAWildcard() throws Exception {
        Catalog catalog = TestCatalogs.of("s3:GetObject", "s3:GetObjectAcl", "s3:PutObject");
        Refinement refinement = refine(catalog, allow("\"s3:GetObject*\""),
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObjectAclV9\"]}]");
        assertThat(actionOf(refinement, 0)).isEqualTo(json("[\"s3:GetObject\",\"s3:GetObjectAcl\"]"));
    }

    @Test
    void wildcardInsideTheNameNeverWidens() throws Exception {
        Catalog catalog = TestCatalogs.of("a:GetObjectAcl", "a:GetBucketAcl", "a:GetObject", "a:GetObjectAclTwo");
        Refinement refinement = refine(catalog, allow("[\"a:Get*Acl\",\"a:G?tObject*\"]"),
                "[{\"serviceNamespace\":\"a\",\"actions\":[\"GetBucketAcl\",\"GetObject\"]}]");
        assertThat(actionOf(refinement, 0)).isEqualTo(json("[\"a:GetObjectAcl\",\"a:GetObjectAcl*\"]"));
    }

    @Test
    void entriesOfAServiceTheCatalogDoesNotKnowAreKeptOrDroppedWithAWarning() throws Exception {
        Catalog catalog = TestCatalogs.of("s3:GetObject");
        Refinement refinement = refine(catalog, allow("[\"foo:Get*\",\"bar:Do\",\"s3:GetObject\"]"),
                "[{\"serviceNamespace\":\"foo\",\"actions\":[\"GetThing\"]}]");
        assertThat(actionOf(refinement, 0)).isEqualTo(json("[\"bar:Do\",\"s3:GetObject\"]"));
        assertThat(refinement.notes()).anyMatch(note -> note.contains("\"foo\""))
                .anyMatch(note -> note.contains("\"bar\""));
    }

    @Test
    void denyStatementsAreNeverChanged() throws Exception {
        Catalog catalog = TestCatalogs.of("s3:GetObject", "s3:PutObject");
        String policy = "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"s3:GetObject\"],\"Resource\":\"*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\"],\"Resource\":\"*\"}]}";
        Refinement refinement = refine(catalog, policy,
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObject\"]}]");
        assertThat(refinement.action()).isEqualTo(RecommendedAction.NONE);
        assertThat(refinement.refined()).isEqualTo(json(policy));
    }

    @Test
    void policyGrantingOnlyUnusedActionsIsDetached() throws Exception {
        Catalog catalog = TestCatalogs.of("s3:GetObject", "s3:GetObjectAcl");
        Refinement refinement = refine(catalog,
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject*\",\"s3:GetObject\"],\"Resource\":\"*\"}}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObject\",\"GetObjectAcl\"]}]");
        assertThat(refinement.action()).isEqualTo(RecommendedAction.DETACH_POLICY);
        assertThat(refinement.refined()).isNull();
    }

    @Test
    void statementObjectStaysAnObjectAndDuplicatesCollapse() throws Exception {
        Catalog catalog = TestCatalogs.of("s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectTagging", "s3:GetBucketAcl");
        Refinement refinement = refine(catalog,
                "{\"Statement\":{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:GETOBJECT*\"],"
                        + "\"Resource\":\"*\"}}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\"]}]");
        assertThat(refinement.refined().get("Statement").isObject()).isTrue();
        assertThat(refinement.refined().get("Statement").get("Sid").asText()).isEqualTo("Read");
        assertThat(actionOf(refinement, 0)).isEqualTo(json("[\"s3:GetObject*\"]"));
    }
}

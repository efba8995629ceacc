package org.iamrefiner.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.iamrefiner.explore.ExploreFixtures.catalog;
import static org.iamrefiner.explore.ExploreFixtures.names;
import static org.iamrefiner.explore.ExploreFixtures.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.api.Test;

/** What patterns and statements expand to, and how what matches nothing is reported. */
class ExpansionReportTest {

    private final Catalog catalog = catalog("test-catalog",
            "s3:GetObject", "s3:GetObjectAcl", "s3:GetBucketAcl", "s3:ListBucket", "s3:PutObject",
            "ec2:RunInstances", "ec2:DescribeInstances", "iam:PassRole");

    @Test
    void patternsExpandToCanonicalSpellingsWhateverTheirCasing() {
        ExpansionReport report = ExpansionReport.ofPatterns(List.of("S3:getobject*", "EC2:runinstances"), catalog);

        assertThat(report.patterns()).extracting(p -> names(p.matches())).containsExactly(
                List.of("s3:GetObject", "s3:GetObjectAcl"), List.of("ec2:RunInstances"));
        assertThat(report.text()).isEqualTo("""
                # catalog: test-catalog
                # S3:getobject*: 2 actions
                s3:GetObject
                s3:GetObjectAcl
                # EC2:runinstances: 1 action
                ec2:RunInstances
                """);
    }

    @Test
    void unknownActionsAndServicesAreReportedNotDropped() {
        ExpansionReport report = ExpansionReport.ofPatterns(
                List.of("ec2:RunInstancez", "ec3:RunInstances", "s3:Delete*", "s3:GetObject"), catalog);

        assertThat(report.problems()).containsExactly(
                "ec2:RunInstancez: not in the catalog (did you mean ec2:RunInstances?)",
                "ec3:RunInstances: service ec3 is not in the catalog (did you mean ec2?)",
                "s3:Delete*: matches no action in the catalog");
        assertThat(report.text()).contains("# ec2:RunInstancez: not in the catalog (did you mean ec2:RunInstances?)\n");
        JsonNode json = report.json();
        assertThat(json.get("patterns")).hasSize(4);
        assertThat(json.get("patterns").get(0).get("problem").asText()).isEqualTo("not in the catalog");
        assertThat(json.get("patterns").get(0).get("suggestions").get(0).asText()).isEqualTo("ec2:RunInstances");
        assertThat(json.get("patterns").get(3).has("problem")).isFalse();
    }

    @Test
    void starAloneMatchesTheWholeCatalog() {
        ExpansionReport report = ExpansionReport.ofPatterns(List.of("*"), catalog);

        assertThat(report.patterns().get(0).matches()).hasSize(catalog.size());
    }

    @Test
    void statementGrantsTheUnionOfItsEntries() {
        ExpansionReport report = ExpansionReport.ofPolicy(policy(
                "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:GetObject\",\"ec2:RunInstancez\"],"
                        + "\"Resource\":\"*\"}"), catalog);

        StatementExpansion statement = report.statements().get(0);
        assertThat(names(statement.actions())).containsExactly("s3:GetBucketAcl", "s3:GetObject", "s3:GetObjectAcl");
        assertThat(report.problems()).containsExactly(
                "/Statement/0 ec2:RunInstancez: not in the catalog (did you mean ec2:RunInstances?)");
        assertThat(report.text()).contains("""
                # /Statement/0 (Sid "Read"): Allow, 3 Action entries: grants 3 actions
                #   s3:Get*: 3 actions
                #   s3:GetObject: 1 action
                #   ec2:RunInstancez: not in the catalog (did you mean ec2:RunInstances?)
                s3:GetBucketAcl
                s3:GetObject
                s3:GetObjectAcl
                """);
    }

    @Test
    void notActionIsResolvedAsTheCatalogMinusWhatItMatches() {
        ExpansionReport report = ExpansionReport.ofPolicy(policy(
                "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\",\"s3:Put*\"],\"Resource\":\"*\"}"), catalog);

        StatementExpansion statement = report.statements().get(0);
        assertThat(names(statement.actions())).containsExactly("ec2:DescribeInstances", "ec2:RunInstances",
                "s3:GetBucketAcl", "s3:GetObject", "s3:GetObjectAcl", "s3:ListBucket");
        assertThat(report.text()).contains("# /Statement/0: Allow, 2 NotAction entries: grants 6 actions "
                + "(every catalog action except the 2 its NotAction entries match)");
    }

    @Test
    void denyStatementsShowWhatTheyDeny() {
        ExpansionReport report = ExpansionReport.ofPolicy(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Deny\",\"Action\":[\"s3:Put*\",\"iam:PassRole\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Deny\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}"), catalog);

        assertThat(names(report.statements().get(1).actions())).containsExactly("iam:PassRole", "s3:PutObject");
        assertThat(names(report.statements().get(2).actions()))
                .containsExactly("ec2:DescribeInstances", "ec2:RunInstances", "iam:PassRole");
        assertThat(report.text()).contains("# /Statement/1: Deny, 2 Action entries: denies 2 actions\n");
        JsonNode deny = report.json().get("statements").get(1);
        assertThat(deny.get("effect").asText()).isEqualTo("Deny");
        assertThat(deny.get("count").asInt()).isEqualTo(2);
        assertThat(deny.get("entries").get(0).get("matches").get(0).asText()).isEqualTo("s3:PutObject");
    }

    @Test
    void patternArgumentsAreCheckedLikePolicyEntries() throws Exception {
        ActionPatterns.checkArgument("*", "argument 1");
        ActionPatterns.checkArgument("s3:Get*", "argument 1");

        InputException noService = catchThrowableOfType(InputException.class,
                () -> ActionPatterns.checkArgument("RunInstances", "argument 2"));
        InputException wildService = catchThrowableOfType(InputException.class,
                () -> ActionPatterns.checkArgument("s*:Get*", "argument 3"));

        assertThat(noService.getMessage()).startsWith("argument 2: ").contains("no service prefix");
        assertThat(wildService.getMessage()).contains("invalid service prefix");
    }

    @Test
    void suggestionsAreNearNamesOnly() {
        assertThat(PatternExpansion.closest("ec2:runinstance", List.of("ec2:RunInstances", "ec2:StartInstances")))
                .containsExactly("ec2:RunInstances");
        assertThat(PatternExpansion.closest("s3:Frobnicate", List.of("s3:GetObject"))).isEmpty();
        assertThat(PatternExpansion.distance("kitten", "sitting", 5)).isEqualTo(3);
    }
}

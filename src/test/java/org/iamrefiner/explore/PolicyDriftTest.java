package org.iamrefiner.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iamrefiner.explore.ExploreFixtures.catalog;
import static org.iamrefiner.explore.ExploreFixtures.names;
import static org.iamrefiner.explore.ExploreFixtures.policy;

import com.fasterxml.jackson.databind.JsonNode;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.policy.Policy;
import org.junit.jupiter.api.Test;

/** What a policy grants under a newer catalog that it did not under an older one. */
class PolicyDriftTest {

    private final Catalog before = catalog("v1", "s3:GetObject", "s3:GetBucketAcl", "s3:ListBucket", "s3:GetLegacy",
            "iam:PassRole", "iam:GetRole");
    private final Catalog after = catalog("v2", "s3:GetObject", "s3:GetBucketAcl", "s3:ListBucket",
            "s3:GetBucketAbac", "s3:GetObjectAnnotation", "s3:PutObject",
            "iam:PassRole", "iam:GetRole", "iam:CreateRole", "ec2:RunInstances");

    private final Policy policy = policy(
            "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:GetObject*\",\"s3:ListBucket\"],"
                    + "\"Resource\":\"*\"}",
            "{\"Sid\":\"AllButIam\",\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Deny\",\"Action\":\"iam:Create*\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\"}");

    @Test
    void widenedWildcardsAreShownPerStatementAndEntry() {
        PolicyDrift drift = PolicyDrift.of(policy, before, after);

        assertThat(drift.widened()).isTrue();
        PolicyDrift.StatementDrift read = drift.statements().get(0);
        assertThat(read.statement().pointer()).isEqualTo("/Statement/0");
        assertThat(names(read.added())).containsExactly("s3:GetBucketAbac", "s3:GetObjectAnnotation");
        assertThat(names(read.removed())).containsExactly("s3:GetLegacy");
        assertThat(read.entries()).extracting(PolicyDrift.EntryDrift::entry).containsExactly("s3:Get*", "s3:GetObject*");
        assertThat(names(read.entries().get(0).added())).containsExactly("s3:GetBucketAbac", "s3:GetObjectAnnotation");
        assertThat(names(read.entries().get(1).added())).containsExactly("s3:GetObjectAnnotation");
    }

    @Test
    void notActionGrantsEveryNewActionItDoesNotExclude() {
        PolicyDrift.StatementDrift allButIam = PolicyDrift.of(policy, before, after).statements().get(1);

        assertThat(names(allButIam.added()))
                .containsExactly("ec2:RunInstances", "s3:GetBucketAbac", "s3:GetObjectAnnotation", "s3:PutObject");
    }

    @Test
    void denyStatementsThatDenyMoreAreShownApart() {
        PolicyDrift drift = PolicyDrift.of(policy, before, after);

        assertThat(names(drift.newlyDenied())).containsExactly("iam:CreateRole");
        assertThat(names(drift.newlyGranted())).containsExactly("s3:GetBucketAbac", "s3:GetObjectAnnotation",
                "ec2:RunInstances", "s3:PutObject");
        assertThat(drift.statements()).extracting(d -> d.statement().pointer())
                .containsExactly("/Statement/0", "/Statement/1", "/Statement/2");
    }

    @Test
    void textSaysDriftAndListsEachEntry() {
        String text = PolicyDrift.of(policy, before, after).text();

        assertThat(text).startsWith("# policy: policy.json\n# old catalog: v1 (v1.txt; 2 services, 6 actions)\n"
                + "# new catalog: v2 (v2.txt; 3 services, 10 actions)\n"
                + "DRIFT: under the new catalog the policy grants 4 actions it did not grant under the old one "
                + "(2 Allow statements widened). Deny statements now also deny 1 action. "
                + "1 action it granted is no longer in the new catalog.\n");
        assertThat(text).contains("note: the old catalog does not know the service ec2 at all; "
                + "1 of its actions counts as new here\n");
        assertThat(text).contains("""
                /Statement/0 (Sid "Read"): Allow, +2 granted, -1 no longer listed
                  s3:Get*: +2 -1
                    + s3:GetBucketAbac
                    + s3:GetObjectAnnotation
                    - s3:GetLegacy
                  s3:GetObject*: +1
                    + s3:GetObjectAnnotation
                """);
        assertThat(text).contains("/Statement/1 (Sid \"AllButIam\"): Allow NotAction, +4 granted "
                + "(every new action its NotAction entries do not match), -1 no longer listed\n  + ec2:RunInstances\n");
        assertThat(text).contains("/Statement/2: Deny, +1 denied\n  iam:Create*: +1\n    + iam:CreateRole\n");
    }

    @Test
    void actionsNamedExactlyAreNotDriftEvenWhenTheOldCatalogDidNotKnowThem() {
        Policy named = policy("{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:GetObject\",\"s3:GetBucket*\"],"
                + "\"Resource\":\"*\"}");

        PolicyDrift drift = PolicyDrift.of(named, before, after);

        assertThat(names(drift.newlyGranted())).containsExactly("s3:GetBucketAbac");
        assertThat(names(drift.namedLiterally())).containsExactly("s3:PutObject");
        assertThat(drift.statements().get(0).entries()).extracting(PolicyDrift.EntryDrift::entry)
                .containsExactly("s3:GetBucket*");
        assertThat(drift.text()).contains("note: 1 action the policy names exactly (s3:PutObject) the old catalog "
                + "did not know; being named, it was granted by name before too and is not drift\n");
    }

    @Test
    void sameCatalogMeansNoDrift() {
        PolicyDrift drift = PolicyDrift.of(policy, after, after);

        assertThat(drift.widened()).isFalse();
        assertThat(drift.statements()).isEmpty();
        assertThat(drift.verdict()).startsWith("NO DRIFT: ");
    }

    @Test
    void jsonListsNewlyGrantedActionsAndTheStatements() {
        JsonNode json = PolicyDrift.of(policy, before, after).json();

        assertThat(json.get("drift").asBoolean()).isTrue();
        assertThat(json.get("newlyGrantedCount").asInt()).isEqualTo(4);
        assertThat(json.get("statements").get(0).get("sid").asText()).isEqualTo("Read");
        assertThat(json.get("statements").get(0).get("entries").get(0).get("added").get(0).asText())
                .isEqualTo("s3:GetBucketAbac");
        assertThat(json.get("noLongerListed").get(0).asText()).isEqualTo("s3:GetLegacy");
    }
}

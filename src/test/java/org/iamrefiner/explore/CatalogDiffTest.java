package org.iamrefiner.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iamrefiner.explore.ExploreFixtures.catalog;
import static org.iamrefiner.explore.ExploreFixtures.names;

import com.fasterxml.jackson.databind.JsonNode;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.explore.CatalogDiff.ServiceStatus;
import org.junit.jupiter.api.Test;

/** Actions added and removed between two small catalogs, per service. */
class CatalogDiffTest {

    private final Catalog before = catalog("v1", "s3:GetObject", "s3:GetBucketCORS", "s3:GetLegacyThing",
            "lambda:InvokeFunction", "old:DoThing");
    private final Catalog after = catalog("v2", "s3:GetObject", "s3:GetBucketCors", "s3:GetBucketAbac",
            "s3:GetObjectAnnotation", "lambda:InvokeFunction", "ec2:RunInstances");

    @Test
    void listsAddedRemovedAndRespeltActionsPerService() {
        CatalogDiff diff = CatalogDiff.of(before, after);

        assertThat(diff.changes()).extracting(CatalogDiff.ServiceChange::service, CatalogDiff.ServiceChange::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ec2", ServiceStatus.ADDED),
                        org.assertj.core.groups.Tuple.tuple("old", ServiceStatus.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("s3", ServiceStatus.KEPT));
        CatalogDiff.ServiceChange s3 = diff.changes().get(2);
        assertThat(names(s3.added())).containsExactly("s3:GetBucketAbac", "s3:GetObjectAnnotation");
        assertThat(names(s3.removed())).containsExactly("s3:GetLegacyThing");
        assertThat(s3.respelt()).singleElement().satisfies(pair -> {
            assertThat(pair.before().fullName()).isEqualTo("s3:GetBucketCORS");
            assertThat(pair.after().fullName()).isEqualTo("s3:GetBucketCors");
        });
        assertThat(diff.addedActions()).isEqualTo(3);
        assertThat(diff.removedActions()).isEqualTo(2);
    }

    @Test
    void textHasCountsPerServiceAndOneActionALine() {
        String text = CatalogDiff.of(before, after).text(false);

        assertThat(text).startsWith("# old: v1 (v1.txt; 3 services, 5 actions)\n# new: v2 (v2.txt; 3 services, 6 actions)\n"
                + "added 3 actions, removed 2, respelt 1; services: 1 new, 1 gone\n");
        assertThat(text).contains("""
                
                s3: +2 -1 ~1
                + s3:GetBucketAbac
                + s3:GetObjectAnnotation
                - s3:GetLegacyThing
                ~ s3:GetBucketCORS -> s3:GetBucketCors
                """);
        assertThat(text).contains("ec2: +1 -0 (new service)\n+ ec2:RunInstances\n")
                .contains("old: +0 -1 (service gone)\n- old:DoThing\n")
                .doesNotContain("lambda");
    }

    @Test
    void summaryHasOnlyTheCounts() {
        String text = CatalogDiff.of(before, after).text(true);

        assertThat(text).endsWith("ec2: +1 -0 (new service)\nold: +0 -1 (service gone)\ns3: +2 -1 ~1\n");
    }

    @Test
    void sameCatalogHasNoChange() {
        CatalogDiff diff = CatalogDiff.of(before, before);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.text(false)).endsWith("no change: both catalogs hold the same actions\n");
    }

    @Test
    void jsonCarriesBothCatalogsAndEachService() {
        JsonNode json = CatalogDiff.of(before, after).json();

        assertThat(json.get("old").get("version").asText()).isEqualTo("v1");
        assertThat(json.get("new").get("actions").asInt()).isEqualTo(6);
        assertThat(json.get("added").asInt()).isEqualTo(3);
        JsonNode s3 = json.get("services").get(2);
        assertThat(s3.get("service").asText()).isEqualTo("s3");
        assertThat(s3.get("status").asText()).isEqualTo("kept");
        assertThat(s3.get("addedCount").asInt()).isEqualTo(2);
        assertThat(s3.get("respelt").get(0).get("new").asText()).isEqualTo("s3:GetBucketCors");
    }
}

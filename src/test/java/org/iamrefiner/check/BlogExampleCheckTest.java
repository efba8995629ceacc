package org.iamrefiner.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iamrefiner.check.CheckFixtures.BLOG_EXAMPLE;
import static org.iamrefiner.check.CheckFixtures.resource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published example: the recommendation of 2024 passes on the catalog of that time. */
class BlogExampleCheckTest {

    private GuaranteeCheck check;
    private Policy original;
    private Finding finding;
    private ObjectNode expected;

    @BeforeEach
    void readExample() throws Exception {
        Catalog catalog = CheckFixtures.catalogOfLines(resource(BLOG_EXAMPLE + "catalog-2024-08-31-s3-lambda.txt"));
        check = new GuaranteeCheck(catalog);
        original = CheckFixtures.policyText(resource(BLOG_EXAMPLE + "policy.json"));
        finding = CheckFixtures.finding(resource(BLOG_EXAMPLE + "unused.json"));
        expected = (ObjectNode) new ObjectMapper().readTree(resource(BLOG_EXAMPLE + "expected-2024.json"));
    }

    @Test
    void publishedRecommendationPasses() throws Exception {
        assertThat(check.check(original, PolicyReader.fromJson("expected-2024.json", expected), finding)).isEmpty();
    }

    @Test
    void recommendationWithoutOneKeptActionFails() throws Exception {
        ArrayNode s3Actions = (ArrayNode) expected.get("Statement").get(1).get("Action");
        for (int i = 0; i < s3Actions.size(); i++) {
            if (s3Actions.get(i).asText().equals("s3:GetJobTagging")) {
                s3Actions.remove(i);
            }
        }

        List<Violation> violations = check.check(original, PolicyReader.fromJson("broken.json", expected), finding);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(1);
            assertThat(v.statement()).isEqualTo("/Statement/1");
            assertThat(v.entry()).isEqualTo("s3:Get*");
            assertThat(v.example()).isEqualTo("s3:GetJobTagging");
        });
    }

    @Test
    void recommendationKeepingTheOriginalWildcardFails() throws Exception {
        ((ArrayNode) expected.get("Statement").get(1).get("Action")).set(0, "s3:Get*");

        List<Violation> violations = check.check(original, PolicyReader.fromJson("broken.json", expected), finding);

        assertThat(violations).extracting(Violation::guarantee).containsExactlyInAnyOrder(1, 3);
    }
}

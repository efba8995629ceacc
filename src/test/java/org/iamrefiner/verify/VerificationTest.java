package org.iamrefiner.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.check.PatternLanguage;
import org.iamrefiner.check.Violation;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.verify.Verification.Kind;
import org.junit.jupiter.api.Test;

/**
 * Hand-made broken recommendations, one kind of mistake each, and the published example: what
 * {@code verify} finds, and what kind of access each counterexample stands for.
 */
class VerificationTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/blog-example");

    private static final String READ =
            "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:ListBucket\"],\"Resource\":\"*\"}";
    private static final String READ_REFINED =
            "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject*\",\"s3:ListBucket\"],\"Resource\":\"*\"}";
    private static final String COMPUTE = "{\"Sid\":\"Compute\",\"Effect\":\"Allow\",\"Action\":\"ec2:Describe*\","
            + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}}";
    private static final String NO_DELETE =
            "{\"Sid\":\"NoDelete\",\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}";

    private final Catalog catalog = catalog(
            "s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectTagging", "s3:GetBucketAcl", "s3:GetBucketPolicy",
            "s3:ListBucket", "s3:DeleteObject", "s3:DeleteBucket",
            "ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:RunInstances");

    private final Finding finding = finding("[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetBucketAcl\",\"GetBucketPolicy\"]}]");
    private final Policy original = policy(READ, COMPUTE, NO_DELETE);

    @Test
    void correctRefinementPasses() {
        Verification verification = verify(policy(READ_REFINED, COMPUTE, NO_DELETE));

        assertThat(verification.passed()).isTrue();
        assertThat(verification.text()).startsWith("PASS: ").contains("guarantees 1-4 hold");
    }

    @Test
    void lostActionIsNamedWithTheOriginalEntry() {
        Verification verification = verify(policy(READ_REFINED.replace("s3:GetObject*", "s3:GetObject"), COMPUTE, NO_DELETE));

        assertThat(verification.violations()).singleElement().satisfies(reported -> {
            assertThat(reported.kind()).isEqualTo(Kind.LOST);
            assertThat(reported.violation().guarantee()).isEqualTo(1);
            assertThat(reported.violation().entry()).isEqualTo("s3:Get*");
            assertThat(reported.violation().example()).isIn("s3:GetObjectAcl", "s3:GetObjectTagging");
        });
        assertThat(verification.text()).startsWith("FAIL: ")
                .containsPattern("\n/Statement/0 \\(Sid \"Read\"\\) entry \"s3:Get\\*\": lost s3:GetObject(Acl|Tagging)\n"
                        + "    guarantee 1: ");
    }

    @Test
    void keptUnusedActionIsStillGrantedAlthoughUnused() {
        Verification verification = verify(policy(
                READ_REFINED.replace("\"s3:ListBucket\"", "\"s3:GetBucketAcl\",\"s3:ListBucket\""), COMPUTE, NO_DELETE));

        assertThat(verification.violations()).extracting(r -> r.violation().guarantee(), Verification.Reported::kind,
                        r -> r.violation().example())
                .containsExactlyInAnyOrder(
                        tuple(1, Kind.STILL_UNUSED, "s3:GetBucketAcl"),
                        tuple(3, Kind.STILL_UNUSED, "s3:GetBucketAcl"));
        assertThat(verification.text()).contains("entry \"s3:GetBucketAcl\": still granted although unused s3:GetBucketAcl");
    }

    @Test
    void wildcardWiderThanItsOriginalShowsAStringOnlyTheRefinedLanguageHolds() {
        // Same catalog actions as s3:ListBucket, but it also matches actions AWS may add later.
        Verification verification = verify(policy(READ_REFINED.replace("\"s3:ListBucket\"", "\"s3:ListBucket*\""),
                COMPUTE, NO_DELETE));

        assertThat(verification.violations()).singleElement().satisfies(reported -> {
            Violation violation = reported.violation();
            assertThat(reported.kind()).isEqualTo(Kind.NEWLY_GRANTED);
            assertThat(violation.guarantee()).isEqualTo(2);
            assertThat(violation.entry()).isEqualTo("s3:ListBucket*");
            assertThat(PatternLanguage.of("s3:ListBucket*").matches(violation.example())).isTrue();
            assertThat(PatternLanguage.of("s3:Get*").matches(violation.example())).isFalse();
            assertThat(PatternLanguage.of("s3:ListBucket").matches(violation.example())).isFalse();
        });
    }

    @Test
    void wildcardReachingAnotherCatalogActionIsNewlyGrantedOverTheCatalogToo() {
        Verification verification = verify(policy(READ_REFINED.replace("s3:GetObject*", "s3:*Object*"), COMPUTE, NO_DELETE));

        assertThat(verification.violations()).extracting(r -> r.violation().guarantee(), Verification.Reported::kind)
                .contains(tuple(1, Kind.NEWLY_GRANTED), tuple(2, Kind.NEWLY_GRANTED));
        assertThat(verification.violations()).filteredOn(r -> r.violation().guarantee() == 1)
                .extracting(r -> r.violation().example()).containsExactly("s3:DeleteObject");
    }

    @Test
    void changedResourceIsAStructureViolation() {
        Verification verification = verify(policy(
                READ_REFINED.replace("\"Resource\":\"*\"", "\"Resource\":\"arn:aws:s3:::my-bucket/*\""), COMPUTE, NO_DELETE));

        assertThat(verification.passed()).isFalse();
        assertThat(verification.violations()).filteredOn(r -> r.kind() == Kind.STRUCTURE).singleElement()
                .satisfies(reported -> {
                    assertThat(reported.violation().guarantee()).isEqualTo(4);
                    assertThat(reported.violation().statement()).isEqualTo("/Statement/0");
                    assertThat(reported.violation().message()).contains("Resource");
                });
        assertThat(verification.text()).contains("/Statement/0 (Sid \"Read\"): structure changed\n    guarantee 4: ");
    }

    @Test
    void changedConditionIsAStructureViolation() {
        Verification verification = verify(policy(READ_REFINED,
                COMPUTE.replace("eu-west-1", "us-east-1"), NO_DELETE));

        assertThat(verification.violations()).filteredOn(r -> r.kind() == Kind.STRUCTURE).singleElement()
                .satisfies(reported -> {
                    assertThat(reported.violation().statement()).isEqualTo("/Statement/1");
                    assertThat(reported.violation().message()).contains("Condition");
                });
    }

    @Test
    void changedDenyIsAStructureViolation() {
        Verification verification = verify(policy(READ_REFINED, COMPUTE, NO_DELETE.replace("s3:DeleteObject", "s3:Delete*")));

        assertThat(verification.violations()).singleElement().satisfies(reported -> {
            assertThat(reported.kind()).isEqualTo(Kind.STRUCTURE);
            assertThat(reported.violation().statement()).isEqualTo("/Statement/2");
            assertThat(reported.violation().message()).contains("Deny");
        });
    }

    @Test
    void droppedDenyIsAStructureViolation() {
        Verification verification = verify(policy(READ_REFINED, COMPUTE));

        assertThat(verification.violations()).extracting(Verification.Reported::kind).containsExactly(Kind.STRUCTURE);
        assertThat(verification.violations().get(0).violation().message()).contains("Deny statement is missing");
    }

    @Test
    void detachingAPolicyThatIsStillUsedLosesItsActions() {
        Verification verification = Verification.of(original, new RecommendedPolicy(null, "detach", List.of()),
                finding, catalog);

        // Detaching also drops the Deny statement, which guarantee 4 forbids.
        assertThat(verification.violations()).extracting(r -> r.violation().statement(), Verification.Reported::kind)
                .containsExactly(tuple("/Statement/2", Kind.STRUCTURE), tuple("/Statement/0", Kind.LOST),
                        tuple("/Statement/1", Kind.LOST));
    }

    @Test
    void publishedRecommendationOf2024PassesOnTheCatalogOfThatTime() throws Exception {
        Catalog catalog2024 = CatalogLoader.load(EXAMPLE.resolve("catalog-2024-08-31-s3-lambda.txt"));

        Verification verification = verifyExample("expected-2024.json", catalog2024);

        assertThat(verification.passed()).as(verification.text()).isTrue();
    }

    @Test
    void recommendationOf2026PassesOnTheBundledCatalog() throws Exception {
        Verification verification = verifyExample("expected-2026.json", CatalogLoader.bundled());

        assertThat(verification.passed()).as(verification.text()).isTrue();
    }

    @Test
    void recommendationOf2024LosesTheNewGetActionsOnTheBundledCatalog() throws Exception {
        Verification verification = verifyExample("expected-2024.json", CatalogLoader.bundled());

        assertThat(verification.violations()).singleElement().satisfies(reported -> {
            assertThat(reported.kind()).isEqualTo(Kind.LOST);
            assertThat(reported.violation().statement()).isEqualTo("/Statement/1");
            assertThat(reported.violation().entry()).isEqualTo("s3:Get*");
            assertThat(reported.violation().example())
                    .isIn("s3:GetBucketAbac", "s3:GetBucketMetadataTableConfiguration");
        });
    }

    private Verification verifyExample(String refined, Catalog catalog) throws InputException {
        Policy examplePolicy = PolicyReader.read(EXAMPLE.resolve("policy.json"));
        Finding exampleFinding = FindingReader.read(EXAMPLE.resolve("unused.json"));
        RecommendedPolicy recommendation = RecommendedPolicy.read(EXAMPLE.resolve(refined), examplePolicy);
        return Verification.of(examplePolicy, recommendation, exampleFinding, catalog);
    }

    private Verification verify(Policy refined) {
        return Verification.of(original, new RecommendedPolicy(refined, "refined.json", List.of()), finding, catalog);
    }

    static Catalog catalog(String... fullNames) {
        List<CatalogAction> actions = new ArrayList<>();
        for (String fullName : fullNames) {
            int colon = fullName.indexOf(':');
            actions.add(new CatalogAction(fullName.substring(0, colon), fullName.substring(colon + 1), "", List.of()));
        }
        return new Catalog("test", "test", Map.of(), actions);
    }

    static Policy policy(String... statements) {
        try {
            return PolicyReader.parse("policy.json",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
        } catch (InputException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Finding finding(String json) {
        try {
            return FindingReader.parse("unused.json", json);
        } catch (InputException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

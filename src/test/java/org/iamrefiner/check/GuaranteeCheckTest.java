package org.iamrefiner.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iamrefiner.check.CheckFixtures.catalog;
import static org.iamrefiner.check.CheckFixtures.finding;
import static org.iamrefiner.check.CheckFixtures.policy;
import static org.iamrefiner.check.CheckFixtures.policyText;

import java.util.List;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.policy.Policy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broken refinements of an Action policy, one kind of mistake each, and the correct one. */
class GuaranteeCheckTest {

    private static final String READ_ORIGINAL =
            "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:ListBucket\"],\"Resource\":\"*\"}";
    private static final String READ_REFINED =
            "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject*\",\"s3:ListBucket\"],\"Resource\":\"*\"}";
    private static final String QUEUE = "{\"Sid\":\"Queue\",\"Effect\":\"Allow\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}";
    private static final String DENY = "{\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}";
    private static final String COMPUTE = "{\"Sid\":\"Compute\",\"Effect\":\"Allow\",\"Action\":[\"ec2:Describe*\"],"
            + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}}";

    private final GuaranteeCheck check = new GuaranteeCheck(catalog(
            "s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectTagging", "s3:GetBucketAcl", "s3:GetBucketPolicy",
            "s3:ListBucket", "s3:ListAllMyBuckets", "s3:PutObject",
            "ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:RunInstances",
            "sqs:SendMessage", "sqs:ReceiveMessage"));

    private Policy original;
    private Finding finding;

    @BeforeEach
    void readInputs() throws Exception {
        original = policy(READ_ORIGINAL, QUEUE, DENY, COMPUTE);
        // GetBucketFuture is newer than the catalog; sqs is unused as a whole.
        finding = finding("""
                [{"serviceNamespace":"s3","actions":["GetBucketAcl","s3:GetBucketPolicy",
                                                     {"action":"GetBucketFuture","lastAccessed":null}]},
                 {"serviceNamespace":"sqs"}]""");
    }

    private List<Violation> checkRefined(String... statements) throws Exception {
        return check.check(original, policy(statements), finding);
    }

    @Test
    void correctRefinementHasNoViolation() throws Exception {
        assertThat(checkRefined(READ_REFINED, DENY, COMPUTE)).isEmpty();
    }

    @Test
    void eachFindingIsCheckedAgainstItsOwnNamesWhenFindingsAlternate() throws Exception {
        // The check keeps the last finding's names per thread; a different finding must not reuse them.
        Finding nothingUnused = finding("[]");
        List<Violation> keptUnused = checkRefined(READ_REFINED.replace("\"s3:ListBucket\"",
                "\"s3:GetBucketAcl\",\"s3:ListBucket\""), DENY, COMPUTE);
        Policy unchanged = policy(READ_ORIGINAL, QUEUE, DENY, COMPUTE);

        assertThat(keptUnused).isNotEmpty();
        assertThat(check.check(original, unchanged, nothingUnused)).isEmpty();
        assertThat(check.check(original, unchanged, finding)).isNotEmpty();
        assertThat(check.check(original, unchanged, nothingUnused)).isEmpty();
    }

    @Test
    void lostActionBreaksExactness() throws Exception {
        List<Violation> violations = checkRefined(READ_REFINED.replace("s3:GetObject*", "s3:GetObject"), DENY, COMPUTE);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(1);
            assertThat(v.statement()).isEqualTo("/Statement/0");
            assertThat(v.entry()).isEqualTo("s3:Get*");
            assertThat(v.example()).isIn("s3:GetObjectAcl", "s3:GetObjectTagging");
        });
    }

    @Test
    void keptUnusedActionBreaksExactnessAndStaysInByName() throws Exception {
        List<Violation> violations = checkRefined(
                READ_REFINED.replace("\"s3:ListBucket\"", "\"s3:GetBucketAcl\",\"s3:ListBucket\""), DENY, COMPUTE);

        assertThat(violations).extracting(Violation::guarantee, Violation::entry, Violation::example)
                .containsExactlyInAnyOrder(
                        tuple(1, "s3:GetBucketAcl", "s3:GetBucketAcl"),
                        tuple(3, "s3:GetBucketAcl", "s3:GetBucketAcl"));
    }

    @Test
    void unusedNameUnknownToCatalogStillMatchedByWildcard() throws Exception {
        // s3:GetBucketF* matches no catalog action, so only the check by name can see the leak.
        List<Violation> violations = checkRefined(
                READ_REFINED.replace("\"s3:ListBucket\"", "\"s3:GetBucketF*\",\"s3:ListBucket\""), DENY, COMPUTE);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(3);
            assertThat(v.entry()).isEqualTo("s3:GetBucketF*");
            assertThat(v.example()).isEqualTo("s3:GetBucketFuture");
        });
    }

    @Test
    void wildcardWiderThanItsOriginalIsShownWithAWitness() throws Exception {
        // s3:ListBucket* matches the same catalog actions as s3:ListBucket, but also future ones.
        List<Violation> violations = checkRefined(
                READ_REFINED.replace("\"s3:ListBucket\"", "\"s3:ListBucket*\""), DENY, COMPUTE);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(2);
            assertThat(v.entry()).isEqualTo("s3:ListBucket*");
            PatternLanguage refinedEntry = PatternLanguage.of("s3:ListBucket*");
            assertThat(refinedEntry.matches(v.example())).isTrue();
            assertThat(PatternLanguage.of("s3:Get*").matches(v.example())).isFalse();
            assertThat(PatternLanguage.of("s3:ListBucket").matches(v.example())).isFalse();
        });
    }

    @Test
    void serviceUnusedAsAWholeStillCoveredByName() throws Exception {
        // No catalog action matches sqs:Future*, yet every sqs string is unused.
        String queueFuture = QUEUE.replace("sqs:*", "sqs:Future*");
        List<Violation> violations = checkRefined(READ_REFINED, queueFuture, DENY, COMPUTE);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(3);
            assertThat(v.statement()).isEqualTo("/Statement/1");
            assertThat(v.entry()).isEqualTo("sqs:Future*");
            assertThat(PatternLanguage.of("sqs:Future*").matches(v.example())).isTrue();
        });
    }

    @Test
    void serviceUnusedAsAWholeKeptByCatalogActionBreaksExactnessToo() throws Exception {
        List<Violation> violations = checkRefined(READ_REFINED, QUEUE.replace("sqs:*", "sqs:Send*"), DENY, COMPUTE);

        assertThat(violations).extracting(Violation::guarantee).containsExactlyInAnyOrder(1, 3);
        assertThat(violations).filteredOn(v -> v.guarantee() == 1).singleElement()
                .extracting(Violation::example).isEqualTo("sqs:SendMessage");
    }

    @Test
    void changedResourceBreaksStructure() throws Exception {
        List<Violation> violations = checkRefined(
                READ_REFINED.replace("\"Resource\":\"*\"", "\"Resource\":\"arn:aws:s3:::bucket/*\""), DENY, COMPUTE);

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(4);
            assertThat(v.statement()).isEqualTo("/Statement/0");
            assertThat(v.message()).contains("Resource");
        });
    }

    @Test
    void changedConditionBreaksStructure() throws Exception {
        List<Violation> violations = checkRefined(READ_REFINED, DENY, COMPUTE.replace("eu-west-1", "us-east-1"));

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(4);
            assertThat(v.statement()).isEqualTo("/Statement/3");
            assertThat(v.message()).contains("Condition");
        });
    }

    @Test
    void changedSidBreaksStructure() throws Exception {
        List<Violation> violations = checkRefined(READ_REFINED.replace("\"Read\"", "\"ReadObjects\""), DENY, COMPUTE);

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(4);
            assertThat(v.statement()).isEqualTo("/Statement/0");
            assertThat(v.message()).contains("Sid");
        });
    }

    @Test
    void changedDenyBreaksStructure() throws Exception {
        List<Violation> violations = checkRefined(READ_REFINED, DENY.replace("s3:PutObject", "s3:Put*"), COMPUTE);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(4);
            assertThat(v.statement()).isEqualTo("/Statement/2");
        });
    }

    @Test
    void droppedDenyBreaksStructure() throws Exception {
        List<Violation> violations = checkRefined(READ_REFINED, COMPUTE);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(4);
            assertThat(v.statement()).isEqualTo("/Statement/2");
            assertThat(v.message()).contains("Deny");
        });
    }

    @Test
    void reorderedStatementsBreakStructure() throws Exception {
        List<Violation> violations = checkRefined(READ_REFINED, COMPUTE, DENY);

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(4);
            assertThat(v.message()).contains("order");
        });
    }

    @Test
    void changedVersionAndRemovedIdBreakStructure() throws Exception {
        Policy refined = policyText("{\"Version\":\"2008-10-17\",\"Statement\":["
                + String.join(",", READ_REFINED, DENY, COMPUTE) + "]}");

        List<Violation> violations = check.check(original, refined, finding);

        assertThat(violations).extracting(Violation::guarantee).containsOnly(4);
        assertThat(violations).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("Version"))
                .anySatisfy(m -> assertThat(m).contains("Id"));
    }

    @Test
    void droppingAStatementStillInUseLosesItsActions() throws Exception {
        List<Violation> violations = checkRefined(READ_REFINED, DENY);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(1);
            assertThat(v.statement()).isEqualTo("/Statement/3");
            assertThat(v.example()).startsWith("ec2:Describe");
        });
    }

    @Test
    void detachingAPolicyStillInUseIsRefused() throws Exception {
        List<Violation> violations = check.check(original, null, finding);

        assertThat(violations).extracting(Violation::guarantee, Violation::statement).contains(
                tuple(1, "/Statement/0"),
                tuple(1, "/Statement/3"),
                tuple(4, "/Statement/2"));
    }

    @Test
    void detachingAPolicyThatGrantsOnlyUnusedActionsIsAccepted() throws Exception {
        Policy onlyUnused = policy(QUEUE, "{\"Effect\":\"Allow\",\"Action\":\"s3:GetBucket*\",\"Resource\":\"*\"}");

        assertThat(check.check(onlyUnused, null, finding)).isEmpty();
    }

    @Test
    void lookAlikeStatementsArePairedByTheirActions() throws Exception {
        // Same keys apart from Action: the refinement drops the first and keeps the second.
        String queue = "{\"Effect\":\"Allow\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}";
        String compute = "{\"Effect\":\"Allow\",\"Action\":\"ec2:Describe*\",\"Resource\":\"*\"}";
        Policy lookAlikes = policy(queue, compute);

        assertThat(check.check(lookAlikes, policy(compute), finding)).isEmpty();
    }

    @Test
    void unchangedPolicyWithoutUnusedActionsPasses() throws Exception {
        Policy untouched = policy(DENY, COMPUTE);

        assertThat(check.check(untouched, policy(DENY, COMPUTE), finding)).isEmpty();
    }
}

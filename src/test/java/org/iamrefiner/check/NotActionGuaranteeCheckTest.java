package org.iamrefiner.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iamrefiner.check.CheckFixtures.catalog;
import static org.iamrefiner.check.CheckFixtures.finding;
import static org.iamrefiner.check.CheckFixtures.policy;

import java.util.List;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.policy.Policy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NotAction statements and the {@code Action: "*"} rewrite, correct and broken. */
class NotActionGuaranteeCheckTest {

    private final GuaranteeCheck check = new GuaranteeCheck(catalog(
            "s3:GetObject", "s3:GetBucketAcl", "s3:GetBucketPolicy", "s3:ListBucket",
            "ec2:DescribeInstances", "iam:GetRole", "iam:ListRoles",
            "sqs:SendMessage", "sqs:ReceiveMessage"));

    private Finding finding;

    @BeforeEach
    void readFinding() throws Exception {
        finding = finding("""
                [{"serviceNamespace":"s3","actions":["GetBucketAcl","GetBucketPolicy","GetBucketFuture"]},
                 {"serviceNamespace":"sqs"}]""");
    }

    private static String notAction(String... entries) {
        return "{\"Effect\":\"Allow\",\"NotAction\":[\"" + String.join("\",\"", entries) + "\"],\"Resource\":\"*\"}";
    }

    private static String action(String... entries) {
        return "{\"Effect\":\"Allow\",\"Action\":[\"" + String.join("\",\"", entries) + "\"],\"Resource\":\"*\"}";
    }

    private List<Violation> check(String originalStatement, String refinedStatement) throws Exception {
        Policy original = policy(originalStatement);
        return check.check(original, policy(refinedStatement), finding);
    }

    @Test
    void unusedNamesAddedToNotActionPass() throws Exception {
        assertThat(check(notAction("iam:*"),
                notAction("iam:*", "s3:GetBucketAcl", "s3:GetBucketFuture", "s3:GetBucketPolicy", "sqs:*"))).isEmpty();
    }

    @Test
    void unusedNamesCoveredByOneWildcardPass() throws Exception {
        assertThat(check(notAction("iam:*"), notAction("iam:*", "s3:GetBucket*", "sqs:*"))).isEmpty();
    }

    @Test
    void missingServiceWideExclusionLeaksTheService() throws Exception {
        List<Violation> violations = check(notAction("iam:*"),
                notAction("iam:*", "s3:GetBucket*"));

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(3);
            assertThat(PatternLanguage.of("sqs:*").matches(v.example())).isTrue();
        });
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(1);
            assertThat(v.example()).startsWith("sqs:");
            assertThat(v.message()).contains("unused");
        });
    }

    @Test
    void missingUnknownUnusedNameIsCaughtByName() throws Exception {
        List<Violation> violations = check(notAction("iam:*"),
                notAction("iam:*", "s3:GetBucketAcl", "s3:GetBucketPolicy", "sqs:*"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(3);
            assertThat(v.example()).isEqualTo("s3:GetBucketFuture");
        });
    }

    @Test
    void removedOriginalExclusionGrantsNewAccess() throws Exception {
        List<Violation> violations = check(notAction("iam:*"), notAction("s3:GetBucket*", "sqs:*"));

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(2);
            assertThat(v.entry()).isEqualTo("iam:*");
            assertThat(PatternLanguage.of("iam:*").matches(v.example())).isTrue();
        });
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(1);
            assertThat(v.example()).startsWith("iam:");
            assertThat(v.message()).contains("not allowed by the original");
        });
    }

    @Test
    void excludingAUsedActionLosesIt() throws Exception {
        List<Violation> violations = check(notAction("iam:*"),
                notAction("iam:*", "s3:GetBucket*", "sqs:*", "ec2:*"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.guarantee()).isEqualTo(1);
            assertThat(v.example()).isEqualTo("ec2:DescribeInstances");
        });
    }

    @Test
    void actionStarRewrittenToNotActionPasses() throws Exception {
        String original = "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}";
        String refined = "{\"Effect\":\"Allow\",\"NotAction\":[\"s3:GetBucket*\",\"sqs:*\"],\"Resource\":\"*\"}";

        assertThat(check(original, refined)).isEmpty();
    }

    @Test
    void actionWithoutStarTurnedIntoNotActionGrantsNewAccess() throws Exception {
        List<Violation> violations = check(action("s3:*", "iam:*", "ec2:*"),
                notAction("s3:GetBucket*", "sqs:*", "iam:*", "ec2:*"));

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(2);
            assertThat(v.example()).doesNotStartWith("s3:").doesNotStartWith("iam:").doesNotStartWith("ec2:");
        });
    }

    @Test
    void actionEntryReachingIntoOriginalExclusionGrantsNewAccess() throws Exception {
        List<Violation> violations = check(notAction("iam:*", "s3:GetBucket*", "sqs:*"),
                action("s3:Get*", "ec2:DescribeInstances"));

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.guarantee()).isEqualTo(2);
            assertThat(v.entry()).isEqualTo("s3:Get*");
            assertThat(PatternLanguage.of("s3:GetBucket*").matches(v.example())).isTrue();
        });
    }
}

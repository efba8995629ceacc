package org.iamrefiner.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading what is to be verified: a policy document, or a step of a recommendation. */
class RecommendedPolicyTest {

    private static final String REFINED = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    @TempDir
    Path temp;

    private final Policy original = original();

    private static Policy original() {
        try {
            return PolicyReader.parse("policies/app-policy.json", "{\"Version\":\"2012-10-17\",\"Statement\":"
                    + "[{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\"}]}");
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String text) throws Exception {
        return Files.writeString(temp.resolve("input.json"), text);
    }

    private static String step(String action, String policyId, String policy) {
        return "{\"unusedPermissionsRecommendedStep\":{\"recommendedAction\":\"" + action + "\",\"existingPolicyId\":\""
                + policyId + "\"" + (policy == null ? "" : ",\"recommendedPolicy\":" + quote(policy)) + "}}";
    }

    private static String quote(String text) {
        return new com.fasterxml.jackson.databind.node.TextNode(text).toString();
    }

    @Test
    void policyDocumentIsTakenAsItIs() throws Exception {
        RecommendedPolicy read = RecommendedPolicy.read(write(REFINED), original);

        assertThat(read.detached()).isFalse();
        assertThat(read.policy().statements()).singleElement()
                .satisfies(statement -> assertThat(statement.entries()).containsExactly("s3:GetObject"));
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void createPolicyStepHoldsThePolicyAsAString() throws Exception {
        RecommendedPolicy read = RecommendedPolicy.read(write("{\"recommendationType\":\"UnusedPermissionRecommendation\","
                + "\"status\":\"SUCCEEDED\",\"recommendedSteps\":[" + step("CREATE_POLICY", "app-policy.json", REFINED)
                + "]}"), original);

        assertThat(read.policy().statements().get(0).entries()).containsExactly("s3:GetObject");
        assertThat(read.description()).endsWith("/recommendedSteps/0/unusedPermissionsRecommendedStep/recommendedPolicy");
    }

    @Test
    void detachPolicyStepMeansDetached() throws Exception {
        RecommendedPolicy read = RecommendedPolicy.read(write("{\"recommendedSteps\":["
                + step("DETACH_POLICY", "app-policy.json", null) + "]}"), original);

        assertThat(read.detached()).isTrue();
        assertThat(read.description()).contains("DETACH_POLICY");
    }

    @Test
    void ofSeveralStepsTheOneNamingThePolicyIsTaken() throws Exception {
        RecommendedPolicy read = RecommendedPolicy.read(write("{\"recommendedSteps\":["
                + step("DETACH_POLICY", "other.json", null) + ","
                + step("CREATE_POLICY", "arn:aws:iam::123456789012:policy/app-policy", REFINED) + "]}"), original);

        assertThat(read.detached()).isFalse();
        assertThat(read.notes()).singleElement().asString().contains("/recommendedSteps/1");
    }

    @Test
    void recommendationWithoutStepsLeavesThePolicyAsItIs() throws Exception {
        RecommendedPolicy read = RecommendedPolicy.read(write("{\"recommendedSteps\":[]}"), original);

        assertThat(read.policy()).isSameAs(original);
        assertThat(read.notes()).singleElement().asString().contains("no change");
    }

    @Test
    void malformedPolicyStringNamesTheStepAndTheLine() throws Exception {
        Path file = write("{\"recommendedSteps\":[" + step("CREATE_POLICY", "app-policy.json", "{\n\"Statement\": [,]}") + "]}");

        InputException error = catchThrowableOfType(InputException.class, () -> RecommendedPolicy.read(file, original));

        assertThat(error.file()).contains("/recommendedSteps/0/unusedPermissionsRecommendedStep/recommendedPolicy");
        assertThat(error.location()).startsWith("line 2");
    }

    @Test
    void unknownRecommendedActionIsBadInput() throws Exception {
        Path file = write("{\"recommendedSteps\":[" + step("DELETE_ROLE", "app-policy.json", null) + "]}");

        InputException error = catchThrowableOfType(InputException.class, () -> RecommendedPolicy.read(file, original));

        assertThat(error.location()).isEqualTo("/recommendedSteps/0/unusedPermissionsRecommendedStep/recommendedAction");
        assertThat(error.problem()).contains("CREATE_POLICY or DETACH_POLICY");
    }

    @Test
    void unfinishedRecommendationIsBadInput() throws Exception {
        Path file = write("{\"status\":\"IN_PROGRESS\",\"recommendedSteps\":[]}");

        InputException error = catchThrowableOfType(InputException.class, () -> RecommendedPolicy.read(file, original));

        assertThat(error.location()).isEqualTo("/status");
    }
}

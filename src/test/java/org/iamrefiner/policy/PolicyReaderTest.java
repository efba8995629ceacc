package org.iamrefiner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyReaderTest {

    private static final String SOURCE = "policy.json";

    static Path blogExample(String name) throws URISyntaxException {
        return Path.of(PolicyReaderTest.class.getResource("/blog-example/" + name).toURI());
    }

    @Test
    void readsThePublishedPolicyWithItsStatementsInOrder() throws Exception {
        Path file = blogExample("policy.json");

        Policy policy = PolicyReader.read(file);

        assertThat(policy.source()).isEqualTo(file.toString());
        assertThat(policy.statementWasObject()).isFalse();
        assertThat(policy.statements()).hasSize(2);
        PolicyStatement lambda = policy.statements().get(0);
        assertThat(lambda.index()).isZero();
        assertThat(lambda.pointer()).isEqualTo("/Statement/0");
        assertThat(lambda.effect()).isEqualTo(Effect.ALLOW);
        assertThat(lambda.field()).isEqualTo(ActionField.ACTION);
        assertThat(lambda.entriesWasString()).isFalse();
        assertThat(lambda.entries()).hasSize(9).startsWith("lambda:AddPermission").endsWith("lambda:Invoke*");
        PolicyStatement s3 = policy.statements().get(1);
        assertThat(s3.pointer()).isEqualTo("/Statement/1");
        assertThat(s3.entries()).containsExactly("s3:Get*", "s3:List*");
        assertThat(s3.json()).isSameAs(policy.json().get("Statement").get(1));
    }

    @Test
    void keepsEveryKeyInItsOriginalOrder() throws Exception {
        String text = """
                {"Id": "p1", "Version": "2012-10-17", "X-Custom": [1, 2.50],
                 "Statement": {"Sid": "Read", "Resource": "*", "Effect": "Deny", "Principal": {"AWS": "*"},
                               "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                               "NotAction": "s3:Get*", "Note": null}}
                """;

        Policy policy = PolicyReader.parse(SOURCE, text);

        assertThat(policy.json().properties()).extracting(e -> e.getKey())
                .containsExactly("Id", "Version", "X-Custom", "Statement");
        assertThat(policy.json().get("X-Custom").get(1).toString()).isEqualTo("2.50");
        PolicyStatement statement = policy.statements().get(0);
        assertThat(statement.json().properties()).extracting(e -> e.getKey())
                .containsExactly("Sid", "Resource", "Effect", "Principal", "Condition", "NotAction", "Note");
        assertThat(statement.json().get("Condition").toString())
                .isEqualTo("{\"Bool\":{\"aws:SecureTransport\":\"false\"}}");
    }

    @Test
    void aSingleStatementObjectIsRememberedAsSuch() throws Exception {
        Policy policy = PolicyReader.parse(SOURCE,
                "{\"Statement\": {\"Effect\": \"Deny\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}}");

        assertThat(policy.statementWasObject()).isTrue();
        PolicyStatement statement = policy.statements().get(0);
        assertThat(statement.index()).isZero();
        assertThat(statement.pointer()).isEqualTo("/Statement");
        assertThat(statement.effect()).isEqualTo(Effect.DENY);
        assertThat(statement.field()).isEqualTo(ActionField.NOT_ACTION);
        assertThat(statement.entries()).containsExactly("iam:*");
        assertThat(statement.entriesWasString()).isTrue();
    }

    @Test
    void entriesKeepTheirExactSpelling() throws Exception {
        Policy policy = PolicyReader.parse(SOURCE, """
                {"Statement": [{"Effect": "Allow", "Action": ["S3:getobject", "s3:Get?bject*", "*",
                  "lambda:Invoke*", "S3:getobject", "aws-marketplace:View*"]}]}
                """);

        assertThat(policy.statements().get(0).entries()).containsExactly(
                "S3:getobject", "s3:Get?bject*", "*", "lambda:Invoke*", "S3:getobject", "aws-marketplace:View*");
    }

    @Test
    void anEmptyStatementListIsAPolicyWithoutStatements() throws Exception {
        Policy policy = PolicyReader.parse(SOURCE, "{\"Version\": \"2012-10-17\", \"Statement\": []}");

        assertThat(policy.statements()).isEmpty();
        assertThat(policy.statementWasObject()).isFalse();
    }

    @Test
    void rereadsADocumentGivenAsATree() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\"]}]}");

        Policy policy = PolicyReader.fromJson("refined policy.json", tree);

        assertThat(policy.source()).isEqualTo("refined policy.json");
        assertThat(policy.json()).isSameAs(tree);
        assertThat(policy.statements().get(0).entries()).containsExactly("s3:GetObject");
    }

    @Test
    void aTreeThatIsNotAnObjectIsRejected() throws Exception {
        JsonNode list = new ObjectMapper().readTree("[]");

        InputException error = catchThrowableOfType(InputException.class,
                () -> PolicyReader.fromJson("refined", list));

        assertThat(error.file()).isEqualTo("refined");
        assertThat(error.problem()).isEqualTo("a policy document must be a JSON object, found a list");
    }

    static Stream<Arguments> invalidPolicies() {
        return Stream.of(
                Arguments.of("{\"Version\": \"2012-10-17\"}", null, "a policy needs a Statement"),
                Arguments.of("[{\"Effect\": \"Allow\"}]", null, "a policy document must be a JSON object, found a list"),
                Arguments.of("\"policy\"", null, "a policy document must be a JSON object, found \"policy\""),
                Arguments.of("{\"Statement\": \"s3:*\"}", "/Statement",
                        "Statement must be an object or a list of objects, found \"s3:*\""),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\"}, 7]}", "/Statement/1",
                        "a statement must be a JSON object, found 7"),
                Arguments.of("{\"Statement\": [{\"Action\": \"s3:*\"}]}", "/Statement/0",
                        "a statement needs an Effect"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\"},"
                        + " {\"Effect\": \"allow\", \"Action\": \"s3:*\"}]}", "/Statement/1/Effect",
                        "Effect must be \"Allow\" or \"Deny\", found \"allow\""),
                Arguments.of("{\"Statement\": {\"Effect\": true, \"Action\": \"s3:*\"}}", "/Statement/Effect",
                        "Effect must be \"Allow\" or \"Deny\", found true"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"NotAction\": \"s3:Get*\"}]}",
                        "/Statement/0", "a statement has both Action and NotAction"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Resource\": \"*\"}]}", "/Statement/0",
                        "a statement needs an Action or a NotAction"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": []}]}", "/Statement/0/Action",
                        "Action is an empty list"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": {\"s3\": \"*\"}}]}",
                        "/Statement/0/NotAction", "NotAction must be a string or a list of strings, found an object"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", null]}]}",
                        "/Statement/0/Action/1", "an action must be a string, found null"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:A\", \"s3:B\", \"GetObject\"]}]}",
                        "/Statement/0/Action/2", "action \"GetObject\" has no service prefix (expected service:Action)"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"\"}]}", "/Statement/0/Action",
                        "action \"\" has no service prefix (expected service:Action)"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \":GetObject\"}]}",
                        "/Statement/0/Action", "action \":GetObject\" has an empty service prefix (expected service:Action)"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s*:GetObject\"]}]}",
                        "/Statement/0/Action/0",
                        "action \"s*:GetObject\" has an invalid service prefix \"s*\" (only letters, digits and hyphens)"),
                Arguments.of("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:\"]}]}", "/Statement/0/Action/0",
                        "action \"s3:\" has no action name after the service prefix (expected service:Action)"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("invalidPolicies")
    void anInvalidPolicyIsReportedWithFileLocationAndProblem(String text, String location, String problem) {
        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.parse(SOURCE, text));

        assertThat(error).as("expected an InputException").isNotNull();
        assertThat(error.file()).isEqualTo(SOURCE);
        assertThat(error.location()).isEqualTo(location);
        assertThat(error.problem()).isEqualTo(problem);
        assertThat(error.getMessage()).startsWith(SOURCE).contains(problem);
    }

    @Test
    void theFirstBadEntryIsTheOneReported() {
        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.parse(SOURCE,
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"Put\", \"Get\"]}]}"));

        assertThat(error.getMessage()).isEqualTo(
                "policy.json at /Statement/0/Action/1: action \"Put\" has no service prefix (expected service:Action)");
    }

    @Test
    void aStatementAfterValidOnesIsCheckedToo() {
        List<String> statements = List.of(
                "{\"Effect\": \"Allow\", \"Action\": \"s3:*\"}",
                "{\"Effect\": \"Deny\", \"Action\": [\"ec2:*\"]}",
                "{\"Effect\": \"Allow\", \"Action\": [\"ec2:Describe*\", \"DescribeInstances\"]}");
        String text = "{\"Statement\": [" + String.join(",", statements) + "]}";

        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.parse(SOURCE, text));

        assertThat(error.location()).isEqualTo("/Statement/2/Action/1");
    }
}

package org.iamrefiner.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingReaderTest {

    private static final String SOURCE = "unused.json";

    private static Finding parse(String text) throws InputException {
        return FindingReader.parse(SOURCE, text);
    }

    private static List<String> names(UnusedService service) {
        return service.actions().stream().map(UnusedAction::name).toList();
    }

    @Test
    void readsThePublishedFindingAsTwoServices() throws Exception {
        Path file = Path.of(FindingReaderTest.class.getResource("/blog-example/unused.json").toURI());

        Finding finding = FindingReader.read(file);

        assertThat(finding.source()).isEqualTo(file.toString());
        assertThat(finding.resourceArn()).isNull();
        assertThat(finding.services()).extracting(UnusedService::service).containsExactly("lambda", "s3");
        UnusedService lambda = finding.services().get(0);
        assertThat(lambda.serviceLevel()).isFalse();
        assertThat(lambda.actions()).hasSize(8);
        assertThat(names(lambda)).startsWith("AddPermission").endsWith("GetFunction");
        UnusedService s3 = finding.services().get(1);
        assertThat(s3.actions()).hasSize(22);
        assertThat(s3.actions().get(0).fullName()).isEqualTo("s3:GetBucketLocation");
    }

    @Test
    void aSingleEntryObjectIsAFindingOfOneService() throws Exception {
        Finding finding = parse("{\"serviceNamespace\": \"s3\", \"actions\": [\"GetBucketAcl\"]}");

        assertThat(finding.services()).singleElement().satisfies(service -> {
            assertThat(service.service()).isEqualTo("s3");
            assertThat(names(service)).containsExactly("GetBucketAcl");
        });
    }

    @Test
    void actionsMayBeBarePrefixedOrObjectsAndKeepTheirSpelling() throws Exception {
        Finding finding = parse("""
                [{"serviceNamespace": "s3", "actions": [
                   "GetBucketAcl",
                   "S3:getBucketPolicy",
                   {"action": "s3:GetBucketTagging", "lastAccessed": "2024-01-01T00:00:00Z"},
                   {"action": "PutObject"}
                ]}]
                """);

        UnusedService s3 = finding.services().get(0);
        assertThat(s3.actions()).containsExactly(
                new UnusedAction("s3", "GetBucketAcl", null),
                new UnusedAction("s3", "getBucketPolicy", null),
                new UnusedAction("s3", "GetBucketTagging", "2024-01-01T00:00:00Z"),
                new UnusedAction("s3", "PutObject", null));
    }

    @Test
    void anEntryWithoutActionsMeansTheWholeServiceIsUnused() throws Exception {
        Finding finding = parse("""
                [{"serviceNamespace": "iam"},
                 {"serviceNamespace": "EC2", "lastAccessed": "2023-05-01T10:00:00Z"}]
                """);

        assertThat(finding.services()).containsExactly(
                new UnusedService("iam", true, List.of(), null),
                new UnusedService("ec2", true, List.of(), "2023-05-01T10:00:00Z"));
    }

    @Test
    void anEmptyActionListMeansNothingIsUnusedForThatService() throws Exception {
        Finding finding = parse("[{\"serviceNamespace\": \"sqs\", \"actions\": []}]");

        assertThat(finding.services()).containsExactly(new UnusedService("sqs", false, List.of(), null));
    }

    @Test
    void anEmptyListIsAFindingWithNothingUnused() throws Exception {
        assertThat(parse("[]").services()).isEmpty();
    }

    @Test
    void entriesOfTheSameServiceAreMergedInFirstSeenOrder() throws Exception {
        Finding finding = parse("""
                [{"serviceNamespace": "s3", "actions": ["GetBucketAcl", "GetBucketPolicy"]},
                 {"serviceNamespace": "sqs", "actions": ["SendMessage"]},
                 {"serviceNamespace": "S3", "actions": ["getbucketacl", "s3:GetBucketTagging", "GetBucketPolicy"]}]
                """);

        assertThat(finding.services()).extracting(UnusedService::service).containsExactly("s3", "sqs");
        assertThat(names(finding.services().get(0)))
                .containsExactly("GetBucketAcl", "GetBucketPolicy", "GetBucketTagging");
    }

    @Test
    void duplicateNamesInOneEntryAreDroppedKeepingTheFirstSpelling() throws Exception {
        Finding finding = parse("""
                {"serviceNamespace": "s3", "actions": ["getObject", {"action": "s3:GetObject", "lastAccessed": "x"}]}
                """);

        assertThat(finding.services().get(0).actions()).containsExactly(new UnusedAction("s3", "getObject", null));
    }

    @Test
    void aServiceLevelEntryWinsOverActionLevelEntriesInEitherOrder() throws Exception {
        Finding levelLast = parse("""
                [{"serviceNamespace": "s3", "actions": ["GetBucketAcl"], "lastAccessed": "2024-02-02T00:00:00Z"},
                 {"serviceNamespace": "s3"}]
                """);
        Finding levelFirst = parse("""
                [{"serviceNamespace": "s3"},
                 {"serviceNamespace": "s3", "actions": ["GetBucketAcl"]}]
                """);

        assertThat(levelLast.services())
                .containsExactly(new UnusedService("s3", true, List.of(), "2024-02-02T00:00:00Z"));
        assertThat(levelFirst.services()).containsExactly(new UnusedService("s3", true, List.of(), null));
    }

    private static final String RESPONSE = """
            {
              "analyzedAt": "2024-06-01T12:00:00Z",
              "findingDetails": [
                {"unusedPermissionDetails": {"serviceNamespace": "s3",
                  "actions": [{"action": "GetObject", "lastAccessed": "2024-01-01T00:00:00Z"}, {"action": "PutObject"}],
                  "lastAccessed": "2024-01-01T00:00:00Z"}},
                {"unusedIamRoleDetails": {"lastAccessed": "2024-01-01T00:00:00Z"}},
                {"unusedPermissionDetails": {"serviceNamespace": "iam"}}
              ],
              "id": "f-1",
              "resource": "arn:aws:iam::123456789012:role/MyRole",
              "resourceType": "AWS::IAM::Role",
              "resourceOwnerAccount": "123456789012",
              "status": "ACTIVE",
              "findingType": "UnusedPermission"
            }
            """;

    @Test
    void readsAnAccessAnalyzerResponse() throws Exception {
        Finding finding = parse(RESPONSE);

        assertThat(finding.resourceArn()).isEqualTo("arn:aws:iam::123456789012:role/MyRole");
        assertThat(finding.services()).containsExactly(
                new UnusedService("s3", false, List.of(
                        new UnusedAction("s3", "GetObject", "2024-01-01T00:00:00Z"),
                        new UnusedAction("s3", "PutObject", null)), "2024-01-01T00:00:00Z"),
                new UnusedService("iam", true, List.of(), null));
    }

    @Test
    void mergesAListOfResponsesForTheSamePrincipal() throws Exception {
        String secondPage = """
                {"findingDetails": [{"unusedPermissionDetails": {"serviceNamespace": "s3", "actions": ["DeleteObject"]}},
                                    {"unusedPermissionDetails": {"serviceNamespace": "sqs", "actions": ["SendMessage"]}}],
                 "resource": "arn:aws:iam::123456789012:role/MyRole", "findingType": "UnusedPermission"}
                """;

        Finding finding = parse("[" + RESPONSE + "," + secondPage + "]");

        assertThat(finding.resourceArn()).isEqualTo("arn:aws:iam::123456789012:role/MyRole");
        assertThat(finding.services()).extracting(UnusedService::service).containsExactly("s3", "iam", "sqs");
        assertThat(names(finding.services().get(0))).containsExactly("GetObject", "PutObject", "DeleteObject");
    }

    @Test
    void responsesAboutDifferentPrincipalsAreRejectedAtTheSecond() {
        String other = RESPONSE.replace("role/MyRole", "role/Other");

        InputException error = errorOf("[" + RESPONSE + "," + other + "]");

        assertThat(error.location()).isEqualTo("/1/resource");
        assertThat(error.problem()).contains("\"arn:aws:iam::123456789012:role/Other\"")
                .contains("\"arn:aws:iam::123456789012:role/MyRole\" at /0/resource");
    }

    @Test
    void aResponseOfAnotherFindingTypeIsRejectedByName() {
        InputException error = errorOf(RESPONSE.replace("\"findingType\": \"UnusedPermission\"",
                "\"findingType\": \"ExternalAccess\""));

        assertThat(error.location()).isEqualTo("/findingType");
        assertThat(error.problem()).isEqualTo("finding type \"ExternalAccess\" is not supported; expected \"UnusedPermission\"");
    }

    @Test
    void aResponseWithoutDetailsIsRejected() {
        InputException error = errorOf("[{\"findingType\": \"UnusedPermission\", \"id\": \"f-1\"}]");

        assertThat(error.location()).isEqualTo("/0");
        assertThat(error.problem()).isEqualTo("a GetFindingV2 response needs findingDetails");
    }

    @Test
    void aBadEntryInsideAResponseIsNamedByItsPointer() {
        InputException error = errorOf(RESPONSE.replace("\"actions\": [{\"action\": \"GetObject\"",
                "\"actions\": [{\"action\": \"GetObj*\""));

        assertThat(error.location()).isEqualTo("/findingDetails/0/unusedPermissionDetails/actions/0/action");
        assertThat(error.problem()).isEqualTo("action \"GetObj*\" contains a wildcard; a finding names each action exactly");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        InputException error = errorOf("[\n  {\"serviceNamespace\": \"s3\",\n   \"actions\": [\"GetObject\" \"PutObject\"]}\n]");

        assertThat(error.location()).isEqualTo("line 3, column 28");
        assertThat(error.problem()).startsWith("malformed JSON: ").contains("expecting comma");
    }

    @Test
    void aDuplicateKeyIsReportedWithItsLine() {
        InputException error = errorOf("{\"serviceNamespace\": \"s3\",\n \"serviceNamespace\": \"ec2\"}");

        assertThat(error.location()).startsWith("line 2, column ");
        assertThat(error.problem()).isEqualTo("malformed JSON: duplicate key \"serviceNamespace\"");
    }

    @Test
    void anEmptyFileIsReported(@TempDir Path folder) throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.json"), "\n");

        InputException error = catchThrowableOfType(InputException.class, () -> FindingReader.read(empty));

        assertThat(error.file()).isEqualTo(empty.toString());
        assertThat(error.problem()).isEqualTo("the file is empty; expected an unused-permissions finding");
    }

    @Test
    void aMissingFileIsReported(@TempDir Path folder) {
        Path missing = folder.resolve("missing.json");

        InputException error = catchThrowableOfType(InputException.class, () -> FindingReader.read(missing));

        assertThat(error.getMessage()).isEqualTo(missing + ": no such file");
    }

    static InputException errorOf(String text) {
        InputException error = catchThrowableOfType(InputException.class, () -> parse(text));
        assertThat(error).as("expected an InputException").isNotNull();
        assertThat(error.file()).isEqualTo(SOURCE);
        assertThat(error.getMessage()).startsWith(SOURCE);
        return error;
    }
}

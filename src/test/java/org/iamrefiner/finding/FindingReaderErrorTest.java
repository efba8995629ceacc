package org.iamrefiner.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shape of bad finding: the message names the file, the JSON pointer and the problem. */
class FindingReaderErrorTest {

    static Stream<Arguments> invalidFindings() {
        return Stream.of(
                Arguments.of("\"s3:GetObject\"", null, "a finding must be a JSON list or object, found \"s3:GetObject\""),
                Arguments.of("{\"actions\": [\"GetObject\"]}", null,
                        "expected an entry {\"serviceNamespace\": ..., \"actions\": [...]} or an Access Analyzer"
                                + " GetFindingV2 response (with findingDetails), found an object at the top level"),
                Arguments.of("[{\"serviceNamespace\": \"s3\"}, \"GetObject\"]", "/1",
                        "expected an entry {\"serviceNamespace\": ..., \"actions\": [...]} or an Access Analyzer"
                                + " GetFindingV2 response (with findingDetails), found \"GetObject\""),
                Arguments.of("[{\"serviceNamespace\": \"\"}]", "/0/serviceNamespace",
                        "serviceNamespace must be a service prefix such as \"s3\" (letters, digits and hyphens), found \"\""),
                Arguments.of("[{\"serviceNamespace\": \"s3:\"}]", "/0/serviceNamespace",
                        "serviceNamespace must be a service prefix such as \"s3\" (letters, digits and hyphens), found \"s3:\""),
                Arguments.of("[{\"serviceNamespace\": 3}]", "/0/serviceNamespace",
                        "serviceNamespace must be a service prefix such as \"s3\" (letters, digits and hyphens), found 3"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"action\": [\"GetObject\"]}]", "/0/action",
                        "unknown key \"action\"; expected only serviceNamespace, actions and lastAccessed"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": \"GetObject\"}]", "/0/actions",
                        "actions must be a list, found \"GetObject\""),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": null}]", "/0/actions",
                        "actions must be a list, found null"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"lastAccessed\": 1700000000}]", "/0/lastAccessed",
                        "lastAccessed must be a string, found 1700000000"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"GetObject\", 5]}]", "/0/actions/1",
                        "an action must be a name or an object {\"action\": ..., \"lastAccessed\": ...}, found 5"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [{\"lastAccessed\": \"x\"}]}]", "/0/actions/0",
                        "an action object needs an action"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [{\"action\": [\"GetObject\"]}]}]",
                        "/0/actions/0/action", "action must be a string, found a list"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [{\"action\": \"GetObject\", \"when\": \"x\"}]}]",
                        "/0/actions/0/when", "unknown key \"when\"; expected only action and lastAccessed"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [{\"action\": \"GetObject\", \"lastAccessed\": {}}]}]",
                        "/0/actions/0/lastAccessed", "lastAccessed must be a string, found an object"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"\"]}]", "/0/actions/0",
                        "action \"\" has an empty name"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"s3:\"]}]", "/0/actions/0",
                        "action \"s3:\" has an empty name"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"ec2:DescribeInstances\"]}]", "/0/actions/0",
                        "action \"ec2:DescribeInstances\" has the prefix \"ec2\" but the entry's serviceNamespace is \"s3\""),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [{\"action\": \":GetObject\"}]}]",
                        "/0/actions/0/action",
                        "action \":GetObject\" has the prefix \"\" but the entry's serviceNamespace is \"s3\""),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"Get*\"]}]", "/0/actions/0",
                        "action \"Get*\" contains a wildcard; a finding names each action exactly"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"s3:GetObject?\"]}]", "/0/actions/0",
                        "action \"s3:GetObject?\" contains a wildcard; a finding names each action exactly"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"s3:Get:Object\"]}]", "/0/actions/0",
                        "action \"s3:Get:Object\" contains more than one colon"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"Get Object\"]}]", "/0/actions/0",
                        "action \"Get Object\" contains whitespace"),
                Arguments.of("[{\"serviceNamespace\": \"s3\", \"actions\": [\"GetObject\\t\"]}]", "/0/actions/0",
                        "action \"GetObject\\t\" contains whitespace"),
                Arguments.of("{\"findingDetails\": {}}", "/findingDetails", "findingDetails must be a list, found an object"),
                Arguments.of("{\"findingDetails\": [\"s3\"]}", "/findingDetails/0",
                        "a finding detail must be an object, found \"s3\""),
                Arguments.of("{\"findingDetails\": [{\"unusedPermissionDetails\": []}]}",
                        "/findingDetails/0/unusedPermissionDetails",
                        "expected an object {\"serviceNamespace\": ..., \"actions\": [...]}, found a list"),
                Arguments.of("{\"findingDetails\": [{\"unusedPermissionDetails\": {\"actions\": []}}]}",
                        "/findingDetails/0/unusedPermissionDetails", "an entry needs a serviceNamespace"),
                Arguments.of("[{\"findingType\": \"UnusedIAMRole\", \"findingDetails\": []}]", "/0/findingType",
                        "finding type \"UnusedIAMRole\" is not supported; expected \"UnusedPermission\""),
                Arguments.of("{\"findingDetails\": [], \"resource\": 42}", "/resource",
                        "resource must be the principal's ARN, found 42"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("invalidFindings")
    void anInvalidFindingIsReportedWithFileLocationAndProblem(String text, String location, String problem) {
        InputException error = FindingReaderTest.errorOf(text);

        assertThat(error.location()).isEqualTo(location);
        assertThat(error.problem()).isEqualTo(problem);
        assertThat(error.getMessage()).contains(problem);
        if (location != null) {
            assertThat(error.getMessage()).startsWith("unused.json at " + location + ": ");
        }
    }
}

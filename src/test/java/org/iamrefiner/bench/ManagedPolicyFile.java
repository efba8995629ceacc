package org.iamrefiner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled AWS managed policies, examples/managed-policies/policies.json (see the README
 * there): a JSON list of {@code {name, arn, versionId, document}}, sorted by name.
 */
final class ManagedPolicyFile {

    static final String LOCATION = "examples/managed-policies/policies.json";

    private ManagedPolicyFile() {
    }

    static List<ManagedPolicy> read(Path file) throws IOException {
        JsonNode list = new ObjectMapper().readTree(file.toFile());
        if (list == null || !list.isArray()) {
            throw new IOException(file + ": expected a JSON list of managed policies");
        }
        List<ManagedPolicy> policies = new ArrayList<>(list.size());
        for (JsonNode item : list) {
            if (!(item.get("document") instanceof ObjectNode document)) {
                throw new IOException(file + ": the policy " + item.path("name").asText("?") + " has no document object");
            }
            policies.add(new ManagedPolicy(item.path("name").asText(), item.path("arn").asText(),
                    item.path("versionId").asText(), document));
        }
        return policies;
    }
}

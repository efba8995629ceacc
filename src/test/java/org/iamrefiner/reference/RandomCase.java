package org.iamrefiner.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One generated input for differential tests.
 *
 * @param catalog canonical action names {@code svc:Name}, no two equal ignoring case
 * @param policy  an IAM identity policy
 * @param unused  the finding, at most one entry per service
 */
public record RandomCase(List<String> catalog, JsonNode policy, List<UnusedSpec> unused) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RandomCase {
        catalog = List.copyOf(catalog);
        unused = List.copyOf(unused);
    }

    /**
     * The finding in the simple list shape, for readers of finding files:
     * {@code [{"serviceNamespace": "s3", "actions": ["GetObject"]}, {"serviceNamespace": "iam"}]}.
     */
    public String findingJson() {
        ArrayNode finding = MAPPER.createArrayNode();
        for (UnusedSpec spec : unused) {
            ObjectNode service = finding.addObject().put("serviceNamespace", spec.service());
            if (!spec.serviceLevel()) {
                ArrayNode actions = service.putArray("actions");
                spec.names().forEach(actions::add);
            }
        }
        return finding.toPrettyString();
    }

    @Override
    public String toString() {
        return "RandomCase[catalog=" + catalog + ", policy=" + policy + ", finding=" + findingJson() + "]";
    }
}

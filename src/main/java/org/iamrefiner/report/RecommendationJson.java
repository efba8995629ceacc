package org.iamrefiner.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.iamrefiner.emit.RecommendedAction;
import org.iamrefiner.emit.Refinement;

/**
 * A recommendation shaped like Access Analyzer's GetFindingRecommendation response: one step per
 * policy that changes or is detached, the refined policy as a JSON string, and the catalog version.
 */
public final class RecommendationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecommendationJson() {
    }

    /**
     * @param resourceArn    the principal's ARN when the finding names one, else null
     * @param refinements    the refined policies, in the order given
     * @param catalogVersion the version of the catalog the refinement used
     * @param size           the policies' sizes against IAM's limit
     */
    public static ObjectNode of(String resourceArn, List<Refinement> refinements, String catalogVersion,
                                PolicySize.SizeReport size) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("recommendationType", "UnusedPermissionRecommendation");
        root.put("status", "SUCCEEDED");
        if (resourceArn != null) {
            root.put("resourceArn", resourceArn);
        }
        ArrayNode steps = root.putArray("recommendedSteps");
        ArrayNode notes = MAPPER.createArrayNode();
        for (Refinement refinement : refinements) {
            if (refinement.action() != RecommendedAction.NONE) {
                ObjectNode step = steps.addObject().putObject("unusedPermissionsRecommendedStep");
                step.put("recommendedAction", refinement.action().name());
                step.put("existingPolicyId", policyId(refinement));
                if (refinement.refined() != null) {
                    step.put("recommendedPolicy", compact(refinement));
                }
            }
            for (String note : refinement.notes()) {
                notes.add(policyId(refinement) + " " + note);
            }
        }
        root.put("catalogVersion", catalogVersion);
        root.set("policySize", sizeOf(size));
        size.warnings().forEach(notes::add);
        if (!notes.isEmpty()) {
            root.set("notes", notes);
        }
        return root;
    }

    private static ObjectNode sizeOf(PolicySize.SizeReport size) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("policyType", size.type().cli());
        node.put("limit", size.limit());
        node.put("countedTogether", size.type().countedTogether());
        ArrayNode policies = node.putArray("policies");
        for (PolicySize.Entry entry : size.policies()) {
            policies.addObject().put("existingPolicyId", entry.name())
                    .put("originalCharacters", entry.original())
                    .put("refinedCharacters", entry.refined());
        }
        node.put("overLimit", size.overLimit());
        return node;
    }

    /** The policy's id in the recommendation: its file name. */
    public static String policyId(Refinement refinement) {
        Path name = Path.of(refinement.original().source()).getFileName();
        return name == null ? refinement.original().source() : name.toString();
    }

    private static String compact(Refinement refinement) {
        try {
            return MAPPER.writeValueAsString(refinement.refined());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the refined policy", e);
        }
    }
}

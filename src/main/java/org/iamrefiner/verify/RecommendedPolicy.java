package org.iamrefiner.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;

/**
 * The refined policy to verify, read from a policy document or from a recommendation shaped
 * like Access Analyzer's GetFindingRecommendation response (what {@code refine --format
 * recommendation} writes): {@code recommendedSteps[].unusedPermissionsRecommendedStep} with
 * {@code recommendedAction} CREATE_POLICY and the policy as a JSON string in
 * {@code recommendedPolicy}, or DETACH_POLICY.
 *
 * @param policy      the refined policy, or null when the recommendation is to detach the original
 * @param description what was read, for the report ("refined.json", "recommendation.json /recommendedSteps/0 (DETACH_POLICY)")
 * @param notes       remarks on how the recommendation was read (which step was taken and why)
 */
public record RecommendedPolicy(Policy policy, String description, List<String> notes) {

    private static final String STEPS = "recommendedSteps";
    private static final String STEP = "unusedPermissionsRecommendedStep";
    private static final String ACTION = "recommendedAction";
    private static final String POLICY = "recommendedPolicy";
    private static final String POLICY_ID = "existingPolicyId";

    public RecommendedPolicy {
        notes = List.copyOf(notes);
    }

    /** Whether the recommendation is to detach the original policy. */
    public boolean detached() {
        return policy == null;
    }

    /**
     * Reads {@code file}, a refined policy or a recommendation.
     *
     * @param original the original policy: a recommendation with no step for it changes nothing, and
     *                 of several steps the one whose existingPolicyId names the original's file is taken
     * @throws InputException when the file is neither, or the recommendation is malformed
     */
    public static RecommendedPolicy read(Path file, Policy original) throws InputException {
        String source = file.toString();
        JsonNode json = JsonInput.parse(source, JsonInput.readFile(file), "a refined policy or a recommendation");
        if (json instanceof ObjectNode object && object.has(STEPS)) {
            return fromRecommendation(source, object, original);
        }
        return new RecommendedPolicy(PolicyReader.fromJson(source, json), source, List.of());
    }

    private static RecommendedPolicy fromRecommendation(String source, ObjectNode recommendation, Policy original)
            throws InputException {
        JsonNode status = recommendation.get("status");
        if (status != null && status.isTextual() && !status.textValue().equals("SUCCEEDED")) {
            throw new InputException(source, "/status", "the recommendation's status is " + status
                    + "; only a SUCCEEDED recommendation holds policies to verify");
        }
        JsonNode steps = recommendation.get(STEPS);
        if (!steps.isArray()) {
            throw new InputException(source, "/" + STEPS, "expected a list of steps, found " + JsonInput.describe(steps));
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).has(STEP)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return new RecommendedPolicy(original, source + " (no step: the policy stays as it is)",
                    List.of(source + " recommends no change, so the original policy is verified as its own refinement"));
        }
        List<String> notes = new ArrayList<>();
        int index = candidates.get(0);
        if (candidates.size() > 1) {
            Integer named = stepNaming(steps, candidates, original.source());
            if (named != null) {
                index = named;
                notes.add(source + " has " + candidates.size() + " steps; verifying /" + STEPS + "/" + index
                        + ", whose " + POLICY_ID + " names " + fileName(original.source()));
            } else {
                notes.add(source + " has " + candidates.size() + " steps and none names "
                        + fileName(original.source()) + " as its " + POLICY_ID + "; verifying the first one");
            }
        }
        String pointer = "/" + STEPS + "/" + index + "/" + STEP;
        JsonNode step = steps.get(index).get(STEP);
        JsonNode action = step.get(ACTION);
        if (action == null || !action.isTextual()) {
            throw new InputException(source, pointer + "/" + ACTION,
                    "expected CREATE_POLICY or DETACH_POLICY, found " + JsonInput.describe(action));
        }
        switch (action.textValue()) {
            case "DETACH_POLICY":
                return new RecommendedPolicy(null, source + " " + pointer + " (DETACH_POLICY)", notes);
            case "CREATE_POLICY":
                break;
            default:
                throw new InputException(source, pointer + "/" + ACTION,
                        "expected CREATE_POLICY or DETACH_POLICY, found " + action);
        }
        JsonNode policy = step.get(POLICY);
        String policyPointer = pointer + "/" + POLICY;
        if (policy == null || !policy.isTextual()) {
            throw new InputException(source, policyPointer,
                    "expected the refined policy as a JSON string, found " + JsonInput.describe(policy));
        }
        String label = source + " " + policyPointer;
        return new RecommendedPolicy(PolicyReader.parse(label, policy.textValue()), label, notes);
    }

    /** The step whose existingPolicyId is the original's file name, or ends with "/" and it (a policy ARN). */
    private static Integer stepNaming(JsonNode steps, List<Integer> candidates, String originalSource) {
        String name = fileName(originalSource);
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        for (int index : candidates) {
            JsonNode id = steps.get(index).get(STEP).get(POLICY_ID);
            if (id != null && id.isTextual()) {
                String text = id.textValue();
                if (text.equals(name) || text.equals(stem) || text.endsWith("/" + name) || text.endsWith("/" + stem)) {
                    return index;
                }
            }
        }
        return null;
    }

    private static String fileName(String source) {
        Path name = Path.of(source).getFileName();
        return name == null ? source : name.toString();
    }
}

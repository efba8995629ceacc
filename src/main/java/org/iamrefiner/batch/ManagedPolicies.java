package org.iamrefiner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;
import org.iamrefiner.policy.Policy;

/**
 * The managed policies of an account export ({@code Policies}), known by ARN → byte offset; a
 * policy's default version is read from the file when a principal that holds it is refined.
 * Also counts how many principals each policy is attached to, to tell shared policies apart.
 */
final class ManagedPolicies {

    private record Place(int index, long offset) {
    }

    private final Path file;
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, Integer> attachedInExport = new HashMap<>();
    private final Map<String, Integer> declaredAttachments = new HashMap<>();

    ManagedPolicies(Path file) {
        this.file = file;
    }

    /** Records a {@code Policies} element seen by the indexing pass. */
    void addPolicy(int index, long offset, JsonNode policy) {
        String arn = JsonFields.text(policy, "Arn");
        if (arn == null) {
            return; // reported when a principal that has it attached is refined
        }
        places.putIfAbsent(arn, new Place(index, offset));
        JsonNode count = policy.get("AttachmentCount");
        if (count != null && count.canConvertToInt()) {
            declaredAttachments.put(arn, count.intValue());
        }
    }

    /** Records that a role, user or group of the export has the policy attached. */
    void addAttachment(String arn) {
        attachedInExport.merge(arn, 1, Integer::sum);
    }

    /**
     * How many principals have the policy attached: the export's own count, or IAM's
     * AttachmentCount when it is higher (an export filtered to some principals).
     */
    int principalsSharing(String arn) {
        return Math.max(attachedInExport.getOrDefault(arn, 0), declaredAttachments.getOrDefault(arn, 0));
    }

    /**
     * The default version of a managed policy.
     *
     * @param arn               the policy's ARN
     * @param name              the policy's name, as the attachment gives it
     * @param attachmentPointer where the principal names it, for the message when it is missing
     */
    Policy load(String arn, String name, String attachmentPointer) throws InputException {
        Place place = places.get(arn);
        if (place == null) {
            throw new InputException(file.toString(), attachmentPointer, "the managed policy " + JsonInput.quote(arn)
                    + " is attached but not in the export's Policies list (export with"
                    + " 'aws iam get-account-authorization-details' without --filter, or with LocalManagedPolicy and AWSManagedPolicy)");
        }
        String pointer = "/Policies/" + place.index();
        JsonNode policy = JsonAtOffset.read(file, place.offset(), pointer);
        JsonNode versions = policy.get("PolicyVersionList");
        if (versions == null || !versions.isArray()) {
            throw new InputException(file.toString(), pointer, "a managed policy needs a PolicyVersionList");
        }
        String defaultVersion = JsonFields.text(policy, "DefaultVersionId");
        int chosen = -1;
        for (int i = 0; i < versions.size() && chosen < 0; i++) {
            JsonNode flag = versions.get(i).get("IsDefaultVersion");
            if (flag != null && (flag.asBoolean(false) || "true".equalsIgnoreCase(flag.asText()))) {
                chosen = i;
            }
        }
        for (int i = 0; i < versions.size() && chosen < 0; i++) {
            if (defaultVersion != null && defaultVersion.equals(JsonFields.text(versions.get(i), "VersionId"))) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            throw new InputException(file.toString(), pointer + "/PolicyVersionList",
                    "no version is marked IsDefaultVersion (nor matches DefaultVersionId)");
        }
        String versionPointer = pointer + "/PolicyVersionList/" + chosen;
        return PolicyDocuments.read(file, versionPointer + "/Document", name, versions.get(chosen).get("Document"));
    }
}

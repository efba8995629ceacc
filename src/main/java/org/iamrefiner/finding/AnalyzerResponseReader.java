package org.iamrefiner.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;

/**
 * Reads IAM Access Analyzer GetFindingV2 responses: the unused-permission details they hold, and
 * the principal they are about. Several responses must all name the same principal.
 */
final class AnalyzerResponseReader {

    private static final String FINDING_DETAILS = "findingDetails";
    private static final String FINDING_TYPE = "findingType";
    private static final String UNUSED_PERMISSION = "UnusedPermission";
    private static final String UNUSED_PERMISSION_DETAILS = "unusedPermissionDetails";
    private static final String RESOURCE = "resource";

    private final String source;
    private final UnusedEntryReader entries;
    private String resourceArn;
    private String analyzedAt;
    private String resourcePointer;

    AnalyzerResponseReader(String source, UnusedEntryReader entries) {
        this.source = source;
        this.entries = entries;
    }

    static boolean isResponse(ObjectNode object) {
        return object.has(FINDING_DETAILS) || object.has(FINDING_TYPE);
    }

    /** The principal named by the responses read so far, or null. */
    String resourceArn() {
        return resourceArn;
    }

    /** The latest analysis time of the responses read, or null when none states one. */
    String analyzedAt() {
        return analyzedAt;
    }

    /** The unused permissions of one response; details of other kinds are skipped. */
    List<UnusedService> read(ObjectNode response, String pointer) throws InputException {
        checkFindingType(response, pointer);
        checkResource(response, pointer);
        JsonNode analyzed = response.get("analyzedAt");
        // ISO-8601 instants in UTC order as text; the latest analysis is the one that counts.
        if (analyzed != null && analyzed.isTextual() && (analyzedAt == null || analyzed.textValue().compareTo(analyzedAt) > 0)) {
            analyzedAt = analyzed.textValue();
        }
        JsonNode details = response.get(FINDING_DETAILS);
        if (details == null) {
            throw new InputException(source, location(pointer), "a GetFindingV2 response needs findingDetails");
        }
        String detailsPointer = pointer + "/" + FINDING_DETAILS;
        if (!details.isArray()) {
            throw new InputException(source, detailsPointer,
                    "findingDetails must be a list, found " + JsonInput.describe(details));
        }
        List<UnusedService> services = new ArrayList<>();
        for (int index = 0; index < details.size(); index++) {
            JsonNode detail = details.get(index);
            String detailPointer = detailsPointer + "/" + index;
            if (!detail.isObject()) {
                throw new InputException(source, detailPointer,
                        "a finding detail must be an object, found " + JsonInput.describe(detail));
            }
            JsonNode unused = detail.get(UNUSED_PERMISSION_DETAILS);
            if (unused != null) {
                services.add(entries.read(unused, detailPointer + "/" + UNUSED_PERMISSION_DETAILS));
            }
        }
        return services;
    }

    private void checkFindingType(ObjectNode response, String pointer) throws InputException {
        JsonNode type = response.get(FINDING_TYPE);
        if (type != null && !(type.isTextual() && type.textValue().equals(UNUSED_PERMISSION))) {
            throw new InputException(source, pointer + "/" + FINDING_TYPE, "finding type "
                    + JsonInput.describe(type) + " is not supported; expected \"" + UNUSED_PERMISSION + "\"");
        }
    }

    private void checkResource(ObjectNode response, String pointer) throws InputException {
        JsonNode resource = response.get(RESOURCE);
        if (resource == null) {
            return;
        }
        String here = pointer + "/" + RESOURCE;
        if (!resource.isTextual() || resource.textValue().isEmpty()) {
            throw new InputException(source, here,
                    "resource must be the principal's ARN, found " + JsonInput.describe(resource));
        }
        if (resourceArn == null) {
            resourceArn = resource.textValue();
            resourcePointer = here;
        } else if (!resourceArn.equals(resource.textValue())) {
            throw new InputException(source, here, "resource " + JsonInput.quote(resource.textValue())
                    + " differs from " + JsonInput.quote(resourceArn) + " at " + resourcePointer
                    + "; one finding must be about one principal");
        }
    }

    private static String location(String pointer) {
        return pointer.isEmpty() ? null : pointer;
    }
}

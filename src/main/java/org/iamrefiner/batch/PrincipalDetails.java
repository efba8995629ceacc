package org.iamrefiner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.input.InputException;
import org.iamrefiner.report.BatchItem.Attachment;
import org.iamrefiner.report.BatchPrincipal;

/**
 * Reads one entry of {@code RoleDetailList} or {@code UserDetailList}: the principal's name and
 * ARN, its inline policies and its attached managed policies. A malformed policy entry does not
 * stop the principal: it becomes a policy that fails to load, with the message.
 */
final class PrincipalDetails {

    /** The keys of a role or user entry. */
    enum Kind {
        ROLE("role", "RoleName", "RolePolicyList"),
        USER("user", "UserName", "UserPolicyList");

        final String label;
        final String nameKey;
        final String inlineKey;

        Kind(String label, String nameKey, String inlineKey) {
            this.label = label;
            this.nameKey = nameKey;
            this.inlineKey = inlineKey;
        }
    }

    private final Path file;
    private final ManagedPolicies managed;
    private final FindingIndex findings;

    PrincipalDetails(Path file, ManagedPolicies managed, FindingIndex findings) {
        this.file = file;
        this.managed = managed;
        this.findings = findings;
    }

    Principal read(Kind kind, JsonNode entry, String pointer) throws InputException {
        if (!entry.isObject()) {
            throw new InputException(file.toString(), pointer, "a " + kind.label + " entry must be an object");
        }
        String name = required(entry, kind.nameKey, pointer);
        String arn = required(entry, "Arn", pointer);
        List<PolicyReference> policies = new ArrayList<>();
        addInline(kind, entry, pointer, policies);
        addManaged(entry, pointer, policies);
        return new Principal(new BatchPrincipal(kind.label, name, arn), policies, () -> findings.load(arn));
    }

    private void addInline(Kind kind, JsonNode entry, String pointer, List<PolicyReference> policies) {
        JsonNode list = entry.get(kind.inlineKey);
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode inline = list.get(i);
            String here = pointer + "/" + kind.inlineKey + "/" + i;
            String name = JsonFields.text(inline, "PolicyName");
            if (name == null) {
                policies.add(unreadable(kind.inlineKey + "[" + i + "]", Attachment.INLINE, here, "an inline policy needs a PolicyName"));
                continue;
            }
            JsonNode document = inline.get("PolicyDocument");
            policies.add(new PolicyReference(name, Attachment.INLINE, null, 1,
                    () -> PolicyDocuments.read(file, here + "/PolicyDocument", name, document)));
        }
    }

    private void addManaged(JsonNode entry, String pointer, List<PolicyReference> policies) {
        JsonNode list = entry.get("AttachedManagedPolicies");
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode attached = list.get(i);
            String here = pointer + "/AttachedManagedPolicies/" + i;
            String arn = JsonFields.text(attached, "PolicyArn");
            if (arn == null) {
                policies.add(unreadable("AttachedManagedPolicies[" + i + "]", Attachment.MANAGED, here,
                        "an attached managed policy needs a PolicyArn"));
                continue;
            }
            String given = JsonFields.text(attached, "PolicyName");
            String name = given != null ? given : arn.substring(arn.lastIndexOf('/') + 1);
            policies.add(new PolicyReference(name, Attachment.MANAGED, arn, managed.principalsSharing(arn),
                    () -> managed.load(arn, name, here)));
        }
    }

    private PolicyReference unreadable(String name, Attachment attachment, String pointer, String problem) {
        return new PolicyReference(name, attachment, null, 1, () -> {
            throw new InputException(file.toString(), pointer, problem);
        });
    }

    private String required(JsonNode entry, String key, String pointer) throws InputException {
        String value = JsonFields.text(entry, key);
        if (value == null) {
            throw new InputException(file.toString(), pointer, "the entry needs " + key + " (a non-empty string)");
        }
        return value;
    }
}

package org.iamrefiner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.iamrefiner.catalog.CatalogAction;

/**
 * A made-up account for figure 4, in the files a pipeline feeds to {@code iam-refiner batch}: an
 * {@code aws iam get-account-authorization-details} export whose roles attach AWS managed policies
 * of the workload, and one GetFindingV2 response per role. Each role attaches 1 to 10 policies
 * (IAM's default quota is 10), the last role what is left, so the (role, policy) refinements add
 * up to exactly the number asked for. The policies are taken in a seeded order and reused in turn,
 * so each is attached about equally often. A role's finding names a random 10–70 % of the catalog
 * actions its policies grant together, as a real finding covers the role, not one policy.
 */
final class BenchAccount {

    static final String ACCOUNT = "123456789012";
    static final String EXPORT = "authorization-details.json";
    static final String FINDINGS = "findings";
    private static final int MOST_POLICIES_PER_ROLE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param export            the authorization details file
     * @param findings          the folder of findings
     * @param roles             how many roles it holds
     * @param refinements       (role, policy) pairs: what the batch refines
     * @param attachedPolicies  distinct managed policies attached
     * @param unusedActions     unused actions named by all findings together
     */
    record Written(Path export, Path findings, int roles, int refinements, int attachedPolicies, long unusedActions) {
    }

    private BenchAccount() {
    }

    static Written write(Path folder, List<WorkloadCase> workload, int refinements, long seed) throws IOException {
        if (workload.isEmpty()) {
            throw new IllegalArgumentException("the workload holds no policy to attach");
        }
        Random random = Workload.randomFor(seed, "batch account");
        List<WorkloadCase> order = new ArrayList<>(workload);
        Collections.shuffle(order, random);
        Path findings = folder.resolve(FINDINGS);
        Files.createDirectories(findings);
        ObjectWriter pretty = JSON.writerWithDefaultPrettyPrinter();

        ObjectNode export = JSON.createObjectNode();
        export.putArray("UserDetailList");
        export.putArray("GroupDetailList");
        ArrayNode roles = export.putArray("RoleDetailList");
        Map<String, Integer> attachments = new LinkedHashMap<>();
        Map<String, WorkloadCase> attached = new LinkedHashMap<>();
        int next = 0;
        int left = refinements;
        long unusedActions = 0;
        for (int index = 1; left > 0; index++) {
            int count = Math.min(left, 1 + random.nextInt(Math.min(MOST_POLICIES_PER_ROLE, order.size())));
            left -= count;
            List<WorkloadCase> policies = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                policies.add(order.get(next));
                next = (next + 1) % order.size();
            }
            String name = String.format(Locale.ROOT, "bench-role-%05d", index);
            String arn = "arn:aws:iam::" + ACCOUNT + ":role/" + name;
            ObjectNode role = roles.addObject();
            role.put("Path", "/");
            role.put("RoleName", name);
            role.put("RoleId", String.format(Locale.ROOT, "AROA%016d", index));
            role.put("Arn", arn);
            role.put("CreateDate", "2025-03-01T09:00:00+00:00");
            role.putArray("RolePolicyList");
            ArrayNode attachedList = role.putArray("AttachedManagedPolicies");
            for (WorkloadCase policy : policies) {
                attachedList.addObject().put("PolicyName", policy.source().name()).put("PolicyArn", policy.source().arn());
                attachments.merge(policy.source().arn(), 1, Integer::sum);
                attached.putIfAbsent(policy.source().arn(), policy);
            }
            UnusedSample unused = UnusedSample.draw(grantedTogether(policies), Workload.randomFor(seed, name));
            unusedActions += unused.actions().size();
            String id = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", index);
            pretty.writeValue(findings.resolve("role-" + name + ".json").toFile(),
                    FindingForms.getFindingV2(id, arn, ACCOUNT, unused.actions()));
        }
        ArrayNode policies = export.putArray("Policies");
        int policyIndex = 0;
        for (WorkloadCase policy : attached.values()) {
            policies.add(managedPolicy(policy.source(), attachments.get(policy.source().arn()), ++policyIndex));
        }
        Path file = folder.resolve(EXPORT);
        pretty.writeValue(file.toFile(), export);
        return new Written(file, findings, roles.size(), refinements, attached.size(), unusedActions);
    }

    /** The catalog actions the role's policies grant, each once. */
    private static List<CatalogAction> grantedTogether(List<WorkloadCase> policies) {
        Map<String, CatalogAction> union = new LinkedHashMap<>();
        for (WorkloadCase policy : policies) {
            for (CatalogAction action : policy.granted()) {
                union.putIfAbsent(action.key(), action);
            }
        }
        return new ArrayList<>(union.values());
    }

    /** An AWS managed policy as the export lists it: its default version's document, not URL-encoded. */
    private static ObjectNode managedPolicy(ManagedPolicy source, int attachmentCount, int index) {
        ObjectNode policy = JSON.createObjectNode();
        policy.put("PolicyName", source.name());
        policy.put("PolicyId", String.format(Locale.ROOT, "ANPA%016d", index));
        policy.put("Arn", source.arn());
        policy.put("Path", source.path());
        policy.put("DefaultVersionId", source.version());
        policy.put("AttachmentCount", attachmentCount);
        policy.put("PermissionsBoundaryUsageCount", 0);
        policy.put("IsAttachable", true);
        ArrayNode versions = policy.putArray("PolicyVersionList");
        ObjectNode version = versions.addObject();
        version.set("Document", source.document());
        version.put("VersionId", source.version());
        version.put("IsDefaultVersion", true);
        return policy;
    }
}

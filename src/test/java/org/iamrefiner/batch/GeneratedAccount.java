package org.iamrefiner.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up AWS account export of any size, as {@code aws iam get-account-authorization-details}
 * prints it, with unused-permission findings for most of its roles and users. It holds inline
 * policies (as objects, as JSON text, URL-encoded), managed policies shared by many principals,
 * NotAction and Deny statements, role paths, findings one per file and in a list-findings-v2
 * file, and findings of other types that must be left out. The same seed gives the same account.
 *
 * <p>It remembers every policy document and finding it wrote, so a test can check each
 * recommendation against its original.
 *
 * <p>From the command line (for measurements and demonstrations):
 * {@code GeneratedAccount PRINCIPALS FOLDER [--with-bad-items]}; see scripts/generate-account.sh.
 */
final class GeneratedAccount {

    static final String ACCOUNT = "123456789012";
    static final String EXPORT = "authorization-details.json";
    static final String FINDINGS = "findings";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PATTERNS = {
        "s3:Get*", "s3:List*", "s3:PutObject", "s3:*Object", "dynamodb:Get*", "dynamodb:Query", "dynamodb:*",
        "lambda:Invoke*", "lambda:Get*", "logs:*", "sqs:Send*", "sqs:DeleteQueue", "ec2:Describe*",
        "ec2:TerminateInstances", "cloudformation:*", "iam:PassRole", "kms:Decrypt", "sns:Publish", "s3:GetObject*",
    };
    private static final String[] UNUSED_ACTIONS = {
        "s3:GetBucketAcl", "s3:GetObjectAcl", "s3:PutObject", "s3:GetBucketPolicy", "dynamodb:DeleteTable",
        "dynamodb:Scan", "lambda:GetPolicy", "lambda:InvokeFunctionUrl", "logs:DeleteLogGroup", "sqs:DeleteQueue",
        "ec2:TerminateInstances", "cloudformation:DeleteStack", "iam:PassRole", "kms:Decrypt", "sqs:SendMessageBatch",
        "ec2:DescribeInstances", "s3:ListBucket",
    };
    private static final String[] UNUSED_SERVICES = {"sns", "kms", "logs"};
    private static final int SHARED_POLICIES = 5;

    /** What a test needs to check one principal's recommendations. */
    record PrincipalModel(String label, String arn, Map<String, ObjectNode> policies, ObjectNode finding) {
    }

    /** The corruptions a test can ask for, each making one item fail. */
    record Corruptions(boolean badPolicyJson, boolean badFinding, boolean findingFileNotJson) {
        static final Corruptions NONE = new Corruptions(false, false, false);
        static final Corruptions ALL = new Corruptions(true, true, true);
    }

    private final Random random;
    private final Map<String, PrincipalModel> principals = new LinkedHashMap<>();
    private final List<ObjectNode> sharedPolicies = new ArrayList<>();
    private String corruptedPolicyPrincipal;
    private String corruptedFindingPrincipal;

    private GeneratedAccount(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Writes {@code FOLDER/authorization-details.json} and {@code FOLDER/findings/}.
     *
     * @param roles and users: {@code principals} in all, about two thirds roles
     */
    static GeneratedAccount write(Path folder, int principals, Corruptions corruptions, long seed) throws IOException {
        GeneratedAccount account = new GeneratedAccount(seed);
        account.writeAll(folder, principals, corruptions);
        return account;
    }

    Map<String, PrincipalModel> principals() {
        return principals;
    }

    /** The principal whose inline policy is not JSON, or null. */
    String corruptedPolicyPrincipal() {
        return corruptedPolicyPrincipal;
    }

    /** The principal whose finding is not a valid finding, or null. */
    String corruptedFindingPrincipal() {
        return corruptedFindingPrincipal;
    }

    private void writeAll(Path folder, int count, Corruptions corruptions) throws IOException {
        Files.createDirectories(folder.resolve(FINDINGS));
        for (int i = 0; i < SHARED_POLICIES; i++) {
            sharedPolicies.add(policyDocument(2 + random.nextInt(3)));
        }
        ObjectNode export = JSON.createObjectNode();
        ArrayNode users = export.putArray("UserDetailList");
        ArrayNode groups = export.putArray("GroupDetailList");
        ArrayNode roles = export.putArray("RoleDetailList");
        ArrayNode policies = export.putArray("Policies");
        groups.add(group());
        int[] attachments = new int[SHARED_POLICIES];
        ArrayNode listed = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            boolean role = i % 3 != 2;
            String name = (role ? "app-role-" : "user-") + i;
            String path = role && i % 7 == 0 ? "/service-role/" : "/";
            String arn = "arn:aws:iam::" + ACCOUNT + ":" + (role ? "role" : "user") + path + name;
            String label = (role ? "role/" : "user/") + name;
            Map<String, ObjectNode> documents = new LinkedHashMap<>();
            ObjectNode principal = (role ? roles : users).addObject();
            principal.put("Path", path);
            principal.put(role ? "RoleName" : "UserName", name);
            principal.put(role ? "RoleId" : "UserId", (role ? "AROA" : "AIDA") + String.format("%016d", i));
            principal.put("Arn", arn);
            principal.put("CreateDate", "2025-03-01T09:00:00+00:00");
            if (!role) {
                principal.putArray("GroupList").add(i % 2 == 0 ? "Developers" : "Readers");
            }
            ArrayNode inline = principal.putArray(role ? "RolePolicyList" : "UserPolicyList");
            int inlineCount = 1 + random.nextInt(2);
            for (int k = 0; k < inlineCount; k++) {
                String policyName = name + "-inline-" + k;
                ObjectNode document = policyDocument(1 + random.nextInt(3));
                documents.put(policyName, document);
                ObjectNode entry = inline.addObject().put("PolicyName", policyName);
                boolean corrupt = corruptions.badPolicyJson() && corruptedPolicyPrincipal == null && role && i >= count / 2;
                if (corrupt) {
                    corruptedPolicyPrincipal = label;
                    documents.remove(policyName);
                    entry.put("PolicyDocument", urlEncoded("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",,}]}"));
                } else {
                    switch ((i + k) % 3) {
                        case 0 -> entry.set("PolicyDocument", document);
                        case 1 -> entry.put("PolicyDocument", urlEncoded(document.toString()));
                        default -> entry.put("PolicyDocument", document.toPrettyString());
                    }
                }
            }
            ArrayNode attached = principal.putArray("AttachedManagedPolicies");
            int shared = random.nextInt(SHARED_POLICIES);
            attachments[shared]++;
            attached.addObject().put("PolicyName", "Shared" + shared).put("PolicyArn", managedArn("Shared" + shared));
            documents.put("Shared" + shared, sharedPolicies.get(shared));
            if (i % 4 == 0) {
                String own = name + "-own";
                ObjectNode document = policyDocument(1 + random.nextInt(2));
                documents.put(own, document);
                attached.addObject().put("PolicyName", own).put("PolicyArn", managedArn(own));
                policies.add(managedPolicy(own, document, 1, i % 8 == 0));
            }
            ObjectNode finding = null;
            if (i % 5 != 4) {
                // Some findings name the role without its path, as a hand-joined list may.
                String findingArn = role && i % 14 == 0 ? "arn:aws:iam::" + ACCOUNT + ":role/" + name : arn;
                finding = finding(findingArn, role, i);
                if (corruptions.badFinding() && corruptedFindingPrincipal == null && !role && i >= count / 3) {
                    corruptedFindingPrincipal = label;
                    ((ObjectNode) finding.withArray("findingDetails").addObject().putObject("unusedPermissionDetails"))
                            .put("serviceNamespace", "dynamodb").putArray("actions").add("s3:GetObject");
                }
                if (i % 3 == 0) {
                    listed.add(finding);
                } else {
                    Files.writeString(folder.resolve(FINDINGS).resolve(label.replace('/', '-') + ".json"), finding.toPrettyString());
                }
            }
            principals.put(label, new PrincipalModel(label, arn, documents, finding));
        }
        for (int i = 0; i < SHARED_POLICIES; i++) {
            policies.add(managedPolicy("Shared" + i, sharedPolicies.get(i), attachments[i] + 1, i % 2 == 0));
        }
        listed.add(otherFindingType());
        ObjectNode listFile = JSON.createObjectNode();
        listFile.set("findings", listed);
        Files.writeString(folder.resolve(FINDINGS).resolve("list-findings-v2.json"), listFile.toPrettyString());
        if (corruptions.findingFileNotJson()) {
            Files.writeString(folder.resolve(FINDINGS).resolve("broken.json"), "{\"resource\": \"arn:aws:iam::1:role/x\",\n  oops\n");
        }
        Files.writeString(folder.resolve(EXPORT), export.toPrettyString());
    }

    private ObjectNode policyDocument(int statements) {
        ObjectNode document = JSON.createObjectNode().put("Version", "2012-10-17");
        ArrayNode list = document.putArray("Statement");
        for (int s = 0; s < statements; s++) {
            ObjectNode statement = list.addObject();
            statement.put("Sid", "S" + s);
            int kind = random.nextInt(10);
            if (kind == 0) {
                statement.put("Effect", "Deny");
                statement.put("Action", "s3:DeleteBucket");
            } else if (kind == 1) {
                statement.put("Effect", "Allow");
                statement.putArray("NotAction").add("iam:*").add("organizations:*");
            } else {
                statement.put("Effect", "Allow");
                int entries = 1 + random.nextInt(4);
                if (entries == 1) {
                    statement.put("Action", PATTERNS[random.nextInt(PATTERNS.length)]);
                } else {
                    ArrayNode actions = statement.putArray("Action");
                    for (int e = 0; e < entries; e++) {
                        actions.add(PATTERNS[random.nextInt(PATTERNS.length)]);
                    }
                }
            }
            statement.put("Resource", "*");
            if (kind == 2) {
                statement.putObject("Condition").putObject("Bool").put("aws:SecureTransport", "true");
            }
        }
        return document;
    }

    private ObjectNode finding(String arn, boolean role, int i) {
        ObjectNode finding = JSON.createObjectNode();
        finding.put("analyzedAt", "2026-11-20T08:00:00Z");
        finding.put("id", String.format("00000000-0000-4000-8000-%012d", i));
        finding.put("resource", arn);
        finding.put("resourceType", role ? "AWS::IAM::Role" : "AWS::IAM::User");
        finding.put("resourceOwnerAccount", ACCOUNT);
        finding.put("status", "ACTIVE");
        finding.put("findingType", "UnusedPermission");
        ArrayNode details = finding.putArray("findingDetails");
        Map<String, ArrayNode> byService = new LinkedHashMap<>();
        int unused = 1 + random.nextInt(5);
        for (int u = 0; u < unused; u++) {
            String action = UNUSED_ACTIONS[random.nextInt(UNUSED_ACTIONS.length)];
            String service = action.substring(0, action.indexOf(':'));
            ArrayNode actions = byService.computeIfAbsent(service, s -> {
                ObjectNode detail = details.addObject().putObject("unusedPermissionDetails");
                detail.put("serviceNamespace", s);
                return detail.putArray("actions");
            });
            if (!actions.toString().contains("\"" + action.substring(action.indexOf(':') + 1) + "\"")) {
                actions.addObject().put("action", action.substring(action.indexOf(':') + 1));
            }
        }
        if (random.nextInt(4) == 0) {
            String service = UNUSED_SERVICES[random.nextInt(UNUSED_SERVICES.length)];
            if (!byService.containsKey(service)) {
                details.addObject().putObject("unusedPermissionDetails").put("serviceNamespace", service);
            }
        }
        return finding;
    }

    private static ObjectNode otherFindingType() {
        ObjectNode finding = JSON.createObjectNode();
        finding.put("resource", "arn:aws:iam::" + ACCOUNT + ":role/app-role-0");
        finding.put("status", "ACTIVE");
        finding.put("findingType", "UnusedIAMRole");
        finding.putArray("findingDetails").addObject().putObject("unusedIamRoleDetails")
                .put("lastAccessed", "2025-01-01T00:00:00Z");
        return finding;
    }

    private static ObjectNode group() {
        ObjectNode group = JSON.createObjectNode();
        group.put("GroupName", "Developers");
        group.put("Arn", "arn:aws:iam::" + ACCOUNT + ":group/Developers");
        group.putArray("GroupPolicyList").addObject().put("PolicyName", "describe")
                .putObject("PolicyDocument").put("Version", "2012-10-17")
                .putArray("Statement").addObject().put("Effect", "Allow").put("Action", "ec2:Describe*").put("Resource", "*");
        group.putArray("AttachedManagedPolicies").addObject().put("PolicyName", "Shared0").put("PolicyArn", managedArn("Shared0"));
        return group;
    }

    private static ObjectNode managedPolicy(String name, ObjectNode document, int attachments, boolean encoded) {
        ObjectNode policy = JSON.createObjectNode();
        policy.put("PolicyName", name);
        policy.put("Arn", managedArn(name));
        policy.put("Path", "/");
        policy.put("DefaultVersionId", "v2");
        policy.put("AttachmentCount", attachments);
        ArrayNode versions = policy.putArray("PolicyVersionList");
        ObjectNode old = JSON.createObjectNode().put("Version", "2012-10-17");
        old.putArray("Statement").addObject().put("Effect", "Allow").put("Action", "s3:GetObject").put("Resource", "*");
        ObjectNode current = versions.addObject();
        if (encoded) {
            current.put("Document", urlEncoded(document.toString()));
        } else {
            current.set("Document", document);
        }
        current.put("VersionId", "v2").put("IsDefaultVersion", true);
        versions.addObject().put("Document", urlEncoded(old.toString())).put("VersionId", "v1").put("IsDefaultVersion", false);
        return policy;
    }

    private static String managedArn(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":policy/" + name;
    }

    /** RFC 3986 encoding, as the IAM API returns documents (a space is %20, not +). */
    static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static void main(String[] args) throws IOException {
        boolean badItems = args.length == 3 && args[2].equals("--with-bad-items");
        if (args.length != 2 && !badItems) {
            System.err.println("usage: GeneratedAccount PRINCIPALS FOLDER [--with-bad-items]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        write(folder, count, badItems ? Corruptions.ALL : Corruptions.NONE, 42);
        System.err.println("wrote " + folder.resolve(EXPORT) + " and " + folder.resolve(FINDINGS) + "/ ("
                + count + " principals" + (badItems ? ", three of the items broken" : "") + ")");
    }
}

package org.iamrefiner.report;

import java.util.regex.Pattern;

/**
 * The AWS CLI commands that would apply one recommendation, with a comment saying which policy
 * they are for and why they take that form. Written into {@code remediation.sh} for review; the
 * tool never runs them.
 *
 * <ul>
 *   <li>inline policy changed: {@code put-role-policy} / {@code put-user-policy};</li>
 *   <li>inline policy detached: {@code delete-role-policy} / {@code delete-user-policy};</li>
 *   <li>managed policy held by this principal alone: a new default version;</li>
 *   <li>managed policy shared by several principals, or an AWS managed policy (which no account can
 *       change): a new policy for this principal alone, attached in place of the original;</li>
 *   <li>managed policy detached: {@code detach-role-policy} / {@code detach-user-policy}.</li>
 * </ul>
 */
public final class RemediationCommands {

    /** IAM's longest policy name. */
    private static final int NAME_LIMIT = 128;
    private static final Pattern NAME_UNSAFE = Pattern.compile("[^A-Za-z0-9+=,.@_-]");

    private RemediationCommands() {
    }

    /**
     * @param item             the outcome of the policy; FAILED and UNCHANGED items get no command
     * @param refinedDocument  the recommended policy as compact JSON, or null when it is detached
     * @return the commented commands, ending with a blank line; empty when there is nothing to do
     */
    public static String of(BatchItem item, String refinedDocument) {
        if (item.status() != BatchStatus.CHANGED && item.status() != BatchStatus.DETACHED) {
            return "";
        }
        BatchPrincipal who = item.principal();
        // Sized for the comments and commands around the document, which is written once at most.
        StringBuilder out = new StringBuilder(1024 + (refinedDocument == null ? 0 : refinedDocument.length()));
        out.append(comment(who.label() + ": " + describe(item) + " → "
                + (item.status() == BatchStatus.DETACHED ? "DETACH_POLICY" : "CREATE_POLICY")
                + " (" + item.recommendationFile() + ")"));
        if (item.sizeWarning() != null) {
            out.append(comment("WARNING: IAM will refuse this as too long: " + item.sizeWarning()));
        }
        if (item.attachment() == BatchItem.Attachment.FILE || !(who.kind().equals("role") || who.kind().equals("user"))) {
            out.append("# The input does not say how this policy is attached: apply the recommendation by hand.\n\n");
            return out.toString();
        }
        String kind = who.kind();
        String principalOption = "--" + kind + "-name " + quote(who.name());
        if (item.attachment() == BatchItem.Attachment.INLINE) {
            if (item.status() == BatchStatus.DETACHED) {
                out.append("aws iam delete-").append(kind).append("-policy ").append(principalOption)
                        .append(" --policy-name ").append(quote(item.policyName())).append('\n');
            } else {
                out.append("aws iam put-").append(kind).append("-policy ").append(principalOption)
                        .append(" --policy-name ").append(quote(item.policyName()))
                        .append(" --policy-document ").append(quote(refinedDocument)).append('\n');
            }
            return out.append('\n').toString();
        }
        String arn = item.managedPolicyArn();
        if (item.status() == BatchStatus.DETACHED) {
            if (item.shared()) {
                out.append("# Attached to ").append(item.principalsSharing()).append(" principals: detached from this ")
                        .append(kind).append(" only; the policy stays for the others.\n");
            }
            out.append("aws iam detach-").append(kind).append("-policy ").append(principalOption)
                    .append(" --policy-arn ").append(quote(arn)).append('\n');
            if (!item.shared() && !item.awsManaged()) {
                out.append("# No other principal has it attached; once detached it can be deleted (its other versions first):\n")
                        .append("# aws iam delete-policy --policy-arn ").append(quote(arn)).append('\n');
            }
            return out.append('\n').toString();
        }
        if (!item.shared() && !item.awsManaged()) {
            out.append("# Held by this ").append(kind).append(" alone: a new default version. A managed policy keeps at most"
                    + " 5 versions; delete an old one first if it has 5 (aws iam list-policy-versions).\n");
            out.append("aws iam create-policy-version --policy-arn ").append(quote(arn))
                    .append(" --policy-document ").append(quote(refinedDocument)).append(" --set-as-default\n");
            return out.append('\n').toString();
        }
        String newName = perPrincipalName(item.policyName(), who.name());
        String newArn = policyArn(who, newName);
        out.append(item.awsManaged()
                ? "# An AWS managed policy cannot be changed"
                : "# Attached to " + item.principalsSharing() + " principals: a new version would change it for all of them");
        out.append(", so this ").append(kind).append(" gets a new policy of its own in place of it.\n");
        out.append("aws iam create-policy --policy-name ").append(quote(newName))
                .append(" --policy-document ").append(quote(refinedDocument)).append('\n');
        out.append("aws iam attach-").append(kind).append("-policy ").append(principalOption)
                .append(" --policy-arn ").append(quote(newArn)).append('\n');
        out.append("aws iam detach-").append(kind).append("-policy ").append(principalOption)
                .append(" --policy-arn ").append(quote(arn)).append('\n');
        return out.append('\n').toString();
    }

    private static String describe(BatchItem item) {
        return switch (item.attachment()) {
            case INLINE -> "inline policy " + item.policyName();
            case MANAGED -> "managed policy " + item.policyName() + " (" + item.managedPolicyArn() + ")";
            case FILE -> "policy file " + item.policyName();
        };
    }

    /** A comment line; line breaks in names from the input would end the comment, so they become spaces. */
    static String comment(String text) {
        return "# " + text.replaceAll("[\\r\\n]+", " ") + "\n";
    }

    /** "ReadOnly-Deployer", cut to IAM's length limit, with only the characters IAM allows. */
    static String perPrincipalName(String policyName, String principalName) {
        String suffix = "-" + NAME_UNSAFE.matcher(principalName).replaceAll("_");
        String base = NAME_UNSAFE.matcher(policyName).replaceAll("_");
        if (suffix.length() > NAME_LIMIT / 2) {
            suffix = suffix.substring(0, NAME_LIMIT / 2);
        }
        if (base.length() + suffix.length() > NAME_LIMIT) {
            base = base.substring(0, NAME_LIMIT - suffix.length());
        }
        return base + suffix;
    }

    /** The ARN a new customer managed policy gets in the principal's account (at the root path). */
    private static String policyArn(BatchPrincipal who, String name) {
        String partition = "aws";
        String account = who.accountId();
        if (who.arn() != null && who.arn().startsWith("arn:")) {
            partition = who.arn().split(":", 3)[1];
        }
        return "arn:" + partition + ":iam::" + (account == null ? "ACCOUNT_ID" : account) + ":policy/" + name;
    }

    /** Single-quotes a word for bash: nothing inside is expanded. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}

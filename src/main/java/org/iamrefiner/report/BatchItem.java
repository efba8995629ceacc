package org.iamrefiner.report;

import java.util.Objects;

/**
 * The small summary a batch run keeps of one policy of one principal: figures and where its
 * texts are, never the policy itself.
 *
 * @param sequence            order of the item in the input (principal, then policy)
 * @param principal           who holds the policy
 * @param policyName          the policy's name (inline or managed) or file name
 * @param attachment          how the principal holds it
 * @param managedPolicyArn    the managed policy's ARN, or null
 * @param principalsSharing   for a managed policy, how many principals (roles, users, groups) it is
 *                            attached to in the account; 1 otherwise
 * @param status              the outcome
 * @param message             why the item failed, or null
 * @param entriesBefore       Action/NotAction entries of the original
 * @param entriesAfter        entries of the recommendation (0 when detached; as before when failed)
 * @param charactersBefore    characters of the original without white space (IAM's count)
 * @param charactersAfter     the same for the recommendation
 * @param actionsBefore       catalog actions the original's Allow statements grant
 * @param actionsAfter        catalog actions the recommendation grants
 * @param recommendationFile  the recommendation JSON, relative to the output folder, or null
 * @param sizeWarning         why IAM would refuse the recommendation as too long, or null when it fits
 * @param diff                the side-by-side diff (HTML) in the spool, or {@link BatchFragment#NONE}
 * @param remediation         the AWS CLI commands in the spool, or {@link BatchFragment#NONE}
 */
public record BatchItem(long sequence, BatchPrincipal principal, String policyName, Attachment attachment,
                        String managedPolicyArn, int principalsSharing, BatchStatus status, String message,
                        int entriesBefore, int entriesAfter, int charactersBefore, int charactersAfter,
                        int actionsBefore, int actionsAfter, String recommendationFile, String sizeWarning,
                        BatchFragment diff, BatchFragment remediation) {

    /** How a principal holds a policy. */
    public enum Attachment {
        INLINE("inline"),
        MANAGED("managed"),
        /** A file of the plain layout: the input does not say. */
        FILE("file");

        private final String label;

        Attachment(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BatchItem {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(policyName, "policyName");
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(remediation, "remediation");
    }

    /** The same item with its diff and remediation commands stored. */
    public BatchItem withFragments(BatchFragment diff, BatchFragment remediation) {
        return new BatchItem(sequence, principal, policyName, attachment, managedPolicyArn, principalsSharing, status,
                message, entriesBefore, entriesAfter, charactersBefore, charactersAfter, actionsBefore, actionsAfter,
                recommendationFile, sizeWarning, diff, remediation);
    }

    /** A managed policy attached to more than one principal, so it cannot simply get a new version. */
    public boolean shared() {
        return attachment == Attachment.MANAGED && principalsSharing > 1;
    }

    /** An AWS managed policy (arn:aws:iam::aws:policy/...), which no account can change. */
    public boolean awsManaged() {
        return managedPolicyArn != null && managedPolicyArn.startsWith("arn:") && managedPolicyArn.contains(":iam::aws:policy/");
    }

    /** Catalog actions the original grants and the recommendation no longer does. */
    public int actionsRemoved() {
        return Math.max(0, actionsBefore - actionsAfter);
    }
}

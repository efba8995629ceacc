package org.iamrefiner.batch;

import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.report.BatchItem.Attachment;

/**
 * A policy a principal holds, not read yet: reading happens when the principal is refined, so
 * that only the principals in progress have their policies in memory.
 *
 * @param name              the inline policy's name, the managed policy's name, or the file name
 * @param attachment        how the principal holds it
 * @param managedPolicyArn  the managed policy's ARN, or null
 * @param principalsSharing for a managed policy, how many principals it is attached to; 1 otherwise
 * @param loader            reads the policy document
 */
record PolicyReference(String name, Attachment attachment, String managedPolicyArn, int principalsSharing,
                       Loader loader) {

    /** Reads a policy document. */
    @FunctionalInterface
    interface Loader {
        Policy load() throws InputException;
    }

    Policy load() throws InputException {
        return loader.load();
    }
}

package org.iamrefiner.report;

import java.util.Objects;

/**
 * Something a batch run skipped because it could not be read or refined.
 *
 * @param sequence  where it comes in the input, for a stable order in the reports
 * @param principal the principal concerned ("role/Deployer"), or null when the input could not be
 *                  tied to one (e.g. a finding file that is not JSON)
 * @param policy    the policy concerned, or null when the whole principal was skipped
 * @param message   what is wrong, naming the file and the place
 */
public record BatchFailure(long sequence, String principal, String policy, String message) {

    public BatchFailure {
        Objects.requireNonNull(message, "message");
    }

    /** The failure of one policy item. */
    public static BatchFailure of(BatchItem item) {
        return new BatchFailure(item.sequence(), item.principal().label(), item.policyName(), item.message());
    }
}

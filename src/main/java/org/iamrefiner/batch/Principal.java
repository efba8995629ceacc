package org.iamrefiner.batch;

import java.util.List;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.input.InputException;
import org.iamrefiner.report.BatchPrincipal;

/**
 * One role or user with its policies and the way to its finding.
 *
 * @param who      the principal as the reports name it
 * @param policies its policies, in input order
 * @param finding  reads its finding; null from the loader means it has none
 */
record Principal(BatchPrincipal who, List<PolicyReference> policies, FindingLoader finding) {

    /** Reads a principal's unused-permissions finding. */
    @FunctionalInterface
    interface FindingLoader {
        /** @return the finding, or null when the principal has none */
        Finding load() throws InputException;
    }

    Principal {
        policies = List.copyOf(policies);
    }
}

package org.iamrefiner.bench;

import java.util.List;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.reference.UnusedSpec;

/**
 * One refinement of the warm workload: a managed policy and a finding generated for it, read once
 * so the timed work is the refinement alone.
 *
 * @param source  the managed policy
 * @param policy  its document as the product reads it (a copy, so the reference's input is separate)
 * @param granted the catalog actions it grants
 * @param unused  the finding's unused actions, drawn from {@code granted}
 * @param finding the finding for the rules
 * @param specs   the same finding for the reference
 */
record WorkloadCase(ManagedPolicy source, Policy policy, List<CatalogAction> granted, UnusedSample unused,
                    Finding finding, List<UnusedSpec> specs) {
}

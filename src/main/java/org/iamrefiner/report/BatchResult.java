package org.iamrefiner.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the reports of a batch run are made from: counters, one small item per policy, the
 * failures, and where the per-policy texts are.
 *
 * @param catalogVersion          the catalog every refinement used
 * @param input                   what was read, in words ("account.json with findings from findings/")
 * @param principals              how many principals there were and what became of them
 * @param items                   one per policy of each principal with a finding, in input order
 * @param failures                failures not tied to one policy (a principal or a finding that could
 *                                not be read), in input order
 * @param actionsNoLongerGranted  catalog actions the principals no longer get, each principal's
 *                                policies taken together, added up over the principals
 * @param notes                   remarks about the input as a whole
 * @param fragments               reads the per-policy texts back
 */
public record BatchResult(String catalogVersion, String input, PrincipalCounts principals, List<BatchItem> items,
                          List<BatchFailure> failures, long actionsNoLongerGranted, List<String> notes,
                          BatchFragments fragments) {

    /**
     * @param total          principals (roles and users, or folders) in the input
     * @param refined        those whose finding was read and whose policies were refined
     * @param withoutFinding those without a finding: nothing to refine
     * @param failed         those skipped as a whole (entry or finding unreadable)
     */
    public record PrincipalCounts(long total, long refined, long withoutFinding, long failed) {
    }

    public BatchResult {
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        items = List.copyOf(items);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** Every failure, of whole principals and of single policies, in input order. */
    public List<BatchFailure> allFailures() {
        List<BatchFailure> all = new ArrayList<>(failures);
        for (BatchItem item : items) {
            if (item.status() == BatchStatus.FAILED) {
                all.add(BatchFailure.of(item));
            }
        }
        all.sort(Comparator.comparingLong(BatchFailure::sequence));
        return all;
    }

    /** The totals over the items. */
    public BatchTotals totals() {
        return BatchTotals.of(items);
    }
}

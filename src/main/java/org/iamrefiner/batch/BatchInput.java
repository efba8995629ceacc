package org.iamrefiner.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.input.InputException;
import org.iamrefiner.report.BatchFailure;

/**
 * What a batch reads: the principals, and the failures found while indexing them (findings
 * files that could not be read), which are reported with the rest.
 */
public final class BatchInput {

    private final PrincipalSource source;
    private final List<BatchFailure> indexFailures;

    private BatchInput(PrincipalSource source, List<BatchFailure> indexFailures) {
        this.source = source;
        this.indexFailures = List.copyOf(indexFailures);
    }

    /**
     * An {@code aws iam get-account-authorization-details} export with its findings.
     *
     * @param authorizationDetails the export
     * @param findings             a findings file, or a folder of them
     * @throws InputException when either cannot be read as a whole
     */
    public static BatchInput authorizationDetails(Path authorizationDetails, Path findings) throws InputException {
        FindingIndex index = FindingIndex.of(findings);
        List<BatchFailure> failures = new ArrayList<>();
        long sequence = Long.MIN_VALUE;
        for (FindingIndex.Problem problem : index.problems()) {
            failures.add(new BatchFailure(sequence++, null, null, problem.message()));
        }
        return new BatchInput(AuthorizationDetailsSource.index(authorizationDetails, index), failures);
    }

    /**
     * The plain layout: {@code DIR/<principal>/finding.json} and {@code DIR/<principal>/policies/*.json}.
     *
     * @param folder the input folder
     * @param output the output folder, left out when it lies inside the input folder
     * @throws InputException when the folder cannot be listed
     */
    public static BatchInput plainLayout(Path folder, Path output) throws InputException {
        return new BatchInput(PlainLayoutSource.of(folder, output), List.of());
    }

    /** How many principals the input holds. */
    public long principals() {
        return source.count();
    }

    PrincipalSource source() {
        return source;
    }

    List<BatchFailure> indexFailures() {
        return indexFailures;
    }
}

package org.iamrefiner.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;
import org.iamrefiner.refine.Refiner;
import org.iamrefiner.report.BatchResult;

/**
 * A batch run: every principal of the input refined with its finding, one recommendation per
 * principal and policy, and the reports (summary.json, report.md, report.html, remediation.sh).
 */
public final class BatchJob {

    private final Refiner refiner;
    private final int jobs;
    private final PrintWriter progressTo;

    /**
     * @param refiner    shared by all workers (the rule base and catalog are built once)
     * @param jobs       how many principals are refined at the same time
     * @param progressTo where the progress bar is drawn, or null for none
     */
    public BatchJob(Refiner refiner, int jobs, PrintWriter progressTo) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.refiner = refiner;
        this.jobs = jobs;
        this.progressTo = progressTo;
    }

    /**
     * Runs the batch and writes its output.
     *
     * @throws InputException when the output folder cannot be used or written
     */
    public BatchResult run(BatchInput input, Path outputFolder) throws InputException, InterruptedException {
        OutputFolder output = OutputFolder.prepare(outputFolder);
        ProgressBar progress = progressTo == null ? ProgressBar.hidden() : ProgressBar.shown(progressTo, input.principals());
        try (TextSpool spool = new TextSpool(output.root())) {
            BatchResult result = new BatchRunner(refiner, jobs, progress)
                    .run(input.source(), output, spool, input.indexFailures());
            BatchReports.write(result, output);
            output.deleteEarlierOutput();
            return result;
        } catch (IOException e) {
            throw new InputException(outputFolder.toString(), null, "cannot write the output: " + e.getMessage());
        }
    }
}

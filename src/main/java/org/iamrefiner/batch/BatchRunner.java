package org.iamrefiner.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.iamrefiner.check.AllowedCatalogActions;
import org.iamrefiner.input.InputException;
import org.iamrefiner.refine.Refiner;
import org.iamrefiner.report.BatchFailure;
import org.iamrefiner.report.BatchItem;
import org.iamrefiner.report.BatchResult;

/**
 * Refines the principals of a source on a pool of workers. The source is read one principal at a
 * time and at most a few principals per worker wait in line, so memory holds the principals in
 * progress and one small item per policy, whatever the size of the input.
 */
final class BatchRunner {

    private static final int WAITING_PER_WORKER = 4;

    private final Refiner refiner;
    private final int jobs;
    private final ProgressBar progress;

    BatchRunner(Refiner refiner, int jobs, ProgressBar progress) {
        this.refiner = refiner;
        this.jobs = jobs;
        this.progress = progress;
    }

    /**
     * @param source        the principals
     * @param output        where the recommendations go
     * @param spool         where the per-policy report texts go
     * @param earlyFailures failures found before the run (e.g. findings that could not be indexed)
     */
    BatchResult run(PrincipalSource source, OutputFolder output, TextSpool spool, List<BatchFailure> earlyFailures)
            throws InterruptedException, InputException {
        PrincipalRefinement refinement = new PrincipalRefinement(refiner, new AllowedCatalogActions(refiner.catalog()), output, spool);
        ConcurrentLinkedQueue<BatchItem> items = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<BatchFailure> failures = new ConcurrentLinkedQueue<>(earlyFailures);
        LongAdder refined = new LongAdder();
        LongAdder withoutFinding = new LongAdder();
        LongAdder failedPrincipals = new LongAdder();
        LongAdder actionsNoLongerGranted = new LongAdder();
        Semaphore waiting = new Semaphore(jobs * WAITING_PER_WORKER);
        ExecutorService workers = Executors.newFixedThreadPool(jobs, workerThreads());
        try {
            source.forEach(entry -> {
                waiting.acquire();
                workers.execute(() -> {
                    boolean failed = true;
                    try {
                        PrincipalRefinement.Outcome outcome = refinement.refine(entry);
                        items.addAll(outcome.items());
                        if (outcome.failure() != null) {
                            failures.add(outcome.failure());
                            failedPrincipals.increment();
                        } else if (outcome.withoutFinding()) {
                            withoutFinding.increment();
                        } else {
                            refined.increment();
                        }
                        actionsNoLongerGranted.add(outcome.actionsNoLongerGranted());
                        failed = outcome.failed();
                    } catch (IOException | RuntimeException | Error e) {
                        // Whatever goes wrong with one principal is reported as its failure, never
                        // lost with the worker: the batch's counts must add up.
                        String why = e instanceof OutOfMemoryError ? OutOfMemory.describe(entry.label())
                                : "internal error while refining " + entry.label() + ": " + e;
                        failures.add(new BatchFailure(PrincipalRefinement.firstSequence(entry), entry.label(), null, why));
                        failedPrincipals.increment();
                    } finally {
                        waiting.release();
                        progress.advance(failed);
                    }
                });
            });
        } finally {
            workers.shutdown();
            if (!workers.awaitTermination(365, TimeUnit.DAYS)) {
                workers.shutdownNow();
            }
            progress.finish();
        }
        List<BatchItem> sortedItems = new ArrayList<>(items);
        sortedItems.sort(Comparator.comparingLong(BatchItem::sequence));
        List<BatchFailure> sortedFailures = new ArrayList<>(failures);
        sortedFailures.sort(Comparator.comparingLong(BatchFailure::sequence));
        BatchResult.PrincipalCounts principals = new BatchResult.PrincipalCounts(source.count(), refined.sum(),
                withoutFinding.sum(), failedPrincipals.sum());
        return new BatchResult(refiner.catalog().version(), source.description(), principals, sortedItems,
                sortedFailures, actionsNoLongerGranted.sum(), notes(source, sortedItems), spool);
    }

    private static List<String> notes(PrincipalSource source, List<BatchItem> items) {
        List<String> notes = new ArrayList<>(source.notes());
        long tooLong = items.stream().filter(item -> item.sizeWarning() != null).count();
        if (tooLong > 0) {
            notes.add(tooLong + " recommendation" + (tooLong == 1 ? " is" : "s are") + " longer than IAM allows"
                    + " (a narrowed wildcard can become many entries); see sizeWarning in summary.json");
        }
        return notes;
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "batch-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package org.iamrefiner.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times one operation over a workload the way a long-running process sees it: untimed warm-up
 * passes over the whole workload first, so the JIT has compiled the hot paths, then measured
 * passes that time every item on its own with {@link System#nanoTime()}.
 *
 * <p>An item that throws is counted and its first message kept; its time is left out of the
 * latencies (it produced no result), and it is not retried within a pass.
 */
final class PassTimer<T> {

    /** The timed work for one item; its result is kept from the last measured pass for comparison. */
    interface Operation<T> {
        Object run(T item) throws Exception;
    }

    /**
     * @param perItem     every successful item's time in every measured pass, in nanoseconds
     * @param passTotals  each measured pass's total time (successful and failed items), in nanoseconds
     * @param failures    item label to the first failure message, over all passes
     * @param lastResults the results of the last measured pass, by item index (null where it failed)
     * @param lastTimes   the times of the last measured pass, by item index (-1 where it failed)
     */
    record Result(long[] perItem, long[] passTotals, Map<String, String> failures, List<Object> lastResults,
                  long[] lastTimes) {

        Percentiles latencies() {
            return new Percentiles(perItem);
        }

        /** The median of the measured passes' totals. */
        long totalPerPass() {
            return new Percentiles(passTotals).median();
        }

        boolean anySucceeded() {
            return perItem.length > 0;
        }
    }

    interface Labeller<T> {
        String label(T item);
    }

    private final String name;
    private final Progress progress;

    PassTimer(String name, Progress progress) {
        this.name = name;
        this.progress = progress;
    }

    Result run(List<T> items, Labeller<T> labeller, Operation<T> operation, int warmUpPasses, int passes) {
        Map<String, String> failures = new LinkedHashMap<>();
        for (int pass = 1; pass <= warmUpPasses; pass++) {
            progress.say(name + ": warm-up pass " + pass + " of " + warmUpPasses + " (" + items.size() + " items)");
            runPass(items, labeller, operation, failures, null, null, null);
        }
        // Leave the garbage of the warm-up behind, so it is not collected inside the first measured pass.
        System.gc();
        Samples samples = new Samples(items.size() * passes);
        long[] passTotals = new long[passes];
        List<Object> lastResults = new ArrayList<>();
        long[] lastTimes = new long[items.size()];
        for (int pass = 1; pass <= passes; pass++) {
            progress.say(name + ": measured pass " + pass + " of " + passes);
            boolean last = pass == passes;
            long start = System.nanoTime();
            runPass(items, labeller, operation, failures, samples, last ? lastResults : null, last ? lastTimes : null);
            passTotals[pass - 1] = System.nanoTime() - start;
        }
        return new Result(samples.taken(), passTotals, failures, lastResults, lastTimes);
    }

    /** The successful items' times, in an array sized up front so recording allocates nothing. */
    private static final class Samples {
        private final long[] times;
        private int count;

        Samples(int capacity) {
            times = new long[capacity];
        }

        void add(long nanos) {
            times[count++] = nanos;
        }

        long[] taken() {
            return Arrays.copyOf(times, count);
        }
    }

    private void runPass(List<T> items, Labeller<T> labeller, Operation<T> operation, Map<String, String> failures,
                         Samples samples, List<Object> results, long[] times) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            Object result = null;
            long elapsed = -1;
            long start = System.nanoTime();
            try {
                result = operation.run(item);
                elapsed = System.nanoTime() - start;
                if (samples != null) {
                    samples.add(elapsed);
                }
            } catch (Exception e) {
                failures.putIfAbsent(labeller.label(item), e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            if (results != null) {
                results.add(result);
                times[i] = elapsed;
            }
        }
    }
}

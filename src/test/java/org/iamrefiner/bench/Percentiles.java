package org.iamrefiner.bench;

import java.util.Arrays;

/**
 * Percentiles of timings by the nearest-rank method: the p-th percentile is the smallest sample
 * with at least p % of the samples at or below it. No interpolation, so every figure printed is
 * a time that was really measured.
 */
final class Percentiles {

    private final long[] sorted;

    Percentiles(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    long median() {
        return at(50);
    }

    long p99() {
        return at(99);
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile, {@code 0 < p <= 100}. */
    long at(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}

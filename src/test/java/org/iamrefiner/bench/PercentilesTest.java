package org.iamrefiner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: every figure printed is a sample that was measured. */
class PercentilesTest {

    @Test
    void medianOfAnOddCountIsTheMiddleSample() {
        assertThat(new Percentiles(new long[] {7, 1, 5, 3, 9, 2, 8}).median()).isEqualTo(5);
    }

    @Test
    void p99OfAHundredSamplesIsTheNinetyNinthSmallest() {
        long[] samples = new long[100];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = 100 - i;
        }
        Percentiles percentiles = new Percentiles(samples);
        assertThat(percentiles.p99()).isEqualTo(99);
        assertThat(percentiles.median()).isEqualTo(50);
        assertThat(percentiles.max()).isEqualTo(100);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Percentiles percentiles = new Percentiles(new long[] {42});
        assertThat(percentiles.median()).isEqualTo(42);
        assertThat(percentiles.p99()).isEqualTo(42);
    }
}

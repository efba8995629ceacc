package org.iamrefiner.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's command line: defaults at the sizes the targets are stated for, and bad numbers refused. */
class BenchOptionsTest {

    @Test
    void defaultsRunEverythingAtTheTargetsSizes() throws Exception {
        BenchOptions options = BenchOptions.parse("repo", List.of());
        assertThat(options.refinements()).isEqualTo(10_000);
        assertThat(options.coldRuns()).isEqualTo(7);
        assertThat(options.batchRuns()).isEqualTo(3);
        assertThat(options.skipBatch()).isFalse();
    }

    @Test
    void batchRunsAreGivenAsAWholeNumberOfAtLeastOne() throws Exception {
        assertThat(BenchOptions.parse("repo", List.of("--batch-runs", "5")).batchRuns()).isEqualTo(5);
        assertThat(BenchOptions.parse("repo", List.of("--batch-runs", "1", "--cold-runs", "2")).batchRuns()).isEqualTo(1);
        assertThatThrownBy(() -> BenchOptions.parse("repo", List.of("--batch-runs", "0")))
                .isInstanceOf(BenchOptions.UsageException.class).hasMessageContaining("--batch-runs");
        assertThatThrownBy(() -> BenchOptions.parse("repo", List.of("--batch-runs")))
                .isInstanceOf(BenchOptions.UsageException.class).hasMessageContaining("--batch-runs needs a number");
    }
}

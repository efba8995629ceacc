package org.iamrefiner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iamrefiner.input.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core rules start loading before the command line is parsed only when nothing else is to be loaded. */
class RulesLoadingTest {

    @AfterEach
    void takeOverWhatWasStarted() {
        RulesLoading.start(List.of());
    }

    @Test
    void refineAndBatchWithoutOrganisationRulesStartLoadingTheCoreRulesEarly() {
        RulesLoading.startCoreEarly("refine", "--policy", "p.json", "--unused", "u.json");
        assertThat(RulesLoading.coreStartedEarly()).isTrue();
        RulesLoading.start(List.of());
        assertThat(RulesLoading.coreStartedEarly()).isFalse();

        RulesLoading.startCoreEarly("--quiet", "batch", "--input", "in", "--output", "out");
        assertThat(RulesLoading.coreStartedEarly()).isTrue();
    }

    @Test
    void otherCommandsAndOrganisationRulesStartNothingEarly() {
        RulesLoading.startCoreEarly("verify", "--policy", "p.json");
        RulesLoading.startCoreEarly("refine", "--rules", "my-rules", "--policy", "p.json");
        RulesLoading.startCoreEarly("batch", "--rules=my-rules");
        RulesLoading.startCoreEarly("--version");
        assertThat(RulesLoading.coreStartedEarly()).isFalse();
    }

    @Test
    void organisationRulesAreLoadedWithTheCoreRulesNotTakenFromTheEarlyLoad(@TempDir Path folder) throws Exception {
        RulesLoading.startCoreEarly("refine");
        assertThat(RulesLoading.start(List.of()).get()).isNotNull();

        Files.writeString(folder.resolve("broken.drl"), "package org.example;\nrule \"unfinished\" when then");
        RulesLoading.startCoreEarly("refine");
        RulesLoading loading = RulesLoading.start(List.of(folder));
        assertThat(RulesLoading.coreStartedEarly()).isFalse();
        assertThatThrownBy(loading::get).isInstanceOf(InputException.class).hasMessageContaining("broken.drl");
    }
}

package org.iamrefiner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.input.InputException;

/**
 * Loads the rule base on a thread of its own while the command reads its catalog and inputs: each
 * takes a few hundred milliseconds of a cold start, and they need not wait for each other. The
 * inputs' errors still come first, as when the rules were loaded after them.
 */
final class RulesLoading {

    private final FutureTask<RuleBase> task;

    private RulesLoading(FutureTask<RuleBase> task) {
        this.task = task;
    }

    /** Starts loading the core rules with the organisation rules of the given folders. */
    static RulesLoading start(List<Path> organisationRuleFolders) {
        List<Path> folders = List.copyOf(organisationRuleFolders);
        FutureTask<RuleBase> task = new FutureTask<>(() -> RuleBase.withOrganisationRules(folders));
        Thread thread = new Thread(task, "rules-loading");
        thread.setDaemon(true);
        thread.start();
        return new RulesLoading(task);
    }

    /**
     * The rule base, once loaded.
     *
     * @throws InputException when an organisation rule file cannot be used, as {@link RuleBase#withOrganisationRules} says
     */
    RuleBase get() throws InputException, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException input) {
                throw input;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("loading the rules failed: " + cause, cause);
        }
    }
}

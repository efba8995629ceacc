package org.iamrefiner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.input.InputException;

/**
 * Loads the rule base on a thread of its own while the command reads its catalog and inputs: each
 * takes a few hundred milliseconds of a cold start, and they need not wait for each other. The
 * inputs' errors still come first, as when the rules were loaded after them.
 */
final class RulesLoading {

    /** The core rules, when {@link #startCoreEarly} started loading them before the command line was parsed. */
    private static final AtomicReference<FutureTask<RuleBase>> EARLY_CORE = new AtomicReference<>();

    private final FutureTask<RuleBase> task;

    private RulesLoading(FutureTask<RuleBase> task) {
        this.task = task;
    }

    /**
     * Starts loading the core rules as the process starts, before picocli builds and parses the
     * command line (about a fifth of a cold start), when the arguments ask for a refinement without
     * organisation rules. {@link #start} then takes over that loading instead of starting another.
     */
    static void startCoreEarly(String... args) {
        String command = null;
        for (String arg : args) {
            if (arg.startsWith("--rules")) {
                return;
            }
            if (command == null && !arg.startsWith("-")) {
                command = arg;
            }
        }
        if ("refine".equals(command) || "batch".equals(command)) {
            EARLY_CORE.compareAndSet(null, run(RuleBase::core));
        }
    }

    /** Whether core rules started early are waiting for {@link #start} to take them over. */
    static boolean coreStartedEarly() {
        return EARLY_CORE.get() != null;
    }

    /** Starts loading the core rules with the organisation rules of the given folders. */
    static RulesLoading start(List<Path> organisationRuleFolders) {
        List<Path> folders = List.copyOf(organisationRuleFolders);
        FutureTask<RuleBase> early = EARLY_CORE.getAndSet(null);
        if (folders.isEmpty() && early != null) {
            return new RulesLoading(early);
        }
        return new RulesLoading(run(() -> RuleBase.withOrganisationRules(folders)));
    }

    private static FutureTask<RuleBase> run(Callable<RuleBase> loading) {
        FutureTask<RuleBase> task = new FutureTask<>(loading);
        Thread thread = new Thread(task, "rules-loading");
        thread.setDaemon(true);
        thread.start();
        return task;
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

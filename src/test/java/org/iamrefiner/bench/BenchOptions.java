package org.iamrefiner.bench;

import java.util.List;

/**
 * The command line of {@link Benchmark}. Every part can be skipped so a developer can time only
 * what they are changing; the defaults run everything at the sizes the targets are stated for.
 *
 * @param repository    the checkout to measure (its launcher, examples and target/ folder)
 * @param seed          seeds every random choice, so two runs measure the same work
 * @param refinements   (principal, policy) refinements in the batch account
 * @param policies      how many managed policies of the workload to use; 0 means all
 * @param warmUpPasses  untimed passes over the warm workload before measuring (for the JIT)
 * @param passes        measured passes over the warm workload
 * @param coldRuns      timed runs of the cold start
 * @param batchRuns     timed runs of the batch with its default settings
 */
record BenchOptions(String repository, long seed, int refinements, int policies, int warmUpPasses, int passes,
                    int coldRuns, int batchRuns, boolean skipCold, boolean skipWarm, boolean skipReference,
                    boolean skipBatch, boolean skipWorst, boolean quiet, boolean help) {

    static final String USAGE = """
            usage: scripts/bench.sh [options]

            Measures IAM Refiner against the targets of issue 7 and prints one table on standard
            output: each figure, its target and OK or MISSED. Progress goes to standard error when
            it is a terminal. Exit code 0 when the run completed (targets missed or not), 1 when a
            measurement could not be made or a result was wrong, 2 for bad usage.

            options:
              --skip-cold          skip figure 1, the cold start of ./iam-refiner refine
              --skip-warm          skip figures 2 and 3, warm latency of the rules and of the reference
              --skip-reference     skip figure 3 only, the plain-Java reference
              --skip-batch         skip figure 4, the batch command on a generated account
              --skip-worst         skip figure 5, "Action": "*" against the whole catalog
              --refinements N      (principal, policy) refinements in the batch account (default 10000)
              --policies N         use a seeded sample of N managed policies (default: all of them)
              --warm-up-passes N   untimed passes over the warm workload first (default 3)
              --passes N           measured passes over the warm workload (default 3)
              --cold-runs N        timed cold starts, after one untimed run (default 7)
              --batch-runs N       timed batches with the default settings; the median counts (default 3)
              --seed N             seed of every random choice (default 42)
              --quiet              no progress messages
              --help               this text
            """;

    /**
     * Reads the arguments; what is not given keeps its default.
     *
     * @throws UsageException for an unknown option or a missing or bad number
     */
    static BenchOptions parse(String repository, List<String> args) throws UsageException {
        long seed = 42;
        int refinements = 10_000;
        int policies = 0;
        int warmUpPasses = 3;
        int passes = 3;
        int coldRuns = 7;
        int batchRuns = 3;
        boolean skipCold = false;
        boolean skipWarm = false;
        boolean skipReference = false;
        boolean skipBatch = false;
        boolean skipWorst = false;
        boolean quiet = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--quiet", "-q" -> quiet = true;
                case "--skip-cold" -> skipCold = true;
                case "--skip-warm" -> skipWarm = true;
                case "--skip-reference" -> skipReference = true;
                case "--skip-batch" -> skipBatch = true;
                case "--skip-worst" -> skipWorst = true;
                case "--refinements" -> refinements = (int) number(args, ++i, arg, 1);
                case "--policies" -> policies = (int) number(args, ++i, arg, 1);
                case "--warm-up-passes" -> warmUpPasses = (int) number(args, ++i, arg, 0);
                case "--passes" -> passes = (int) number(args, ++i, arg, 1);
                case "--cold-runs" -> coldRuns = (int) number(args, ++i, arg, 1);
                case "--batch-runs" -> batchRuns = (int) number(args, ++i, arg, 1);
                case "--seed" -> seed = number(args, ++i, arg, Long.MIN_VALUE);
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        return new BenchOptions(repository, seed, refinements, policies, warmUpPasses, passes, coldRuns,
                batchRuns, skipCold, skipWarm, skipReference, skipBatch, skipWorst, quiet, help);
    }

    /** Figure 3 runs on figure 2's workload, so skipping the warm figures skips it too. */
    boolean runReference() {
        return !skipWarm && !skipReference;
    }

    /** The value after an option: a whole number of at least {@code minimum} (an int unless it is the seed). */
    private static long number(List<String> args, int index, String option, long minimum) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a number");
        }
        String text = args.get(index);
        long value;
        try {
            value = minimum == Long.MIN_VALUE ? Long.parseLong(text) : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not \"" + text + "\"");
        }
        if (value < minimum) {
            throw new UsageException(option + " must be at least " + minimum + ", not " + value);
        }
        return value;
    }

    /** Bad usage: the message says what is wrong; the benchmark exits with code 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}

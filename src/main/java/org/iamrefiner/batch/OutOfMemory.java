package org.iamrefiner.batch;

import java.util.Locale;

/** The failure message of a run or a refinement that ran out of Java heap, with how to give it more. */
public final class OutOfMemory {

    private OutOfMemory() {
    }

    /** For one refinement of a batch: "ran out of memory while refining WHAT (...)". */
    static String describe(String what) {
        return describeWhile("refining " + what);
    }

    /** For a whole command: "ran out of memory while DOING (Java heap limit ...); run it again ...". */
    public static String describeWhile(String doing) {
        long limit = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return String.format(Locale.ROOT, "ran out of memory while %s (Java heap limit %,d MiB);"
                + " run it again with a larger heap, e.g. IAM_REFINER_JAVA_OPTS=-Xmx%dm", doing, limit, Math.max(1024, limit * 2));
    }
}

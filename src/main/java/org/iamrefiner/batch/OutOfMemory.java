package org.iamrefiner.batch;

import java.util.Locale;

/** The failure message of a refinement that ran out of Java heap, with how to give it more. */
final class OutOfMemory {

    private OutOfMemory() {
    }

    static String describe(String what) {
        long limit = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return String.format(Locale.ROOT, "ran out of memory while refining %s (Java heap limit %,d MiB);"
                + " run it again with a larger heap, e.g. IAM_REFINER_JAVA_OPTS=-Xmx%dm", what, limit, Math.max(1024, limit * 2));
    }
}

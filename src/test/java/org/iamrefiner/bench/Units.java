package org.iamrefiner.bench;

import java.util.Locale;

/** How the table writes times, sizes and counts: fixed units per kind, so rows compare at a glance. */
final class Units {

    private Units() {
    }

    /** Milliseconds with three decimals ("0.412 ms"): the unit of per-policy latencies. */
    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,.3f ms", nanos / 1e6);
    }

    /** Seconds with three decimals ("0.731 s"): the unit of whole runs. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%,.3f s", nanos / 1e9);
    }

    /** Mebibytes, whole ("812 MiB"). */
    static String mebibytes(long kibibytes) {
        return String.format(Locale.ROOT, "%,d MiB", Math.round(kibibytes / 1024.0));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }
}

package org.iamrefiner.batch;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on standard error, redrawn in place at most ten times a second. Only
 * drawn on a terminal: redirected output should not fill up with carriage returns.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final long total;
    private final boolean shown;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private long lastDrawn = Long.MIN_VALUE;

    private ProgressBar(PrintWriter err, long total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    static ProgressBar shown(PrintWriter err, long total) {
        return new ProgressBar(err, total, true);
    }

    static ProgressBar hidden() {
        return new ProgressBar(null, 0, false);
    }

    /** One more principal done; thread-safe. */
    void advance(boolean withFailure) {
        done.incrementAndGet();
        if (withFailure) {
            failed.incrementAndGet();
        }
        if (shown) {
            draw(false);
        }
    }

    /** Draws the final state and ends the line. */
    void finish() {
        if (shown) {
            draw(true);
            err.println();
            err.flush();
        }
    }

    private synchronized void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        long finished = done.get();
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, finished * WIDTH / total);
        String failures = failed.get() == 0 ? "" : ", " + failed.get() + " with failures";
        err.print("\rrefining [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + finished + "/" + total + " principals" + failures + "  ");
        err.flush();
    }
}

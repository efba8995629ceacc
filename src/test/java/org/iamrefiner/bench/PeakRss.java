package org.iamrefiner.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a subprocess's peak resident set size (RSS). GNU time's {@code %M} is exact (the
 * kernel's maximum for the process, read when it exits); without it, {@code VmHWM} of
 * {@code /proc/PID/status} (the same high-water mark) is polled every 20 ms, which can only miss
 * the growth of the last interval before exit. The launcher execs java, so the PID is the JVM's.
 */
abstract class PeakRss {

    static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** The exact method when GNU time is installed, else polling. */
    static PeakRss available(Path scratchFile) {
        return Files.isExecutable(GNU_TIME) ? new GnuTime(scratchFile) : new ProcStatusPolling();
    }

    /** How the figure was measured, for the table. */
    abstract String method();

    abstract List<String> wrap(List<String> command);

    abstract void watch(Process process);

    /** The peak in KiB, after the process has exited. */
    abstract long peakKiB() throws IOException;

    /** {@code /usr/bin/time -f %M -o FILE command…}. */
    private static final class GnuTime extends PeakRss {

        private final Path output;

        GnuTime(Path output) {
            this.output = output;
        }

        @Override
        String method() {
            return "/usr/bin/time -f %M";
        }

        @Override
        List<String> wrap(List<String> command) {
            List<String> wrapped = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%M", "-o", output.toString()));
            wrapped.addAll(command);
            return wrapped;
        }

        @Override
        void watch(Process process) {
        }

        /** The last line: GNU time writes "Command exited with non-zero status N" above it on failure. */
        @Override
        long peakKiB() throws IOException {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
            if (lines.isEmpty()) {
                throw new IOException(output + " is empty: GNU time wrote no %M figure");
            }
            return Long.parseLong(lines.get(lines.size() - 1).trim());
        }
    }

    /** Polls VmHWM every 20 ms on a daemon thread until the process exits. */
    private static final class ProcStatusPolling extends PeakRss {

        private volatile long peak = -1;
        private Thread poller;

        @Override
        String method() {
            return "VmHWM of /proc/PID/status polled every 20 ms";
        }

        @Override
        List<String> wrap(List<String> command) {
            return command;
        }

        @Override
        void watch(Process process) {
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            poller = new Thread(() -> {
                while (process.isAlive()) {
                    readHighWaterMark(status);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "peak-rss-poller");
            poller.setDaemon(true);
            poller.start();
        }

        private void readHighWaterMark(Path status) {
            try {
                for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                    if (line.startsWith("VmHWM:")) {
                        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        peak = Math.max(peak, kib);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // The process exited between the check and the read; the last value read stands.
            }
        }

        @Override
        long peakKiB() throws IOException {
            try {
                poller.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (peak < 0) {
                throw new IOException("no VmHWM could be read from /proc before the process exited");
            }
            return peak;
        }
    }
}

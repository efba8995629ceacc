package org.iamrefiner.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a user would, from the checkout, and times it from just before the process
 * is started to just after it has exited: JVM start, class loading and the build check of the
 * launcher included. Output goes to files, so no reader thread competes with the process.
 */
final class Subprocess {

    /**
     * @param exitCode  the process's exit code
     * @param wallNanos start to exit
     * @param stdout    the file holding its standard output
     * @param stderr    the file holding its standard error
     * @param peakRssKiB the peak resident set size in KiB, or -1 when not measured
     */
    record Outcome(int exitCode, long wallNanos, Path stdout, Path stderr, long peakRssKiB) {

        String stdoutText() throws IOException {
            return Files.readString(stdout, StandardCharsets.UTF_8);
        }

        /** The line of standard error that says why a run failed: the first naming an exception or error, else the last. */
        String failureLine() throws IOException {
            List<String> all = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
            return all.stream().filter(line -> !line.startsWith("at ")
                            && (line.contains("Exception") || line.contains("Error") || line.contains("error")))
                    .findFirst().orElse(all.isEmpty() ? "(no message)" : all.get(all.size() - 1));
        }
    }

    private final Path workDir;

    Subprocess(Path workDir) {
        this.workDir = workDir;
    }

    Outcome run(List<String> command, Map<String, String> environment, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        return run(command, environment, stdout, stderr, null);
    }

    /** Runs the command; with a {@link PeakRss}, also measures its peak resident set size. */
    Outcome run(List<String> command, Map<String, String> environment, Path stdout, Path stderr, PeakRss peakRss)
            throws IOException, InterruptedException {
        Files.createDirectories(stdout.toAbsolutePath().getParent());
        Files.createDirectories(stderr.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(peakRss == null ? command : peakRss.wrap(command))
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        if (peakRss != null) {
            peakRss.watch(process);
        }
        int exitCode = process.waitFor();
        long wall = System.nanoTime() - start;
        return new Outcome(exitCode, wall, stdout, stderr, peakRss == null ? -1 : peakRss.peakKiB());
    }
}

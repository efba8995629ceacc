package org.iamrefiner.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The line above the table that says where and on what the figures were measured: date, machine,
 * the java the launcher runs, the catalog version and the commit. Figures from two machines or two
 * catalogs do not compare, so the table never goes without it.
 */
final class MachineHeader {

    private MachineHeader() {
    }

    static String describe(Path repository, String catalogVersion) {
        List<String> parts = new ArrayList<>();
        parts.add(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
        parts.add(machine());
        loadAverage().ifPresent(load -> parts.add("load average " + load + " at start"));
        parts.add(javaVersion(repository));
        parts.add(benchJvm());
        parts.add("catalog " + catalogVersion);
        parts.add("commit " + commit(repository));
        return "IAM Refiner benchmark: " + String.join(" · ", parts);
    }

    /** The collector and heap limit of this JVM, where the warm figures are measured. */
    private static String benchJvm() {
        List<String> collectors = new ArrayList<>();
        for (java.lang.management.GarbageCollectorMXBean collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(collector.getName());
        }
        return "warm figures on " + String.join(" + ", collectors) + ", heap limit "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    /** Cores the JVM sees, the CPU model and the memory, from /proc when it is there. */
    private static String machine() {
        StringBuilder machine = new StringBuilder(Runtime.getRuntime().availableProcessors() + " cores");
        firstValue(Path.of("/proc/cpuinfo"), "model name").ifPresent(model -> machine.append(" (").append(model).append(')'));
        firstValue(Path.of("/proc/meminfo"), "MemTotal").ifPresent(total -> {
            long kib = Long.parseLong(total.replaceAll("[^0-9]", ""));
            machine.append(", ").append(Math.round(kib / 1024.0 / 1024.0)).append(" GiB RAM");
        });
        return machine.toString();
    }

    /** The 1-minute load average: other work on the machine slows every figure, so say how much there was. */
    static Optional<String> loadAverage() {
        try {
            return Optional.of(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return Optional.of(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not readable: the core count alone has to do.
        }
        return Optional.empty();
    }

    /** {@code java -version} of the java on the PATH, the one the launcher execs: first and last line. */
    private static String javaVersion(Path repository) {
        List<String> lines = output(repository, "java", "-version");
        if (lines.isEmpty()) {
            return "java -version: unavailable";
        }
        return lines.size() == 1 ? lines.get(0) : lines.get(0) + " (" + lines.get(lines.size() - 1) + ")";
    }

    /** The short commit, "+ changes" when tracked files differ from it. */
    private static String commit(Path repository) {
        List<String> head = output(repository, "git", "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown (not a git checkout)";
        }
        boolean changed = !output(repository, "git", "status", "--porcelain", "--untracked-files=no").isEmpty();
        return head.get(0) + (changed ? " + uncommitted changes" : "");
    }

    /** The non-empty lines a short command prints on both streams; none when it cannot run. */
    private static List<String> output(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return List.of();
            }
            return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}

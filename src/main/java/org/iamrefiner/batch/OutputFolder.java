package org.iamrefiner.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iamrefiner.input.InputException;
import org.iamrefiner.report.BatchItem.Attachment;
import org.iamrefiner.report.BatchPrincipal;

/**
 * The folder a batch writes to: the reports at its top, one recommendation per principal and
 * policy under {@code recommendations/}. A folder that holds other files is refused, so a typo
 * cannot mix a run into unrelated files (or delete any); the output of an earlier run, finished
 * or interrupted, is replaced.
 */
final class OutputFolder {

    static final String SUMMARY = "summary.json";
    static final String RECOMMENDATIONS = "recommendations";
    /** Everything a batch writes at the top of its folder. */
    private static final Set<String> OUTPUT_NAMES = Set.of(SUMMARY, RECOMMENDATIONS, BatchReports.MARKDOWN,
            BatchReports.HTML, BatchReports.REMEDIATION);
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9+=,.@_-]");

    /**
     * An earlier run's recommendations, renamed out of the way and deleted once this run's files
     * are written: on ext4 without a journal, each file created soon after thousands were deleted
     * scans past their freed inodes.
     */
    private static final String EARLIER_RECOMMENDATIONS = ".recommendations-earlier.tmp";

    private final Path root;
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    /**
     * The folders known to exist: each principal's folder is created once, not asked for again
     * with every policy (a failed mkdir and a stat each time: 2.8 % of a batch's CPU samples).
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private OutputFolder(Path root) {
        this.root = root;
    }

    /**
     * @throws InputException when the folder cannot be created, or holds files but no earlier batch output
     */
    static OutputFolder prepare(Path root) throws InputException {
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new InputException(root.toString(), null, "is a file; --output needs a folder");
            }
            Files.createDirectories(root);
            if (!holdsOnlyBatchOutput(root)) {
                throw new InputException(root.toString(), null, "is not empty and holds files a batch does not write;"
                        + " choose a new or empty folder, or the output folder of an earlier batch");
            }
            setAsideEarlierOutput(root);
        } catch (IOException e) {
            throw new InputException(root.toString(), null, "cannot be prepared for the output: " + e.getMessage());
        }
        return new OutputFolder(root);
    }

    /** Empty, or only what a batch writes (also what an interrupted one leaves: temporary files). */
    private static boolean holdsOnlyBatchOutput(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(child -> child.getFileName().toString()).allMatch(OutputFolder::isBatchOutput);
        }
    }

    private static boolean isBatchOutput(String name) {
        return OUTPUT_NAMES.contains(name) || (name.startsWith(".") && name.endsWith(".tmp"));
    }

    /**
     * Deletes what an interrupted run left (temporary files, recommendations it had set aside) and
     * sets an earlier run's recommendations aside; the reports are replaced one by one.
     */
    private static void setAsideEarlierOutput(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    deleteTree(child);
                }
            }
        }
        Path recommendations = folder.resolve(RECOMMENDATIONS);
        if (Files.exists(recommendations)) {
            Files.move(recommendations, folder.resolve(EARLIER_RECOMMENDATIONS));
        }
    }

    /** Deletes the earlier run's recommendations set aside when the folder was prepared. */
    void deleteEarlierOutput() throws IOException {
        deleteTree(root.resolve(EARLIER_RECOMMENDATIONS));
    }

    Path root() {
        return root;
    }

    /**
     * A new path, relative to the folder, for the recommendation of one policy of one principal:
     * {@code recommendations/role/Deployer/inline-Deploy.json}. Names are made safe as file names,
     * and a name already taken gets a number.
     */
    String recommendationPath(BatchPrincipal who, Attachment attachment, String policyName) {
        String principal = who.kind().equals("principal")
                ? safe(who.name()) : who.kind() + "/" + safe(who.name());
        String policy = attachment == Attachment.FILE ? safe(policyName) : attachment.label() + "-" + safe(policyName);
        String base = RECOMMENDATIONS + "/" + principal + "/" + policy;
        if (base.toLowerCase(Locale.ROOT).endsWith(".json")) {
            base = base.substring(0, base.length() - ".json".length());
        }
        String path = base + ".json";
        for (int n = 2; !taken.add(path.toLowerCase(Locale.ROOT)); n++) {
            path = base + "-" + n + ".json";
        }
        return path;
    }

    void write(String relative, String text) throws IOException {
        AtomicFiles.write(inFolder(relative), text);
    }

    void write(String relative, AtomicFiles.Content content) throws IOException {
        AtomicFiles.write(inFolder(relative), content);
    }

    /** The absolute path of a file of the output, its folder created when it is not known to exist. */
    private Path inFolder(String relative) throws IOException {
        Path file = root.resolve(relative).toAbsolutePath();
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
        return file;
    }

    private static String safe(String name) {
        String safe = UNSAFE.matcher(name).replaceAll("_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package org.iamrefiner.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file through a temporary file in the same folder that is moved into place at the
 * end, so that a crash or Ctrl-C leaves the old file or the new one, never half of one. The
 * folder must exist.
 */
final class AtomicFiles {

    /** Writes a file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Temporary files are private to their owner by default; the output is created as readable as
     * any file the user writes (rw-r--r-- less the umask). Given at creation, so no per-file
     * look-up of the file system's capabilities is needed.
     */
    private static final FileAttribute<Set<PosixFilePermission>> READABLE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    private static Path temporaryFileIn(Path folder, String prefix) throws IOException {
        try {
            return Files.createTempFile(folder, prefix, ".tmp", READABLE);
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions.
            return Files.createTempFile(folder, prefix, ".tmp");
        }
    }

    /** Writes a text held in memory (a recommendation: small, and one per policy, so no large buffer). */
    static void write(Path target, String text) throws IOException {
        writeThrough(target, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
    }

    /**
     * Writes a text produced piece by piece (a report: large, so through a large buffer, which can
     * also take stored fragments as they are: {@link FileTextWriter}).
     */
    static void write(Path target, Content content) throws IOException {
        writeThrough(target, temporary -> {
            try (FileTextWriter out = new FileTextWriter(FileChannel.open(temporary,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
                content.writeTo(out);
            }
        });
    }

    @FunctionalInterface
    private interface Filler {
        void fill(Path temporary) throws IOException;
    }

    private static void writeThrough(Path target, Filler filler) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = temporaryFileIn(folder, "." + absolute.getFileName());
        try {
            filler.fill(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

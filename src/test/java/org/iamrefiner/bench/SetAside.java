package org.iamrefiner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders of earlier runs moved out of the way by a rename, and deleted together later, when
 * deleting them can no longer slow a timed run: a rename frees no inode, so the files a run writes
 * next do not scan past thousands of just-freed ones (ext4 without a journal). Only ever used on
 * folders under target/bench.
 */
final class SetAside {

    private final Path folder;
    private int moved;

    /** @param folder where folders are moved to; it and anything left in it are deleted by {@link #delete} */
    SetAside(Path folder) {
        this.folder = folder;
    }

    /** Moves a folder (or file) away, when there is one: its path is free again afterwards. */
    void move(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.createDirectories(folder);
        Path target;
        do {
            target = folder.resolve(path.getFileName() + "-" + ++moved);
        } while (Files.exists(target));
        Files.move(path, target);
    }

    /** Deletes everything moved away, in this run or one that was interrupted. */
    void delete() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        moved = 0;
    }
}

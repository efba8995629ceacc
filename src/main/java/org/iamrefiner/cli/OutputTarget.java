package org.iamrefiner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.iamrefiner.input.InputException;

/** Where a command's data goes: standard output, or a file replaced atomically (never half-written). */
public final class OutputTarget {

    private OutputTarget() {
    }

    public static void write(String text, Path file, PrintWriter stdout) throws InputException {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot write the output: " + e.getMessage());
        }
    }
}

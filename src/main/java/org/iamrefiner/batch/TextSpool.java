package org.iamrefiner.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.iamrefiner.report.BatchFragment;
import org.iamrefiner.report.BatchFragments;

/**
 * A temporary file the workers append report fragments to (diffs, remediation commands); the
 * reports copy them back in input order. Keeps the memory of a batch independent of the size of
 * its policies. The file is deleted on close, and when the process ends.
 */
final class TextSpool implements BatchFragments, Closeable {

    private final Path file;
    private final FileChannel channel;
    private long end;

    TextSpool(Path folder) throws IOException {
        this.file = Files.createTempFile(folder, ".batch-fragments-", ".tmp");
        file.toFile().deleteOnExit();
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Stores a fragment; thread-safe. */
    BatchFragment add(String text) throws IOException {
        if (text.isEmpty()) {
            return BatchFragment.NONE;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long offset;
        synchronized (this) {
            offset = end;
            end += bytes.length;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = offset;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        return new BatchFragment(offset, bytes.length);
    }

    @Override
    public void copy(BatchFragment fragment, Writer out) throws IOException {
        if (fragment.length() == 0) {
            return;
        }
        if (out instanceof FileTextWriter file) {
            file.appendBytes(channel, fragment.offset(), fragment.length());
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(fragment.length());
        long position = fragment.offset();
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("the fragment file " + file + " is shorter than expected");
            }
            position += read;
        }
        out.write(new String(buffer.array(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}

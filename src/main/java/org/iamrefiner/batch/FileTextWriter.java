package org.iamrefiner.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer on a file that can also append bytes of another file as they are: the
 * report fragments are stored UTF-8 already, and a report copies hundreds of megabytes of them, so
 * they go from file to file without being decoded and encoded again.
 */
final class FileTextWriter extends Writer {

    private final FileChannel file;
    private final Writer text;

    FileTextWriter(FileChannel file) {
        this.file = file;
        this.text = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        text.write(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        text.write(string, offset, length);
    }

    @Override
    public void write(int c) throws IOException {
        text.write(c);
    }

    /** Appends {@code length} bytes of {@code source} from {@code position}, after the text written so far. */
    void appendBytes(FileChannel source, long position, long length) throws IOException {
        text.flush();
        long done = 0;
        while (done < length) {
            long moved = source.transferTo(position + done, length - done, file);
            if (moved <= 0) {
                throw new IOException("the fragment file ends before the fragment does");
            }
            done += moved;
        }
    }

    @Override
    public void flush() throws IOException {
        text.flush();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}

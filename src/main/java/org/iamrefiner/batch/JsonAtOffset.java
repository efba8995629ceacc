package org.iamrefiner.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.iamrefiner.input.InputException;

/**
 * Reads one JSON value that starts at a known byte offset of a large file, so that a batch keeps
 * only offsets in memory and reads each principal, policy or finding when it is refined.
 *
 * <p>Values are read as strictly as {@code refine} reads its files: a duplicate key is an error
 * (of that value only), and numbers keep their written form.
 */
final class JsonAtOffset {

    /** Lenient mapper for the streaming passes: an error inside one entry must not stop the run. */
    static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonAtOffset() {
    }

    /** A streaming parser over a whole file, for the indexing passes. */
    static JsonParser open(Path file) throws IOException {
        JsonFactory factory = LENIENT.getFactory();
        return factory.createParser(file.toFile());
    }

    /**
     * @param file    the file
     * @param offset  the byte offset where the value starts, as a streaming pass recorded it
     * @param pointer the value's JSON pointer in the file, for messages
     * @throws InputException naming the file and pointer when the value cannot be read
     */
    static JsonNode read(Path file, long offset, String pointer) throws InputException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            try (InputStream in = Channels.newInputStream(channel);
                 JsonParser parser = STRICT.getFactory().createParser(in)) {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new InputException(file.toString(), pointer, "the file changed while it was read; run again");
                }
                return STRICT.readTree(parser);
            }
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), pointer, "malformed JSON: " + JsonStreamErrors.plain(e));
        } catch (IOException e) {
            throw new InputException(file.toString(), pointer, "cannot be read: " + e.getMessage());
        }
    }
}

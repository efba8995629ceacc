package org.iamrefiner.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.iamrefiner.input.InputException;

/**
 * Streams the elements of some top-level lists of a JSON object file one at a time, with the byte
 * offset each starts at, so that a file of any size is read in bounded memory.
 */
final class TopLevelLists {

    /**
     * What the top-level object holds besides the streamed elements.
     *
     * @param keys    every top-level key
     * @param scalars the top-level strings, numbers and booleans, by key
     */
    record TopLevel(Set<String> keys, Map<String, JsonNode> scalars) {
    }

    /** Receives each element of a streamed list. */
    interface ElementVisitor {
        void visit(String list, int index, long offset, JsonNode element);
    }

    private TopLevelLists() {
    }

    /**
     * @param file    a JSON file holding one object
     * @param lists   the names of the top-level lists to stream; other lists and objects are skipped
     * @param visitor gets every element of those lists, in file order
     * @return the top-level keys and scalar values
     * @throws InputException when the file cannot be read, is not JSON, or is not an object
     */
    static TopLevel stream(Path file, Set<String> lists, ElementVisitor visitor) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(file.toString(), null, "is a directory, not a file");
        }
        Map<String, JsonNode> scalars = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        try (JsonParser parser = JsonAtOffset.open(file)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new InputException(file.toString(), null, token == null
                        ? "the file is empty" : "expected a JSON object at the top level");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                keys.add(key);
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && lists.contains(key)) {
                    streamList(parser, key, visitor);
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                } else {
                    scalars.put(key, JsonAtOffset.LENIENT.readTree(parser));
                }
            }
            if (parser.nextToken() != null) {
                throw new InputException(file.toString(), parser.currentTokenLocation().getLineNr() > 0
                        ? "line " + parser.currentTokenLocation().getLineNr() : null,
                        "more content after the end of the JSON document");
            }
        } catch (IOException e) {
            throw JsonStreamErrors.of(file, e);
        }
        return new TopLevel(keys, scalars);
    }

    private static void streamList(JsonParser parser, String list, ElementVisitor visitor) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long offset = parser.currentTokenLocation().getByteOffset();
            JsonNode element = JsonAtOffset.LENIENT.readTree(parser);
            visitor.visit(list, index++, offset, element);
        }
    }
}

package org.iamrefiner.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;

/** Reads the JSON files of catalog sources, turning every failure into an {@link InputException}. */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    static JsonNode read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), null, "file not found");
        }
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                throw new InputException(file.toString(), null, "the file is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), where(e.getLocation()), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot read: " + e.getMessage());
        }
    }

    /** A text field that must be present and not blank. */
    static String requiredText(JsonNode parent, String field, Path file, String pointer) throws InputException {
        JsonNode value = parent.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InputException(file.toString(), pointer + "/" + field, "expected a non-empty string");
        }
        return value.asText();
    }

    /** Escapes a key for use in a JSON pointer (RFC 6901). */
    static String pointerToken(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return null;
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}

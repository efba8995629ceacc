package org.iamrefiner.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamrefiner.input.InputException;

/**
 * Reads user files as JSON trees and turns every way that can fail into an {@link InputException}
 * naming the file and the line and column. Shared by the policy and finding readers.
 */
public final class JsonInput {

    /**
     * Strict reading: a duplicate key or text after the document is an error, because either
     * usually means a bad edit and a silent "last one wins" would hide it. Floats stay
     * BigDecimal with their trailing zeroes so that a document is written back as it was read.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Pattern EMBEDDED_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private JsonInput() {
    }

    /**
     * Reads a whole file as UTF-8 text.
     *
     * @param file the file; its {@code toString()} names it in messages
     * @return the text
     * @throws InputException when the file is missing, a directory, unreadable or not UTF-8
     */
    public static String readFile(Path file) throws InputException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(source, null, "is a directory, not a file");
        }
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(source, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(source, null, "cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new InputException(source, null, "is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(source, null, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Parses JSON text into a tree.
     *
     * @param source   names the text in messages
     * @param text     the JSON text; a leading byte order mark is ignored
     * @param expected what the document should be, for the message on empty input ("an IAM policy")
     * @return the tree, never null or missing
     * @throws InputException on empty or malformed text, with line and column where known
     */
    public static JsonNode parse(String source, String text, String expected) throws InputException {
        String json = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(source, lineAndColumn(e.getLocation()), "malformed JSON: " + explain(e));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InputException(source, null, "the file is empty; expected " + expected);
        }
        return tree;
    }

    /** Describes a value for "found ..." in messages: strings and scalars as JSON, containers by kind. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.toString();
    }

    /** Quotes text as a JSON string, so that odd characters show up escaped in messages. */
    public static String quote(String text) {
        return new TextNode(text).toString();
    }

    private static String lineAndColumn(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return null;
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's own wording says what was expected; only its internal references are rewritten. */
    private static String explain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        Matcher duplicate = DUPLICATE_KEY.matcher(message);
        if (duplicate.matches()) {
            return "duplicate key " + quote(duplicate.group(1));
        }
        if (message.startsWith("Trailing token")) {
            return "more content after the end of the JSON document";
        }
        message = EMBEDDED_LOCATION.matcher(message).replaceAll("line $1, column $2");
        return CHARACTER_CODE.matcher(message).replaceAll("");
    }
}

package org.iamrefiner.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamrefiner.input.InputException;

/** Turns a failure of a streaming pass over a file into a message naming the file and the line. */
final class JsonStreamErrors {

    private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private JsonStreamErrors() {
    }

    /** Jackson's wording without its internal character codes and source references. */
    static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.matches()) {
            return "duplicate key \"" + duplicate.group(1) + "\"";
        }
        return CHARACTER_CODE.matcher(message).replaceAll("");
    }

    static InputException of(Path file, IOException e) {
        String source = file.toString();
        if (e instanceof JsonProcessingException json) {
            JsonLocation location = json.getLocation();
            String where = location == null || location.getLineNr() < 1
                    ? null : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            return new InputException(source, where, "malformed JSON: " + plain(json));
        }
        if (e instanceof NoSuchFileException) {
            return new InputException(source, null, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputException(source, null, "cannot be read: permission denied");
        }
        return new InputException(source, null, "cannot be read: " + e.getMessage());
    }
}

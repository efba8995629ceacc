package org.iamrefiner.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes policy JSON in the layout of AWS's published examples: two-space indent,
 * {@code "key": value}, one array element per line, {@code []} and {@code {}} when empty,
 * non-ASCII characters as they are, and a final newline.
 */
public final class PolicyWriter {

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(layout());

    private PolicyWriter() {
    }

    /**
     * Formats a JSON document, keeping its key order.
     *
     * @param json the document (any JSON value)
     * @return the text, ending with a newline
     */
    public static String write(JsonNode json) {
        try {
            return WRITER.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain JSON nodes always serialises; failing here is a programming error.
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The layout of every JSON file the tool writes: two-space indent, {@code "key": value}, one array
     * element a line, {@code []}/{@code {}} when empty. A new printer each call (Jackson's are stateful).
     */
    public static DefaultPrettyPrinter layout() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}

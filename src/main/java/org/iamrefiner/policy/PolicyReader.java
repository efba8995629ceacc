package org.iamrefiner.policy;

import org.iamrefiner.input.JsonInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.input.InputException;

/**
 * Reads an IAM identity policy document and checks the parts the refinement relies on: each
 * statement's {@code Effect} and its {@code Action} or {@code NotAction} entries. Everything else
 * ({@code Resource}, {@code Condition}, {@code Sid}, unknown keys, ...) is kept as read, in order.
 */
public final class PolicyReader {

    private static final String STATEMENT = "Statement";

    private PolicyReader() {
    }

    /**
     * Reads a policy file.
     *
     * @param file the policy file; {@code file.toString()} becomes the policy's source
     * @return the policy
     * @throws InputException when the file cannot be read or is not a valid policy
     */
    public static Policy read(Path file) throws InputException {
        return parse(file.toString(), JsonInput.readFile(file));
    }

    /**
     * Parses policy JSON text.
     *
     * @param source names the text in messages and becomes the policy's source
     * @param text   the JSON text
     * @return the policy
     * @throws InputException when the text is not a valid policy
     */
    public static Policy parse(String source, String text) throws InputException {
        return fromJson(source, JsonInput.parse(source, text, "an IAM policy document"));
    }

    /**
     * Reads a policy from a JSON tree, for example a refined document the tool produced.
     * The policy holds the given node itself, not a copy.
     *
     * @param source names the document in messages and becomes the policy's source
     * @param json   the document
     * @return the policy
     * @throws InputException when the document is not a valid policy
     */
    public static Policy fromJson(String source, JsonNode json) throws InputException {
        if (!(json instanceof ObjectNode document)) {
            throw new InputException(source, null,
                    "a policy document must be a JSON object, found " + JsonInput.describe(json));
        }
        JsonNode statement = document.get(STATEMENT);
        if (statement == null) {
            throw new InputException(source, null, "a policy needs a Statement");
        }
        StatementReader reader = new StatementReader(source);
        String pointer = "/" + STATEMENT;
        if (statement instanceof ObjectNode single) {
            return new Policy(source, document, List.of(reader.read(0, single, pointer)), true);
        }
        if (!statement.isArray()) {
            throw new InputException(source, pointer,
                    "Statement must be an object or a list of objects, found " + JsonInput.describe(statement));
        }
        List<PolicyStatement> statements = new ArrayList<>(statement.size());
        for (int index = 0; index < statement.size(); index++) {
            JsonNode element = statement.get(index);
            String elementPointer = pointer + "/" + index;
            if (!(element instanceof ObjectNode object)) {
                throw new InputException(source, elementPointer,
                        "a statement must be a JSON object, found " + JsonInput.describe(element));
            }
            statements.add(reader.read(index, object, elementPointer));
        }
        return new Policy(source, document, statements, false);
    }
}

package org.iamrefiner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;

/**
 * Reads a policy document of an account export: a JSON object (as the AWS CLI prints it) or a
 * string, URL-encoded (as the IAM API returns it) or not. Messages name the export file and the
 * document's JSON pointer in it, followed by the place inside the document.
 */
final class PolicyDocuments {

    private PolicyDocuments() {
    }

    /**
     * @param file     the export file
     * @param pointer  JSON pointer of the document in the file
     * @param name     the policy's name; it becomes the policy's source (its id in recommendations)
     * @param document the document node, or null when it is missing
     */
    static Policy read(Path file, String pointer, String name, JsonNode document) throws InputException {
        if (document == null || document.isNull() || document.isMissingNode()) {
            throw new InputException(file.toString(), pointer, "the policy document is missing");
        }
        try {
            if (document.isTextual()) {
                return PolicyReader.parse(name, text(file, pointer, document.textValue()));
            }
            return PolicyReader.fromJson(name, document);
        } catch (InputException e) {
            throw new InputException(file.toString(), place(pointer, e.location()), e.problem());
        }
    }

    private static String text(Path file, String pointer, String value) throws InputException {
        if (value.strip().startsWith("{")) {
            return value;
        }
        try {
            return PercentDecoding.decode(value);
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), pointer, "the URL-encoded policy document cannot be decoded: "
                    + e.getMessage() + " (the text starts " + JsonInput.quote(value.substring(0, Math.min(40, value.length()))) + ")");
        }
    }

    /** The document's pointer followed by the place inside it: a pointer continues it, a line/column is added. */
    static String place(String pointer, String inner) {
        if (inner == null || inner.isEmpty()) {
            return pointer;
        }
        return inner.startsWith("/") ? pointer + inner : pointer + " (" + inner + " of the document)";
    }
}

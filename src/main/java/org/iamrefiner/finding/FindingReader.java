package org.iamrefiner.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;

/**
 * Reads the unused permissions of one principal. Accepted shapes:
 * <ul>
 *   <li>a list of entries {@code {"serviceNamespace": "s3", "actions": [...]}}, or one such entry;
 *       an entry without {@code actions} means the whole service is unused;</li>
 *   <li>an IAM Access Analyzer GetFindingV2 response of type {@code UnusedPermission}, or a list of
 *       such responses (pages) for the same principal.</li>
 * </ul>
 * Entries of the same service are merged into one {@link UnusedService}.
 */
public final class FindingReader {

    private final String source;
    private final UnusedEntryReader entries;
    private final AnalyzerResponseReader responses;
    private final UnusedServiceMerger merger = new UnusedServiceMerger();

    private FindingReader(String source) {
        this.source = source;
        this.entries = new UnusedEntryReader(source);
        this.responses = new AnalyzerResponseReader(source, entries);
    }

    /**
     * Reads a finding file.
     *
     * @param file the finding file; {@code file.toString()} becomes the finding's source
     * @return the finding
     * @throws InputException when the file cannot be read or is not a finding
     */
    public static Finding read(Path file) throws InputException {
        return parse(file.toString(), JsonInput.readFile(file));
    }

    /**
     * Parses finding JSON text.
     *
     * @param source names the text in messages and becomes the finding's source
     * @param text   the JSON text
     * @return the finding
     * @throws InputException when the text is not a finding
     */
    public static Finding parse(String source, String text) throws InputException {
        return of(source, JsonInput.parse(source, text, "an unused-permissions finding"));
    }

    /**
     * Reads a finding from JSON already parsed.
     *
     * @param source names the JSON in messages and becomes the finding's source
     * @param root   the parsed JSON
     * @return the finding
     * @throws InputException when the JSON is not a finding
     */
    public static Finding of(String source, JsonNode root) throws InputException {
        return new FindingReader(source).read(root);
    }

    private Finding read(JsonNode root) throws InputException {
        if (root.isArray()) {
            for (int index = 0; index < root.size(); index++) {
                readItem(root.get(index), "/" + index);
            }
        } else if (root.isObject()) {
            readItem(root, "");
        } else {
            throw new InputException(source, null, "a finding must be a JSON list or object, found "
                    + JsonInput.describe(root));
        }
        return new Finding(source, responses.resourceArn(), merger.services(), responses.analyzedAt());
    }

    private void readItem(JsonNode item, String pointer) throws InputException {
        if (item instanceof ObjectNode object) {
            if (AnalyzerResponseReader.isResponse(object)) {
                for (UnusedService service : responses.read(object, pointer)) {
                    merger.add(service);
                }
                return;
            }
            if (object.has(UnusedEntryReader.SERVICE_NAMESPACE)) {
                merger.add(entries.read(object, pointer));
                return;
            }
        }
        throw new InputException(source, pointer.isEmpty() ? null : pointer,
                "expected an entry {\"serviceNamespace\": ..., \"actions\": [...]} or an Access Analyzer"
                        + " GetFindingV2 response (with findingDetails), found " + JsonInput.describe(item)
                        + (pointer.isEmpty() ? " at the top level" : ""));
    }
}

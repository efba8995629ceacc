package org.iamrefiner.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;

/**
 * Where each principal's unused-permissions finding is: principal ARN → file, byte offset and JSON
 * pointer of each GetFindingV2 response about it. Only these places stay in memory; a finding is
 * read when its principal is refined.
 *
 * <p>A file holds one response, a list of responses, or the output of {@code aws accessanalyzer
 * list-findings-v2} with each finding joined with its details ({@code {"findings": [...]}}).
 * Findings of other types (external access, unused roles, access keys, passwords) and findings
 * whose status is not ACTIVE are counted and left out.
 */
final class FindingIndex {

    private static final String UNUSED_PERMISSION = "UnusedPermission";
    private static final String ACTIVE = "ACTIVE";
    /** The fields of a response the index reads; the rest is read when the principal's turn comes. */
    private static final Set<String> INDEXED_FIELDS = Set.of("resource", "findingType", "status");

    /** One response about a principal. */
    private record Place(Path file, long offset, String pointer) {
    }

    /** A findings file or response that could not be indexed; the run goes on without it. */
    record Problem(String file, String message) {
    }

    private final Map<String, List<Place>> byPrincipal = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> matched = ConcurrentHashMap.newKeySet();
    private int ignored;
    private int responses;

    private FindingIndex() {
    }

    /**
     * Indexes a findings file or every {@code .json} file under a folder.
     *
     * @throws InputException when the path does not exist, or it is a single file that is not JSON
     *                        (a bad file inside a folder is a {@link #problems() problem} instead)
     */
    static FindingIndex of(Path path) throws InputException {
        FindingIndex index = new FindingIndex();
        if (Files.isDirectory(path)) {
            for (Path file : jsonFiles(path)) {
                try {
                    index.indexFile(file);
                } catch (InputException e) {
                    index.problems.add(new Problem(file.toString(), e.getMessage()));
                }
            }
        } else if (Files.exists(path)) {
            index.indexFile(path);
        } else {
            throw new InputException(path.toString(), null, "no such file or folder");
        }
        return index;
    }

    private static List<Path> jsonFiles(Path folder) throws InputException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), null, "cannot be listed: " + e.getMessage());
        }
    }

    private void indexFile(Path file) throws InputException {
        try (JsonParser parser = JsonAtOffset.open(file)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                int position = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long offset = parser.currentTokenLocation().getByteOffset();
                    consider(file, offset, "/" + position++, JsonAtOffset.LENIENT.readTree(parser));
                }
            } else if (token == JsonToken.START_OBJECT) {
                indexObject(file, parser);
            } else {
                throw new InputException(file.toString(), null, token == null ? "the file is empty"
                        : "expected a GetFindingV2 response, a list of them, or {\"findings\": [...]}");
            }
        } catch (IOException e) {
            throw JsonStreamErrors.of(file, e);
        }
    }

    /** A single response, or {"findings": [...]} streamed one finding at a time. */
    private void indexObject(Path file, JsonParser parser) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        ObjectNode single = JsonAtOffset.LENIENT.createObjectNode();
        boolean listed = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("findings") && value == JsonToken.START_ARRAY) {
                listed = true;
                int position = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long offset = parser.currentTokenLocation().getByteOffset();
                    consider(file, offset, "/findings/" + position++, JsonAtOffset.LENIENT.readTree(parser));
                }
            } else if (!listed && INDEXED_FIELDS.contains(key)) {
                single.set(key, JsonAtOffset.LENIENT.readTree(parser));
            } else {
                parser.skipChildren();
            }
        }
        if (!listed) {
            consider(file, start, "", single);
        }
    }

    private void consider(Path file, long offset, String pointer, JsonNode response) {
        String where = pointer.isEmpty() ? "" : " at " + pointer;
        if (!(response instanceof ObjectNode object)) {
            problem(file, file + where + ": expected a GetFindingV2 response, found " + JsonInput.describe(response));
            return;
        }
        if (isOtherType(object) || isNotActive(object)) {
            ignored++;
            return;
        }
        JsonNode resource = object.get("resource");
        if (resource == null || !resource.isTextual() || resource.textValue().isBlank()) {
            problem(file, file + where + ": the finding names no principal: --findings needs GetFindingV2 responses"
                    + " with \"resource\" (the role's or user's ARN); for hand-made findings use --input");
            return;
        }
        responses++;
        byPrincipal.computeIfAbsent(PrincipalArns.key(resource.textValue()), key -> new ArrayList<>(1))
                .add(new Place(file, offset, pointer));
    }

    /** Records one problem per file: the others in it are usually the same mistake. */
    private void problem(Path file, String message) {
        if (problems.isEmpty() || !problems.get(problems.size() - 1).file().equals(file.toString())) {
            problems.add(new Problem(file.toString(), message));
        }
    }

    private static boolean isOtherType(ObjectNode response) {
        JsonNode type = response.get("findingType");
        return type != null && type.isTextual() && !type.textValue().equals(UNUSED_PERMISSION);
    }

    private static boolean isNotActive(ObjectNode response) {
        JsonNode status = response.get("status");
        return status != null && status.isTextual() && !status.textValue().equals(ACTIVE);
    }

    /**
     * The finding about a principal, all its responses together; null when there is none.
     *
     * @throws InputException naming the file and pointer when a response is not a valid finding
     */
    Finding load(String principalArn) throws InputException {
        String key = PrincipalArns.key(principalArn);
        List<Place> places = byPrincipal.get(key);
        if (places == null) {
            return null;
        }
        matched.add(key);
        if (places.size() == 1) {
            Place place = places.get(0);
            JsonNode response = JsonAtOffset.read(place.file(), place.offset(), place.pointer());
            try {
                return FindingReader.of(place.file().toString(), response);
            } catch (InputException e) {
                throw new InputException(place.file().toString(), PolicyDocuments.place(place.pointer(), e.location()), e.problem());
            }
        }
        ArrayNode pages = JsonAtOffset.LENIENT.createArrayNode();
        for (Place place : places) {
            pages.add(JsonAtOffset.read(place.file(), place.offset(), place.pointer()));
        }
        try {
            return FindingReader.of(places.get(0).file().toString(), pages);
        } catch (InputException e) {
            throw relocate(places, e);
        }
    }

    /** Maps "/2/findingDetails/0" in the joined pages back to the file and pointer of page 2. */
    private static InputException relocate(List<Place> places, InputException e) {
        String location = e.location();
        if (location != null && location.startsWith("/")) {
            int end = location.indexOf('/', 1);
            String first = end < 0 ? location.substring(1) : location.substring(1, end);
            try {
                Place place = places.get(Integer.parseInt(first));
                String rest = end < 0 ? "" : location.substring(end);
                return new InputException(place.file().toString(), place.pointer() + rest, e.problem());
            } catch (NumberFormatException | IndexOutOfBoundsException ignoredIndex) {
                // Not a page index: keep the message as it is.
            }
        }
        return new InputException(places.get(0).file().toString(), location, e.problem());
    }

    /** Files and responses that could not be indexed. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Findings left out: another finding type, or not ACTIVE. */
    int ignored() {
        return ignored;
    }

    /** Unused-permission findings indexed. */
    int responses() {
        return responses;
    }

    /** Principals that have a finding but were never asked for: not in the input's principals. */
    int unmatchedPrincipals() {
        return (int) byPrincipal.keySet().stream().filter(key -> !matched.contains(key)).count();
    }

    /** Remarks for the reports: findings left out or about principals the input does not have. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        int unmatched = unmatchedPrincipals();
        if (unmatched > 0) {
            notes.add(unmatched + " principal" + (unmatched == 1 ? " has a finding but is" : "s have findings but are")
                    + " not in the export: nothing was refined for " + (unmatched == 1 ? "it" : "them"));
        }
        if (ignored > 0) {
            notes.add(ignored + " finding" + (ignored == 1 ? " was" : "s were")
                    + " left out: not of type UnusedPermission, or not ACTIVE");
        }
        return notes;
    }
}

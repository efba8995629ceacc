package org.iamrefiner.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iamrefiner.input.InputException;

/**
 * The compact catalog file the tool ships: a few {@code # key: value} header lines, then
 * per service a line {@code prefix<TAB>display name} followed by one tab-indented line per
 * action: {@code <TAB>Name<TAB>access level<TAB>resource type,resource type}. One action a
 * line keeps a diff between two catalog versions readable; plain splitting keeps loading fast.
 */
final class CompactCatalogFormat {

    /** The first line of every compact file; the number is the format revision. */
    static final String MAGIC = "# iam-refiner-catalog compact 1";
    private static final String MAGIC_PREFIX = "# iam-refiner-catalog compact ";

    private static final char TAB = '\t';
    private static final String RESOURCE_SEPARATOR = ",";

    private CompactCatalogFormat() {
    }

    /** True when {@code firstLine} opens a compact file of any revision. */
    static boolean recognises(String firstLine) {
        return firstLine != null && stripBom(firstLine).startsWith(MAGIC_PREFIX);
    }

    /**
     * @param first    the file's first line, already read to recognise the format
     * @param reader   the rest of the file
     * @param file     the file as the user named it, for messages
     * @param fileName the bare file name, the version when the header names none
     * @param source   the source label the catalog carries ("bundled" or a path)
     */
    static Catalog read(String first, BufferedReader reader, String file, String fileName, String source)
            throws IOException, InputException {
        if (!recognises(first)) {
            throw new InputException(file, "line 1", "expected \"" + MAGIC + "\"");
        }
        if (!stripBom(first).equals(MAGIC)) {
            throw new InputException(file, "line 1", "unsupported compact catalog format: \"" + stripBom(first)
                    + "\"; this version reads \"" + MAGIC + "\"");
        }
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, String> serviceNames = new LinkedHashMap<>();
        List<CatalogAction> actions = new ArrayList<>(32_000);
        String service = null;
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            char start = line.charAt(0);
            if (start == '#') {
                readHeaderField(line, header);
            } else if (start == TAB) {
                if (service == null) {
                    throw new InputException(file, "line " + lineNumber, "an action line before any service line");
                }
                actions.add(parseAction(service, line, lineNumber, file));
            } else {
                service = parseService(line, lineNumber, file, serviceNames);
            }
        }
        checkActionCount(header.get("actions"), actions.size(), file);
        String version = header.getOrDefault("version", fileName);
        return new Catalog(version, source, serviceNames, actions);
    }

    /**
     * Writes {@code catalog} with a header naming its version, date and source.
     *
     * @throws IllegalArgumentException when a name holds a character the layout reserves
     */
    static void write(Catalog catalog, String date, Writer out) throws IOException {
        out.write(MAGIC + "\n");
        out.write("# version: " + catalog.version() + "\n");
        out.write("# date: " + date + "\n");
        out.write("# source: " + catalog.source() + "\n");
        out.write("# services: " + catalog.services().size() + "\n");
        out.write("# actions: " + catalog.size() + "\n");
        out.write("# Facts only: service prefix and display name, action name, access level, resource type names.\n");
        out.write("# Layout: a service line \"prefix<TAB>display name\", then one line per action of that service:\n");
        out.write("# \"<TAB>Name<TAB>access level<TAB>resource type,resource type,...\" (empty trailing fields left out).\n");
        for (String service : catalog.services()) {
            requireField(service, "service prefix");
            if (service.isEmpty() || service.charAt(0) == '#') {
                throw new IllegalArgumentException("service prefix cannot be written: \"" + service + "\"");
            }
            String displayName = catalog.serviceName(service);
            requireField(displayName, "service name");
            out.write(displayName.isEmpty() || displayName.equals(service) ? service : service + TAB + displayName);
            out.write('\n');
            for (CatalogAction action : catalog.actionsOf(service)) {
                out.write(actionLine(action));
                out.write('\n');
            }
        }
    }

    private static String actionLine(CatalogAction action) {
        requireField(action.name(), "action name");
        requireField(action.accessLevel(), "access level");
        for (String resourceType : action.resourceTypes()) {
            requireField(resourceType, "resource type");
            if (resourceType.contains(RESOURCE_SEPARATOR)) {
                throw new IllegalArgumentException("resource type cannot hold a comma: \"" + resourceType + "\"");
            }
        }
        StringBuilder line = new StringBuilder().append(TAB).append(action.name());
        String resources = String.join(RESOURCE_SEPARATOR, action.resourceTypes());
        if (!action.accessLevel().isEmpty() || !resources.isEmpty()) {
            line.append(TAB).append(action.accessLevel());
        }
        if (!resources.isEmpty()) {
            line.append(TAB).append(resources);
        }
        return line.toString();
    }

    private static void requireField(String value, String what) {
        if (value.indexOf(TAB) >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " cannot hold a tab or line break: \"" + value + "\"");
        }
    }

    private static void readHeaderField(String line, Map<String, String> header) {
        int colon = line.indexOf(':');
        if (colon > 1) {
            String key = line.substring(1, colon).strip();
            // Only single-word keys are fields; longer comments may contain colons too.
            if (!key.isEmpty() && key.chars().allMatch(Character::isLetter)) {
                header.putIfAbsent(key, line.substring(colon + 1).strip());
            }
        }
    }

    private static String parseService(String line, int lineNumber, String file, Map<String, String> serviceNames)
            throws InputException {
        int tab = line.indexOf(TAB);
        String prefix = tab < 0 ? line : line.substring(0, tab);
        String displayName = tab < 0 ? prefix : line.substring(tab + 1).strip();
        int bad = NameCheck.firstForbidden(prefix);
        if (bad >= 0) {
            throw new InputException(file, "line " + lineNumber + ", column " + (bad + 1),
                    "the service prefix \"" + prefix + "\" holds " + NameCheck.describe(prefix.charAt(bad)));
        }
        serviceNames.put(prefix, displayName.isEmpty() ? prefix : displayName);
        return prefix;
    }

    private static CatalogAction parseAction(String service, String line, int lineNumber, String file)
            throws InputException {
        int nameEnd = indexOfTab(line, 1);
        String name = line.substring(1, nameEnd);
        if (name.isEmpty()) {
            throw new InputException(file, "line " + lineNumber + ", column 2", "the action name is empty");
        }
        int bad = NameCheck.firstForbidden(name);
        if (bad >= 0) {
            throw new InputException(file, "line " + lineNumber + ", column " + (bad + 2),
                    "the action name \"" + name + "\" holds " + NameCheck.describe(name.charAt(bad)));
        }
        String level = "";
        List<String> resourceTypes = List.of();
        if (nameEnd < line.length()) {
            int levelEnd = indexOfTab(line, nameEnd + 1);
            level = AccessLevels.canonical(line.substring(nameEnd + 1, levelEnd));
            if (levelEnd < line.length()) {
                String resources = line.substring(levelEnd + 1);
                if (resources.indexOf(TAB) >= 0) {
                    throw new InputException(file, "line " + lineNumber + ", column " + (levelEnd + 2 + resources.indexOf(TAB)),
                            "too many fields: expected name, access level and resource types");
                }
                resourceTypes = resources.isEmpty() ? List.of() : Arrays.asList(resources.split(RESOURCE_SEPARATOR));
            }
        }
        return new CatalogAction(service, name, level, resourceTypes);
    }

    private static int indexOfTab(String line, int from) {
        int tab = line.indexOf(TAB, from);
        return tab < 0 ? line.length() : tab;
    }

    private static void checkActionCount(String declared, int found, String file) throws InputException {
        if (declared == null) {
            return;
        }
        int expected;
        try {
            expected = Integer.parseInt(declared);
        } catch (NumberFormatException e) {
            throw new InputException(file, null, "the header field \"actions\" is not a number: \"" + declared + "\"");
        }
        if (expected != found) {
            throw new InputException(file, null, "the header declares " + expected + " actions but the file holds "
                    + found + "; it may be truncated");
        }
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}

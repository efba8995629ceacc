package org.iamrefiner.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamrefiner.input.InputException;

/**
 * The simplest catalog file: one {@code service:Action} a line, {@code #} comments and blank
 * lines allowed. A {@code # version: X} comment names the catalog version; without one the
 * file name does. Such files know no access levels or resource types.
 */
final class ActionListFormat {

    private static final String VERSION_COMMENT = "version:";

    private ActionListFormat() {
    }

    /**
     * @param first    the file's first line, already read to recognise the format (null if empty)
     * @param rest     the rest of the file
     * @param file     the file as the user named it, for messages
     * @param fileName the bare file name, the version when the file names none
     */
    static CatalogSourceData read(String first, BufferedReader rest, String file, String fileName)
            throws IOException, InputException {
        String version = null;
        List<CatalogAction> actions = new ArrayList<>();
        int lineNumber = 0;
        for (String line = first; line != null; line = rest.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("#")) {
                String comment = text.substring(1).strip();
                if (version == null && comment.regionMatches(true, 0, VERSION_COMMENT, 0, VERSION_COMMENT.length())) {
                    String value = comment.substring(VERSION_COMMENT.length()).strip();
                    version = value.isEmpty() ? null : value;
                }
                continue;
            }
            actions.add(parseAction(text, line.indexOf(text), lineNumber, file));
        }
        if (actions.isEmpty()) {
            throw new InputException(file, null, "no actions: expected one service:Action a line");
        }
        return new CatalogSourceData(version == null ? fileName : version, "list of actions", null, Map.of(), actions);
    }

    /** @param indent characters before {@code text} on the line, so columns match the file */
    private static CatalogAction parseAction(String text, int indent, int lineNumber, String file) throws InputException {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InputException(file, "line " + lineNumber,
                    "expected service:Action, found \"" + text + "\" without a service prefix");
        }
        String service = text.substring(0, colon);
        String name = text.substring(colon + 1);
        if (service.isEmpty()) {
            throw new InputException(file, at(lineNumber, indent + 1), "the service prefix before ':' is empty");
        }
        if (name.isEmpty()) {
            throw new InputException(file, at(lineNumber, indent + colon + 2), "the action name after ':' is empty");
        }
        check(service, "service prefix", indent, lineNumber, file);
        check(name, "action name", indent + colon + 1, lineNumber, file);
        return new CatalogAction(service, name, "", List.of());
    }

    private static void check(String part, String what, int offset, int lineNumber, String file) throws InputException {
        int bad = NameCheck.firstForbidden(part);
        if (bad >= 0) {
            throw new InputException(file, at(lineNumber, offset + bad + 1),
                    "the " + what + " \"" + part + "\" holds " + NameCheck.describe(part.charAt(bad)));
        }
    }

    private static String at(int line, int column) {
        return "line " + line + ", column " + column;
    }
}

package org.iamrefiner.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;

/**
 * Reads one entry {@code {"serviceNamespace", "actions", "lastAccessed"}}, the shape of Access
 * Analyzer's unusedPermissionDetails. Unknown keys are rejected: a misspelt {@code actions} would
 * otherwise turn the entry into "the whole service is unused".
 */
final class UnusedEntryReader {

    static final String SERVICE_NAMESPACE = "serviceNamespace";
    private static final String ACTIONS = "actions";
    private static final String ACTION = "action";
    private static final String LAST_ACCESSED = "lastAccessed";
    private static final Set<String> ENTRY_KEYS = Set.of(SERVICE_NAMESPACE, ACTIONS, LAST_ACCESSED);
    private static final Set<String> ACTION_KEYS = Set.of(ACTION, LAST_ACCESSED);
    private static final Pattern SERVICE_PREFIX = Pattern.compile("[A-Za-z0-9-]+");

    private final String source;

    UnusedEntryReader(String source) {
        this.source = source;
    }

    UnusedService read(JsonNode node, String pointer) throws InputException {
        if (!(node instanceof ObjectNode entry)) {
            throw error(pointer, "expected an object {\"serviceNamespace\": ..., \"actions\": [...]}, found "
                    + JsonInput.describe(node));
        }
        String service = serviceNamespace(entry, pointer);
        rejectUnknownKeys(entry, ENTRY_KEYS, pointer, "serviceNamespace, actions and lastAccessed");
        String lastAccessed = optionalText(entry, LAST_ACCESSED, pointer);
        JsonNode actions = entry.get(ACTIONS);
        if (actions == null) {
            return new UnusedService(service, true, List.of(), lastAccessed);
        }
        String actionsPointer = pointer + "/" + ACTIONS;
        if (!actions.isArray()) {
            throw error(actionsPointer, "actions must be a list, found " + JsonInput.describe(actions));
        }
        List<UnusedAction> unused = new ArrayList<>(actions.size());
        for (int index = 0; index < actions.size(); index++) {
            unused.add(action(actions.get(index), service, actionsPointer + "/" + index));
        }
        return new UnusedService(service, false, unused, lastAccessed);
    }

    private String serviceNamespace(ObjectNode entry, String pointer) throws InputException {
        JsonNode value = entry.get(SERVICE_NAMESPACE);
        if (value == null) {
            throw error(pointer, "an entry needs a serviceNamespace");
        }
        String here = pointer + "/" + SERVICE_NAMESPACE;
        if (!value.isTextual() || !SERVICE_PREFIX.matcher(value.textValue()).matches()) {
            throw error(here, "serviceNamespace must be a service prefix such as \"s3\" (letters, digits"
                    + " and hyphens), found " + JsonInput.describe(value));
        }
        return value.textValue();
    }

    private UnusedAction action(JsonNode item, String service, String pointer) throws InputException {
        if (item.isTextual()) {
            return new UnusedAction(service, name(item.textValue(), service, pointer), null);
        }
        if (!(item instanceof ObjectNode object)) {
            throw error(pointer, "an action must be a name or an object {\"action\": ..., \"lastAccessed\": ...},"
                    + " found " + JsonInput.describe(item));
        }
        JsonNode action = object.get(ACTION);
        if (action == null) {
            throw error(pointer, "an action object needs an action");
        }
        String actionPointer = pointer + "/" + ACTION;
        if (!action.isTextual()) {
            throw error(actionPointer, "action must be a string, found " + JsonInput.describe(action));
        }
        rejectUnknownKeys(object, ACTION_KEYS, pointer, "action and lastAccessed");
        String name = name(action.textValue(), service, actionPointer);
        return new UnusedAction(service, name, optionalText(object, LAST_ACCESSED, pointer));
    }

    /** The action name without its prefix; the prefix, when given, must be the entry's service. */
    private String name(String given, String service, String pointer) throws InputException {
        int colon = given.indexOf(':');
        String name = given;
        if (colon >= 0) {
            String prefix = given.substring(0, colon);
            if (!prefix.equalsIgnoreCase(service)) {
                throw error(pointer, shown(given) + " has the prefix " + JsonInput.quote(prefix)
                        + " but the entry's serviceNamespace is " + JsonInput.quote(service));
            }
            name = given.substring(colon + 1);
        }
        if (name.isEmpty()) {
            throw error(pointer, shown(given) + " has an empty name");
        }
        // A finding names actions exactly; a wildcard or space here means the file is not a finding.
        if (name.indexOf('*') >= 0 || name.indexOf('?') >= 0) {
            throw error(pointer, shown(given) + " contains a wildcard; a finding names each action exactly");
        }
        if (name.indexOf(':') >= 0) {
            throw error(pointer, shown(given) + " contains more than one colon");
        }
        if (name.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw error(pointer, shown(given) + " contains whitespace");
        }
        return name;
    }

    /** The action as a message shows it; built only for a message, as quoting costs a JSON write. */
    private static String shown(String given) {
        return "action " + JsonInput.quote(given);
    }

    private String optionalText(ObjectNode object, String key, String pointer) throws InputException {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(pointer + "/" + key, key + " must be a string, found " + JsonInput.describe(value));
        }
        return value.textValue();
    }

    private void rejectUnknownKeys(ObjectNode object, Set<String> known, String pointer, String expected)
            throws InputException {
        for (Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                throw error(pointer + "/" + escape(key), "unknown key " + JsonInput.quote(key)
                        + "; expected only " + expected);
            }
        }
    }

    /** JSON pointer escaping of one reference token (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private InputException error(String pointer, String problem) {
        return new InputException(source, pointer.isEmpty() ? null : pointer, problem);
    }
}

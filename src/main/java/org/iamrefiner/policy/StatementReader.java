package org.iamrefiner.policy;

import org.iamrefiner.input.JsonInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.iamrefiner.input.InputException;

/** Checks one policy statement and extracts its effect and action entries. */
final class StatementReader {

    private static final String EFFECT = "Effect";
    private static final Pattern SERVICE_PREFIX = Pattern.compile("[A-Za-z0-9-]+");

    private final String source;

    StatementReader(String source) {
        this.source = source;
    }

    PolicyStatement read(int index, ObjectNode statement, String pointer) throws InputException {
        Effect effect = effect(statement, pointer);
        ActionField field = actionField(statement, pointer);
        JsonNode value = statement.get(field.json());
        String valuePointer = pointer + "/" + field.json();
        if (value.isTextual()) {
            checkEntry(value.textValue(), valuePointer);
            return new PolicyStatement(index, statement, effect, field, List.of(value.textValue()), true, pointer);
        }
        if (!value.isArray()) {
            throw error(valuePointer, field.json() + " must be a string or a list of strings, found "
                    + JsonInput.describe(value));
        }
        if (value.isEmpty()) {
            throw error(valuePointer, field.json() + " is an empty list");
        }
        List<String> entries = new ArrayList<>(value.size());
        for (int position = 0; position < value.size(); position++) {
            JsonNode entry = value.get(position);
            String entryPointer = valuePointer + "/" + position;
            if (!entry.isTextual()) {
                throw error(entryPointer, "an action must be a string, found " + JsonInput.describe(entry));
            }
            checkEntry(entry.textValue(), entryPointer);
            entries.add(entry.textValue());
        }
        return new PolicyStatement(index, statement, effect, field, entries, false, pointer);
    }

    private Effect effect(ObjectNode statement, String pointer) throws InputException {
        JsonNode value = statement.get(EFFECT);
        if (value == null) {
            throw error(pointer, "a statement needs an Effect");
        }
        for (Effect effect : Effect.values()) {
            // IAM itself is case-sensitive here: "allow" is rejected, so it must not be guessed at.
            if (value.isTextual() && value.textValue().equals(effect.json())) {
                return effect;
            }
        }
        throw error(pointer + "/" + EFFECT,
                "Effect must be \"Allow\" or \"Deny\", found " + JsonInput.describe(value));
    }

    private ActionField actionField(ObjectNode statement, String pointer) throws InputException {
        boolean action = statement.has(ActionField.ACTION.json());
        boolean notAction = statement.has(ActionField.NOT_ACTION.json());
        if (action && notAction) {
            throw error(pointer, "a statement has both Action and NotAction");
        }
        if (!action && !notAction) {
            throw error(pointer, "a statement needs an Action or a NotAction");
        }
        return action ? ActionField.ACTION : ActionField.NOT_ACTION;
    }

    /** An entry is "*" or "service:rest"; the rest may hold wildcards and is kept as spelled. */
    private void checkEntry(String entry, String pointer) throws InputException {
        if (entry.equals("*")) {
            return;
        }
        int colon = entry.indexOf(':');
        if (colon < 0) {
            throw error(pointer, shown(entry) + " has no service prefix (expected service:Action)");
        }
        String service = entry.substring(0, colon);
        if (service.isEmpty()) {
            throw error(pointer, shown(entry) + " has an empty service prefix (expected service:Action)");
        }
        if (!SERVICE_PREFIX.matcher(service).matches()) {
            throw error(pointer, shown(entry) + " has an invalid service prefix " + JsonInput.quote(service)
                    + " (only letters, digits and hyphens)");
        }
        if (colon == entry.length() - 1) {
            throw error(pointer, shown(entry) + " has no action name after the service prefix (expected service:Action)");
        }
    }

    /** The entry as a message shows it; built only for a message, as quoting costs a JSON write. */
    private static String shown(String entry) {
        return "action " + JsonInput.quote(entry);
    }

    private InputException error(String pointer, String problem) {
        return new InputException(source, pointer, problem);
    }
}

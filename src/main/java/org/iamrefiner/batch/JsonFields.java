package org.iamrefiner.batch;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the text fields of export entries, where a missing, empty or non-text value all mean "not given". */
final class JsonFields {

    private JsonFields() {
    }

    /** The field's text, or null when it is missing, empty or not a string. */
    static String text(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        return value != null && value.isTextual() && !value.textValue().isEmpty() ? value.textValue() : null;
    }
}

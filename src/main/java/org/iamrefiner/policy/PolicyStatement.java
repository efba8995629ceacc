package org.iamrefiner.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One statement of a policy, as read.
 *
 * @param index            position in the policy's Statement list (0 when Statement is an object)
 * @param json             the statement exactly as read; every key is carried through from here
 * @param effect           Allow or Deny
 * @param field            Action or NotAction
 * @param entries          the action entries in their original order and spelling
 * @param entriesWasString true when the field was a single string rather than a list
 * @param pointer          JSON pointer of the statement ("/Statement/2", or "/Statement" for an object)
 */
public record PolicyStatement(int index, ObjectNode json, Effect effect, ActionField field,
                              List<String> entries, boolean entriesWasString, String pointer) {

    public PolicyStatement {
        entries = List.copyOf(entries);
    }
}

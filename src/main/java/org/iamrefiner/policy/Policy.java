package org.iamrefiner.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An IAM identity policy as read: the JSON itself (key order kept) and its statements.
 *
 * @param source             the file name as the user gave it; used in messages and as policy id
 * @param json               the whole document as read
 * @param statements         the statements in order
 * @param statementWasObject true when Statement was a single object rather than a list
 */
public record Policy(String source, ObjectNode json, List<PolicyStatement> statements, boolean statementWasObject) {

    public Policy {
        statements = List.copyOf(statements);
    }
}

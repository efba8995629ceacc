package org.iamrefiner.engine.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Extension fact: this trie node must not be written as a wildcard, which forces deeper nodes or
 * exact names. Insert it in the "trie" phase, where {@link Node} facts exist:
 * {@code insert(new ForbidWildcard($node, "covers a Write action", drools));}
 */
public final class ForbidWildcard {

    private final Node node;
    private final String reason;
    private final String rule;

    /**
     * @param node   the node to forbid
     * @param reason why, in plain words; shown in explanations
     * @param drools the inserting rule's context, which names the rule
     */
    public ForbidWildcard(Node node, String reason, RuleContext drools) {
        this(node, reason, drools.getRule().getName());
    }

    public ForbidWildcard(Node node, String reason, String rule) {
        this.node = node;
        this.reason = reason;
        this.rule = rule;
    }

    public Node getNode() {
        return node;
    }

    public String getReason() {
        return reason;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public String toString() {
        return "forbid " + node + " (" + reason + ", rule \"" + rule + "\")";
    }
}

package org.iamrefiner.engine.facts;

/** Derived: {@code node} lies below the safe node {@code safe}, so a shorter safe prefix covers it. */
public final class BelowSafe extends Derived {

    private final Node node;
    private final Node safe;

    public BelowSafe(Node node, Node safe, String rule) {
        super(rule);
        this.node = node;
        this.safe = safe;
    }

    public Node getNode() {
        return node;
    }

    public Node getSafe() {
        return safe;
    }

    @Override
    public String toString() {
        return node.getPrefix() + " below " + safe.getPrefix();
    }
}

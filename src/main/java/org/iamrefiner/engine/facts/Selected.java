package org.iamrefiner.engine.facts;

/** Derived: a safe node with no safe node above it — the shortest safe prefix of the actions below it. */
public final class Selected extends Derived {

    private final Node node;

    public Selected(Node node, String rule) {
        super(rule);
        this.node = node;
    }

    public Node getNode() {
        return node;
    }

    public Cover getCover() {
        return node.getCover();
    }

    @Override
    public String toString() {
        return node.getPrefix();
    }
}

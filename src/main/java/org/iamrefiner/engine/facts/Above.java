package org.iamrefiner.engine.facts;

/**
 * Derived: node {@code above} is a shorter prefix of node {@code below} in the same trie, one that
 * reaches into the last word of {@code below} (or the node one word shorter). Following these links
 * upwards reaches every node above {@code below}; the longest is its parent.
 */
public final class Above extends Derived {

    private final Node below;
    private final Node above;

    public Above(Node below, Node above, String rule) {
        super(rule);
        this.below = below;
        this.above = above;
    }

    public Node getBelow() {
        return below;
    }

    public Node getAbove() {
        return above;
    }
}

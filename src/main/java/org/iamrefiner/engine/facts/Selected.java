package org.iamrefiner.engine.facts;

import java.util.List;

/**
 * Derived: a safe node with no safe node above it — the shortest safe prefix of the actions below
 * it — with the catalog actions its wildcard would match, which decide how it is written.
 */
public final class Selected extends Derived {

    private final Node node;
    private final List<String> names;

    /** @param names canonical full names of the catalog actions that start with the node's prefix */
    public Selected(Node node, List<String> names, String rule) {
        super(rule);
        this.node = node;
        // The catalog's names come as a read-only view of its actions; other lists are copied.
        this.names = names instanceof KnownAction.FullNames ? names : List.copyOf(names);
    }

    public Node getNode() {
        return node;
    }

    public Cover getCover() {
        return node.getCover();
    }

    /** Canonical full names of the catalog actions that start with the node's prefix, in key order. */
    public List<String> getNames() {
        return names;
    }

    /** How many catalog actions the node's wildcard would match. */
    public int getCount() {
        return names.size();
    }

    @Override
    public String toString() {
        return node.getPrefix();
    }
}

package org.iamrefiner.engine.facts;

import java.util.List;

/** Derived: the catalog actions a selected node's wildcard would match, which decide how it is written. */
public final class CatalogMatches extends Derived {

    private final Node node;
    private final List<String> names;

    public CatalogMatches(Node node, List<String> names, String rule) {
        super(rule);
        this.node = node;
        this.names = List.copyOf(names);
    }

    public Node getNode() {
        return node;
    }

    /** Canonical full names of the catalog actions that start with the node's prefix. */
    public List<String> getNames() {
        return names;
    }

    public int getCount() {
        return names.size();
    }

    @Override
    public String toString() {
        return node + " matches " + names.size() + " catalog actions";
    }
}

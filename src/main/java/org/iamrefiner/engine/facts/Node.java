package org.iamrefiner.engine.facts;

import org.iamrefiner.catalog.ActionNames;

/** Derived: a node of the word trie of a cover, identified by its lower-case prefix. */
public final class Node extends Derived {

    private final Cover cover;
    private final String prefix;
    private final String service;

    public Node(Cover cover, String prefix, String rule) {
        super(rule);
        this.cover = cover;
        this.prefix = prefix;
        this.service = ActionNames.serviceOf(prefix);
    }

    public Cover getCover() {
        return cover;
    }

    /** Lower-case prefix ("s3:getobject"). */
    public String getPrefix() {
        return prefix;
    }

    /** The service the node lies in, or null for a node above the services. */
    public String getService() {
        return service;
    }

    /** True when the name (lower case) starts with this node's prefix. */
    public boolean isPrefixOf(String name) {
        return name.startsWith(prefix);
    }

    @Override
    public String toString() {
        return prefix;
    }
}

package org.iamrefiner.engine.facts;

import org.iamrefiner.catalog.ActionNames;

/**
 * Derived: a set of patterns to compute on a word trie — the replacement of one refined Action
 * entry, or the exclusions added to one statement's NotAction.
 */
public final class Cover extends Derived {

    private final String statement;
    private final PolicyEntry entry;
    private final CoverMode mode;
    private final String root;
    private final String service;

    /**
     * @param statement JSON pointer of the statement
     * @param entry     the refined entry (KEEP_USED), or null for a statement's NotAction cover
     * @param mode      which side of the trie the patterns write
     */
    public Cover(String statement, PolicyEntry entry, CoverMode mode, String rule) {
        super(rule);
        this.statement = statement;
        this.entry = entry;
        this.mode = mode;
        // A NotAction cover starts above all services; an entry's cover at its literal prefix.
        this.root = entry == null ? "" : entry.getRoot();
        // Read by rule constraints for every join; computed once.
        this.service = ActionNames.serviceOf(root);
    }

    public String getStatement() {
        return statement;
    }

    public PolicyEntry getEntry() {
        return entry;
    }

    public CoverMode getMode() {
        return mode;
    }

    /** Lower-case prefix every node of the cover starts with. */
    public String getRoot() {
        return root;
    }

    /** The service the whole cover lies in, or null when its root is above the services. */
    public String getService() {
        return service;
    }

    /**
     * True when the wildcard {@code prefix*} would match names the original entry does not. Only an
     * Action entry's cover is bounded so; a NotAction exclusion can only narrow the statement.
     */
    public boolean reachesBeyondOriginal(String prefix) {
        return entry != null && !entry.coversEveryExtensionOf(prefix);
    }

    @Override
    public String toString() {
        return (entry == null ? statement + " NotAction" : entry.toString()) + " cover";
    }
}

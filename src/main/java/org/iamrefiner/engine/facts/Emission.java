package org.iamrefiner.engine.facts;

/** Derived: one pattern of the cover that replaces a refined entry. */
public final class Emission extends Derived {

    private final PolicyEntry entry;
    private final String text;
    private final Node node;
    private final long matches;

    /**
     * @param text    the pattern as written in the refined policy
     * @param node    the trie node it stands for
     * @param matches how many catalog actions it matches
     */
    public Emission(PolicyEntry entry, String text, Node node, long matches, String rule) {
        super(rule);
        this.entry = entry;
        this.text = text;
        this.node = node;
        this.matches = matches;
    }

    public PolicyEntry getEntry() {
        return entry;
    }

    public String getText() {
        return text;
    }

    public Node getNode() {
        return node;
    }

    public long getMatches() {
        return matches;
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.iamrefiner.engine.facts;

/** Derived: one pattern of a cover, as written in the refined policy. */
public final class Emission extends Derived {

    private final Cover cover;
    private final String text;
    private final Node node;
    private final long matches;

    /**
     * @param text    the pattern as written in the refined policy
     * @param node    the trie node it stands for, or null for a whole unused service ("svc:*")
     * @param matches how many catalog actions it matches
     */
    public Emission(Cover cover, String text, Node node, long matches, String rule) {
        super(rule);
        this.cover = cover;
        this.text = text;
        this.node = node;
        this.matches = matches;
    }

    public Cover getCover() {
        return cover;
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

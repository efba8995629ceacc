package org.iamrefiner.engine.facts;

import org.iamrefiner.catalog.ActionNames;

/** Derived: a node of the word trie of a cover, identified by its lower-case prefix. */
public final class Node extends Derived {

    private final Cover cover;
    private final String prefix;
    private final String service;
    private final int words;
    private final int lastWordStart;

    /**
     * @param words how many words of the action name the prefix holds after "svc:" ("s3:getobject"
     *              holds 2), or -1 for a root, which need not end at a word boundary
     */
    public Node(Cover cover, String prefix, int words, String rule) {
        this(cover, prefix, words, 0, rule);
    }

    /**
     * @param words         as above
     * @param lastWordStart where the prefix's last word starts: the length of the word prefix one word
     *                      shorter ("s3:get" → 6 for "s3:getobject"); 0 when unknown
     */
    public Node(Cover cover, String prefix, int words, int lastWordStart, String rule) {
        super(rule);
        this.cover = cover;
        this.prefix = prefix;
        this.service = ActionNames.serviceOf(prefix);
        this.words = words;
        this.lastWordStart = lastWordStart;
    }

    public Cover getCover() {
        return cover;
    }

    /** Lower-case prefix ("s3:getobject"). */
    /** Its cover's mode, read directly (rather than through {@code cover.mode}, an interpreted path). */
    public CoverMode getMode() {
        return cover.getMode();
    }

    public String getPrefix() {
        return prefix;
    }

    /** The service the node lies in, or null for a node above the services. */
    public String getService() {
        return service;
    }

    /** Words of the action name after "svc:" ("s3:" 0, "s3:get" 1, "s3:getobject" 2), or -1 for a root. */
    public int getWords() {
        return words;
    }

    /** Where the prefix's last word starts (the length of the node one word shorter); 0 when unknown. */
    public int getLastWordStart() {
        return lastWordStart;
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

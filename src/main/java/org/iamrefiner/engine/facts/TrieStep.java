package org.iamrefiner.engine.facts;

/**
 * One edge on a target's path down its cover's trie: from a node to the word prefix of the target
 * one word longer ("s3:get" → "s3:getobject" for s3:GetObjectAcl under "s3:Get*"). The first step
 * starts at the cover's root.
 */
public final class TrieStep {

    private final String parent;
    private final String child;
    private final int words;
    private final int lastWordStart;

    TrieStep(String parent, String child, int words, int lastWordStart) {
        this.parent = parent;
        this.child = child;
        this.words = words;
        this.lastWordStart = lastWordStart;
    }

    /** The prefix of the node the step starts at: the root, or the target's word prefix one word shorter. */
    public String getParent() {
        return parent;
    }

    /** The word prefix of the target the step leads to. */
    public String getChild() {
        return child;
    }

    /** Words of the child after "svc:" (as {@link Node#getWords()}). */
    public int getWords() {
        return words;
    }

    /** Where the child's last word starts: the length of the target's word prefix one word shorter. */
    public int getLastWordStart() {
        return lastWordStart;
    }

    @Override
    public String toString() {
        return parent + " → " + child;
    }
}

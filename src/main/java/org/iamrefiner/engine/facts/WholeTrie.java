package org.iamrefiner.engine.facts;

/**
 * Setting fact: build every node of each cover's trie, also those below a safe node, so that an
 * explanation can show them. The selected nodes are the same without it. Inserted when a
 * refinement keeps its evidence ({@code --explain}, {@code --trie-dot}).
 */
public final class WholeTrie {

    private final String reason;

    public WholeTrie(String reason) {
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "whole trie (" + reason + ")";
    }
}

package org.iamrefiner.cli;

/** What {@code refine} prints. */
public enum OutputFormat {
    /** The refined policy document. */
    policy,
    /** An Access Analyzer-style recommendation with one step per policy. */
    recommendation,
    /** The original policy with removed lines marked "-" and added lines "+". */
    diff,
    /** The word trie of each refined entry and NotAction cover, as Graphviz digraphs. */
    dot
}

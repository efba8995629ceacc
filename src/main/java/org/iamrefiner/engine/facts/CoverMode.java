package org.iamrefiner.engine.facts;

/** Which side of the trie a cover writes. */
public enum CoverMode {
    /** An Action entry's cover: patterns granting the kept actions and no unused name. */
    KEEP_USED,
    /** A NotAction cover: patterns excluding the allowed unused names and no used action. */
    EXCLUDE_UNUSED
}

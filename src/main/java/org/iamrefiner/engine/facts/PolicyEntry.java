package org.iamrefiner.engine.facts;

import org.iamrefiner.catalog.Glob;
import org.iamrefiner.catalog.GlobMatcher;

/** Input fact: one entry of a statement's Action or NotAction, as written. */
public final class PolicyEntry {

    private final String statement;
    private final int position;
    private final String effect;
    private final String field;
    private final String text;
    private final String service;
    private final String root;
    private final boolean literal;
    private final GlobMatcher matcher;
    private final String key;

    /**
     * @param statement JSON pointer of the statement ("/Statement/1")
     * @param position  index of the entry in its list
     * @param effect    "Allow" or "Deny"
     * @param field     "Action" or "NotAction"
     * @param text      the entry as written ("s3:Get*")
     */
    public PolicyEntry(String statement, int position, String effect, String field, String text) {
        this.statement = statement;
        this.position = position;
        this.effect = effect;
        this.field = field;
        this.text = text;
        this.service = Glob.serviceOf(text);
        this.literal = Glob.isLiteral(text);
        // The matcher lower-cases the entry and finds its root once; the fact shares both.
        this.matcher = new GlobMatcher(text);
        this.root = matcher.root();
        this.key = matcher.lowerCasePattern();
    }

    public String getStatement() {
        return statement;
    }

    public int getPosition() {
        return position;
    }

    /** "Allow" or "Deny". */
    public String getEffect() {
        return effect;
    }

    /** "Action" or "NotAction". */
    public String getField() {
        return field;
    }

    /** The entry exactly as written. */
    public String getText() {
        return text;
    }

    /** The service the entry is confined to, lower case; null when its service part has a wildcard (as in "*"). */
    public String getService() {
        return service;
    }

    /** Lower-case literal part before the first wildcard: the root of the entry's trie. */
    public String getRoot() {
        return root;
    }

    /** The entry in lower case: for an entry without a wildcard, the key of the action it names. */
    public String getKey() {
        return key;
    }

    /** True when the entry has no wildcard. */
    public boolean isLiteral() {
        return literal;
    }

    /** True when the pattern matches the whole action string (case-insensitive). */
    public boolean matches(String action) {
        return matcher.matches(action);
    }

    /** True when the pattern matches some action string of the given service. */
    public boolean reachesService(String service) {
        return matcher.matchesSomeExtension(service + ":");
    }

    /** True when the pattern matches every string that starts with the prefix. */
    public boolean coversEveryExtensionOf(String prefix) {
        return matcher.matchesEveryExtension(prefix);
    }

    @Override
    public String toString() {
        return statement + "/" + field + "/" + position + " " + text;
    }
}

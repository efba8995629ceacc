package org.iamrefiner.engine.facts;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.iamrefiner.catalog.ActionNames;
import org.iamrefiner.catalog.CatalogAction;

/** Input fact: an action of the catalog, with the word prefixes that can become trie nodes. */
public final class KnownAction {

    private final CatalogAction action;
    private final String key;
    private final List<String> wordPrefixes;

    public KnownAction(CatalogAction action) {
        this.action = action;
        this.key = action.key();
        this.wordPrefixes = ActionNames.wordPrefixes(action.fullName());
    }

    /** Service prefix, lower case ("s3"). */
    public String getService() {
        return action.service();
    }

    /** Canonical full name ("s3:GetObjectAcl"). */
    public String getFullName() {
        return action.fullName();
    }

    /** Lower-case identity ("s3:getobjectacl"). */
    public String getKey() {
        return key;
    }

    /** "List", "Read", "Write", "Permissions management", "Tagging", or "" when unknown. */
    public String getAccessLevel() {
        return action.accessLevel();
    }

    /** Lower-case prefixes ending at word boundaries: "s3:", "s3:get", "s3:getobject", "s3:getobjectacl". */
    public List<String> getWordPrefixes() {
        return wordPrefixes;
    }

    /**
     * The canonical full names of the actions, in the same order: a read-only view, not a copy (a
     * selected wildcard node can match hundreds of actions, and each selection asks for them).
     * The actions' list must not change afterwards.
     */
    public static List<String> fullNames(List<KnownAction> actions) {
        return new FullNames(actions);
    }

    /** The full names of a list of actions, read through. */
    static final class FullNames extends AbstractList<String> implements RandomAccess {
        private final List<KnownAction> actions;

        private FullNames(List<KnownAction> actions) {
            this.actions = actions;
        }

        @Override
        public String get(int index) {
            return actions.get(index).getFullName();
        }

        @Override
        public int size() {
            return actions.size();
        }
    }

    @Override
    public String toString() {
        return action.fullName();
    }
}

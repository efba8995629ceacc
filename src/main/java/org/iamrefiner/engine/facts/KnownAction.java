package org.iamrefiner.engine.facts;

import java.util.ArrayList;
import java.util.List;
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

    /** The canonical full names of the actions, in the same order. */
    public static List<String> fullNames(List<KnownAction> actions) {
        List<String> names = new ArrayList<>(actions.size());
        for (KnownAction action : actions) {
            names.add(action.getFullName());
        }
        return names;
    }

    @Override
    public String toString() {
        return action.fullName();
    }
}

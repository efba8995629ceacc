package org.iamrefiner.engine.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derived: the used catalog actions a statement granting by exclusion (NotAction, or "*") still
 * allows, in key order. Gathered once per statement: whether the statement may be rewritten or
 * dropped asks whether there is one, and its NotAction cover must reach none of them.
 */
public final class UsedStillAllowed extends Derived {

    private final String statement;
    private final List<KnownAction> actions;

    /** @param actions in any order */
    public UsedStillAllowed(String statement, List<KnownAction> actions, String rule) {
        super(rule);
        this.statement = statement;
        List<KnownAction> sorted = new ArrayList<>(actions);
        sorted.sort(Comparator.comparing(KnownAction::getKey));
        this.actions = List.copyOf(sorted);
    }

    public String getStatement() {
        return statement;
    }

    /** The actions, in key order. */
    public List<KnownAction> getActions() {
        return actions;
    }

    /** Their canonical full names, in key order. */
    public List<String> getNames() {
        return KnownAction.fullNames(actions);
    }

    @Override
    public String toString() {
        return statement + " still allows " + actions.size() + " used actions";
    }
}

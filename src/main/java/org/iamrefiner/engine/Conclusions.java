package org.iamrefiner.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.iamrefiner.engine.facts.Above;
import org.iamrefiner.engine.facts.Cover;
import org.iamrefiner.engine.facts.Decision;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Node;
import org.iamrefiner.engine.facts.Note;
import org.iamrefiner.engine.facts.Selected;
import org.iamrefiner.engine.facts.ServiceUnused;
import org.iamrefiner.engine.facts.StatementChange;
import org.iamrefiner.engine.facts.Target;
import org.iamrefiner.engine.facts.Touch;
import org.iamrefiner.engine.facts.Unsafe;
import org.iamrefiner.engine.facts.Unused;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * The conclusions of one session, kept as the rules insert (or delete) them, and when an
 * explanation is asked for the derivation behind them too: the facts still in the session at the
 * end, without queries. (A query costs every refinement, asked or not: its memory takes in every
 * fact of its kind.)
 */
final class Conclusions implements RuleRuntimeEventListener {

    private final Map<Object, Boolean> facts = new IdentityHashMap<>();
    private final List<Object> order = new ArrayList<>();
    private final boolean withEvidence;

    /** @param withEvidence also keep the derivation an explanation shows ({@link Evidence}) */
    Conclusions(boolean withEvidence) {
        this.withEvidence = withEvidence;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        objectInserted(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        forget(event.getOldObject());
        objectInserted(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        forget(event.getOldObject());
    }

    private void objectInserted(Object fact) {
        if ((isConclusion(fact) || withEvidence && isEvidence(fact)) && facts.put(fact, Boolean.TRUE) == null) {
            order.add(fact);
        }
    }

    private void forget(Object fact) {
        if (fact != null && facts.remove(fact) != null) {
            order.removeIf(kept -> kept == fact);
        }
    }

    private static boolean isConclusion(Object fact) {
        return fact instanceof Decision || fact instanceof StatementChange || fact instanceof Emission
                || fact instanceof Note || fact instanceof Unused || fact instanceof ServiceUnused;
    }

    private static boolean isEvidence(Object fact) {
        return fact instanceof Cover || fact instanceof Node || fact instanceof Unsafe || fact instanceof Above
                || fact instanceof Selected || fact instanceof Target || fact instanceof Touch;
    }

    /** The facts of one type still in the session, in the order they were inserted. */
    <T> List<T> of(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object fact : order) {
            if (type.isInstance(fact)) {
                found.add(type.cast(fact));
            }
        }
        return found;
    }
}

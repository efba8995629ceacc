package org.iamrefiner.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The conclusions of one session — and, when an explanation is asked for, the derivation behind
 * them — read from the facts still in the session once its rules have fired, by type, without
 * queries (a query costs every refinement, asked or not: its memory takes in every fact of its
 * kind) and without a listener (which is handed an event for each of a session's facts).
 */
final class Conclusions {

    private final KieSession session;

    /** @param session a session whose rules have fired; read before it is disposed */
    Conclusions(KieSession session) {
        this.session = session;
    }

    /**
     * The facts of one type still in the session, in the order they were inserted (the order of
     * their handles), so that results do not depend on how the session stores its facts.
     */
    <T> List<T> of(Class<T> type) {
        List<InternalFactHandle> handles = new ArrayList<>();
        for (FactHandle handle : session.getFactHandles(new ClassObjectFilter(type))) {
            handles.add((InternalFactHandle) handle);
        }
        handles.sort(Comparator.comparingLong(InternalFactHandle::getId));
        List<T> found = new ArrayList<>(handles.size());
        for (InternalFactHandle handle : handles) {
            found.add(type.cast(handle.getObject()));
        }
        return found;
    }
}

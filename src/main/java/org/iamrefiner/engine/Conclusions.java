package org.iamrefiner.engine;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** Bits of a sort key that hold a fact's place in the list read from the store. */
    private static final int PLACE_BITS = 24;

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
        List<T> found = new ArrayList<>(handles.size());
        for (InternalFactHandle handle : inInsertionOrder(handles)) {
            found.add(type.cast(handle.getObject()));
        }
        return found;
    }

    /**
     * A class store hands its facts out in no set order. Each handle's id and its place in the list
     * go into one long, so a primitive sort orders them (a comparator sort of the handles took 1.4 %
     * of a batch's samples); ids too large to share a long are sorted by the comparator.
     */
    private static List<InternalFactHandle> inInsertionOrder(List<InternalFactHandle> handles) {
        int count = handles.size();
        if (count > 1 << PLACE_BITS) {
            return byComparator(handles);
        }
        long[] keyed = new long[count];
        for (int i = 0; i < count; i++) {
            long id = handles.get(i).getId();
            if (id < 0 || id >= 1L << (63 - PLACE_BITS)) {
                return byComparator(handles);
            }
            keyed[i] = id << PLACE_BITS | i;
        }
        Arrays.sort(keyed);
        List<InternalFactHandle> sorted = new ArrayList<>(count);
        for (long key : keyed) {
            sorted.add(handles.get((int) (key & ((1L << PLACE_BITS) - 1))));
        }
        return sorted;
    }

    private static List<InternalFactHandle> byComparator(List<InternalFactHandle> handles) {
        List<InternalFactHandle> sorted = new ArrayList<>(handles);
        sorted.sort(Comparator.comparingLong(InternalFactHandle::getId));
        return sorted;
    }
}

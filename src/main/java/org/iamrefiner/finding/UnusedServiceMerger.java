package org.iamrefiner.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges entries of the same service: actions are united (the first spelling of a name wins,
 * names compared case-insensitively), and a service-level entry swallows action-level ones,
 * since "every action is unused" includes them. Services keep the order they were first seen in.
 */
final class UnusedServiceMerger {

    private final Map<String, Merged> byService = new LinkedHashMap<>();

    void add(UnusedService entry) {
        Merged merged = byService.computeIfAbsent(entry.service(), service -> new Merged());
        merged.serviceLevel |= entry.serviceLevel();
        if (merged.lastAccessed == null) {
            merged.lastAccessed = entry.lastAccessed();
        }
        for (UnusedAction action : entry.actions()) {
            merged.actions.putIfAbsent(action.key(), action);
        }
    }

    List<UnusedService> services() {
        List<UnusedService> services = new ArrayList<>(byService.size());
        byService.forEach((service, merged) -> services.add(merged.serviceLevel
                ? new UnusedService(service, true, List.of(), merged.lastAccessed)
                : new UnusedService(service, false, new ArrayList<>(merged.actions.values()), merged.lastAccessed)));
        return services;
    }

    /** What is known so far about one service. */
    private static final class Merged {
        private boolean serviceLevel;
        private String lastAccessed;
        private final Map<String, UnusedAction> actions = new LinkedHashMap<>();
    }
}

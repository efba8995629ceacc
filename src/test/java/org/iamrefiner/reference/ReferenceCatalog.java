package org.iamrefiner.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The known actions: canonical spellings, looked up and listed by their lower-case form. */
final class ReferenceCatalog {

    private final Map<String, String> canonicalByLower = new LinkedHashMap<>();

    /** Actions as {@code svc:Name}; a later spelling of an action already seen (ignoring case) is ignored. */
    ReferenceCatalog(Collection<String> catalogActions) {
        List<String> sorted = new ArrayList<>(catalogActions);
        sorted.sort(ReferenceText.ORDER);
        for (String action : sorted) {
            canonicalByLower.putIfAbsent(ReferenceText.lower(action), action);
        }
    }

    /** Canonical spellings in case-insensitive order. */
    Collection<String> canonicalNames() {
        return canonicalByLower.values();
    }

    String canonical(String lowerAction) {
        return canonicalByLower.get(lowerAction);
    }

    /** Canonical spellings of the actions whose lower-case name starts with {@code lowerPrefix}, in order. */
    List<String> startingWith(String lowerPrefix) {
        List<String> found = new ArrayList<>();
        canonicalByLower.forEach((lower, canonical) -> {
            if (lower.startsWith(lowerPrefix)) {
                found.add(canonical);
            }
        });
        return found;
    }
}

package org.iamrefiner.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unused side of a finding as lower-case strings: named actions ({@code svc:name}) and the
 * {@code svc:} prefixes of service-level services, which stand for every name of the service.
 */
final class UnusedNames {

    /** Lower-case name → the finding's spelling: lower-case service, the name as first given. */
    private final Map<String, String> spellingByName = new LinkedHashMap<>();
    private final Set<String> wholeServicePrefixes = new LinkedHashSet<>();

    UnusedNames(List<UnusedSpec> unused) {
        for (UnusedSpec spec : unused) {
            String service = ReferenceText.lower(spec.service());
            if (spec.serviceLevel()) {
                wholeServicePrefixes.add(service + ":");
                continue;
            }
            for (String name : spec.names()) {
                int colon = name.indexOf(':');
                String spelling = colon < 0 ? service + ":" + name
                        : ReferenceText.lower(name.substring(0, colon)) + name.substring(colon);
                spellingByName.putIfAbsent(ReferenceText.lower(spelling), spelling);
            }
        }
    }

    /** True when the finding names no action and no service. */
    boolean isEmpty() {
        return spellingByName.isEmpty() && wholeServicePrefixes.isEmpty();
    }

    /** The named unused actions, lower-case {@code svc:name}, known to the catalog or not. */
    Set<String> names() {
        return Collections.unmodifiableSet(spellingByName.keySet());
    }

    /** How the finding spells a named unused action: {@code svc:Name}, the service lower-case. */
    String spelling(String lowerName) {
        return spellingByName.get(lowerName);
    }

    /** The {@code svc:} prefixes (lower-case) of the service-level unused services. */
    Set<String> wholeServicePrefixes() {
        return Collections.unmodifiableSet(wholeServicePrefixes);
    }

    /** Does this lower-case name belong to a service-level unused service? */
    boolean inWholeService(String lowerName) {
        return wholeServicePrefixes.stream().anyMatch(lowerName::startsWith);
    }

    /** Step 1 of an entry: does the pattern match an unused name, or any name of an unused service? */
    boolean matchedBy(GlobPattern pattern) {
        return names().stream().anyMatch(pattern::matches)
                || wholeServicePrefixes.stream().anyMatch(pattern::canMatchSomeStringStartingWith);
    }

    /** Is this (lower-case) catalog action in U: named unused, or of a service-level service? */
    boolean contains(String lowerAction) {
        return spellingByName.containsKey(lowerAction) || inWholeService(lowerAction);
    }

    /** Safety condition 1 fails: {@code node*} would match an unused name or a name of an unused service. */
    boolean reachableBelow(String node) {
        return names().stream().anyMatch(name -> name.startsWith(node))
                || wholeServicePrefixes.stream().anyMatch(prefix -> node.startsWith(prefix) || prefix.startsWith(node));
    }
}

package org.iamrefiner.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The unused side of a finding as lower-case strings: named actions ({@code svc:name}) and the
 * {@code svc:} prefixes of service-level services, which stand for every name of the service.
 */
final class UnusedNames {

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> wholeServicePrefixes = new LinkedHashSet<>();

    UnusedNames(List<UnusedSpec> unused) {
        for (UnusedSpec spec : unused) {
            String service = ReferenceText.lower(spec.service());
            if (spec.serviceLevel()) {
                wholeServicePrefixes.add(service + ":");
                continue;
            }
            for (String name : spec.names()) {
                String lowerName = ReferenceText.lower(name);
                names.add(lowerName.contains(":") ? lowerName : service + ":" + lowerName);
            }
        }
    }

    /** Step 1 of an entry: does the pattern match an unused name, or any name of an unused service? */
    boolean matchedBy(GlobPattern pattern) {
        return names.stream().anyMatch(pattern::matches)
                || wholeServicePrefixes.stream().anyMatch(pattern::canMatchSomeStringStartingWith);
    }

    /** Is this (lower-case) catalog action in U: named unused, or of a service-level service? */
    boolean contains(String lowerAction) {
        return names.contains(lowerAction) || wholeServicePrefixes.stream().anyMatch(lowerAction::startsWith);
    }

    /** Safety condition 1 fails: {@code node*} would match an unused name or a name of an unused service. */
    boolean reachableBelow(String node) {
        return names.stream().anyMatch(name -> name.startsWith(node))
                || wholeServicePrefixes.stream().anyMatch(prefix -> node.startsWith(prefix) || prefix.startsWith(node));
    }
}

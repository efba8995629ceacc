package org.iamrefiner.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * SPEC.md guarantees 1–3 for one Allow statement, checked by brute force: M over the whole catalog,
 * languages compared on probe strings. Each check returns the violations it found, described.
 */
final class GuaranteeChecks {

    private final RegexGlob glob = new RegexGlob();
    private final List<String> catalog;
    private final UnusedView unused;
    private final Collection<String> probes;

    /** The finding as the checks see it: lower-case unused names and service-level service prefixes. */
    record UnusedView(Set<String> names, Set<String> wholeServices) {

        static UnusedView of(List<UnusedSpec> specs) {
            Set<String> names = new TreeSet<>();
            Set<String> wholeServices = new TreeSet<>();
            for (UnusedSpec spec : specs) {
                String service = spec.service().toLowerCase(Locale.ROOT);
                if (spec.names() == null) {
                    wholeServices.add(service);
                } else {
                    spec.names().stream()
                            .map(name -> name.toLowerCase(Locale.ROOT))
                            .map(name -> name.contains(":") ? name : service + ":" + name)
                            .forEach(names::add);
                }
            }
            return new UnusedView(names, wholeServices);
        }

        boolean containsCatalogAction(String action) {
            String lower = action.toLowerCase(Locale.ROOT);
            return names.contains(lower) || wholeServices.contains(lower.substring(0, lower.indexOf(':')));
        }
    }

    GuaranteeChecks(List<String> catalog, UnusedView unused, Collection<String> probes) {
        this.catalog = catalog;
        this.unused = unused;
        this.probes = probes;
    }

    /** Guarantee 1: M(P') = M(P) − U. */
    List<String> exactness(List<String> original, List<String> refined) {
        Set<String> expected = matchedCatalog(original);
        expected.removeIf(unused::containsCatalogAction);
        Set<String> actual = matchedCatalog(refined);
        if (expected.equals(actual)) {
            return List.of();
        }
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        return List.of("M(P') differs from M(P) - U: lost " + lost + ", extra " + extra);
    }

    /** Guarantee 2: each refined entry's language lies inside some original entry's language (on the probes). */
    List<String> noNewAccess(List<String> original, List<String> refined) {
        List<String> violations = new ArrayList<>();
        for (String entry : refined) {
            List<String> matchedProbes = probes.stream().filter(probe -> glob.matches(entry, probe)).toList();
            boolean inside = original.stream().anyMatch(source ->
                    matchedProbes.stream().allMatch(probe -> glob.matches(source, probe)));
            if (!inside) {
                violations.add(entry + " matches probes outside every original entry of " + original);
            }
        }
        return violations;
    }

    /** Guarantee 3: no refined entry matches an unused name or any probe of a service-level service. */
    List<String> unusedStaysOut(List<String> refined) {
        List<String> violations = new ArrayList<>();
        for (String entry : refined) {
            unused.names().stream()
                    .filter(name -> glob.matches(entry, name))
                    .forEach(name -> violations.add(entry + " matches unused " + name));
            for (String service : unused.wholeServices()) {
                probes.stream()
                        .filter(probe -> probe.startsWith(service + ":") && glob.matches(entry, probe))
                        .findFirst()
                        .ifPresent(probe -> violations.add(entry + " matches " + probe + " of unused service " + service));
            }
        }
        return violations;
    }

    private Set<String> matchedCatalog(List<String> entries) {
        Set<String> matched = new TreeSet<>();
        for (String action : catalog) {
            if (entries.stream().anyMatch(entry -> glob.matches(entry, action))) {
                matched.add(action.toLowerCase(Locale.ROOT));
            }
        }
        return matched;
    }
}

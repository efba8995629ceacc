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
 *
 * <p>A statement with {@code Action} allows what some entry matches; one with {@code NotAction}
 * allows what no entry matches. Between two Action statements, guarantee 2 is checked entry by
 * entry; when either side is a NotAction statement, on the statements' allowed languages.
 */
final class GuaranteeChecks {

    /**
     * What an Allow statement grants.
     *
     * @param notAction true for NotAction entries (the statement allows what they do not match)
     * @param entries   the Action or NotAction entries
     */
    record Grant(boolean notAction, List<String> entries) {

        /** A dropped statement allows nothing. */
        static final Grant NOTHING = new Grant(false, List.of());

        Grant {
            entries = List.copyOf(entries);
        }

        boolean allows(RegexGlob glob, String action) {
            boolean matched = entries.stream().anyMatch(entry -> glob.matches(entry, action));
            return matched != notAction;
        }

        @Override
        public String toString() {
            return (notAction ? "NotAction " : "Action ") + entries;
        }
    }

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

    /** Guarantee 1: M(P') = M(P) − U, M being what the statement allows of the catalog. */
    List<String> exactness(Grant original, Grant refined) {
        Set<String> expected = allowedCatalog(original);
        expected.removeIf(unused::containsCatalogAction);
        Set<String> actual = allowedCatalog(refined);
        if (expected.equals(actual)) {
            return List.of();
        }
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        return List.of("M(P') differs from M(P) - U: lost " + lost + ", extra " + extra);
    }

    /**
     * Guarantee 2 on the probes. Action to Action: each refined entry's language lies inside some
     * original entry's language. Otherwise: the refined statement allows no probe the original does not.
     */
    List<String> noNewAccess(Grant original, Grant refined) {
        if (!original.notAction() && !refined.notAction()) {
            return noNewAccessByEntry(original.entries(), refined.entries());
        }
        return probes.stream()
                .filter(probe -> refined.allows(glob, probe) && !original.allows(glob, probe))
                .findFirst()
                .map(probe -> List.of(refined + " allows " + probe + ", which " + original + " does not"))
                .orElse(List.of());
    }

    private List<String> noNewAccessByEntry(List<String> original, List<String> refined) {
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

    /** Guarantee 3: the refined statement allows no unused name and no probe of a service-level service. */
    List<String> unusedStaysOut(Grant refined) {
        List<String> violations = new ArrayList<>();
        unused.names().stream()
                .filter(name -> refined.allows(glob, name))
                .forEach(name -> violations.add(refined + " allows unused " + name));
        for (String service : unused.wholeServices()) {
            probes.stream()
                    .filter(probe -> probe.startsWith(service + ":") && refined.allows(glob, probe))
                    .findFirst()
                    .ifPresent(probe -> violations.add(refined + " allows " + probe + " of unused service " + service));
        }
        return violations;
    }

    private Set<String> allowedCatalog(Grant grant) {
        Set<String> allowed = new TreeSet<>();
        for (String action : catalog) {
            if (grant.allows(glob, action)) {
                allowed.add(action.toLowerCase(Locale.ROOT));
            }
        }
        return allowed;
    }
}

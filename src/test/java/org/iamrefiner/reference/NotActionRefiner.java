package org.iamrefiner.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entries to add to the {@code NotAction} of an Allow statement (SPEC.md "Beyond Action
 * lists"), also used for the rewrite of {@code Action: "*"} with no existing entries.
 *
 * <p>With N the existing entries, U_names the named unused actions and S_level the service-level
 * unused services:
 * <ul>
 *   <li>targets T = the U_names that no entry of N matches, outside the S_level services;</li>
 *   <li>whole services to add = the S_level services {@code svc} for which no entry of N matches
 *       every string {@code svc:…};</li>
 *   <li>kept = the catalog actions that no entry of N matches and that are not unused;</li>
 *   <li>the new entries = the cover of T with the roles swapped (a node is safe iff no kept action
 *       starts with it), and {@code svc:*} for each whole service to add.</li>
 * </ul>
 */
final class NotActionRefiner {

    /** What becomes of the statement. */
    enum Kind { UNCHANGED, DROPPED, EXTENDED }

    /**
     * @param kind       what happens to the statement
     * @param newEntries for {@link Kind#EXTENDED}: the entries to append, sorted case-insensitively
     */
    record Outcome(Kind kind, List<String> newEntries) {

        static final Outcome UNCHANGED = new Outcome(Kind.UNCHANGED, List.of());
        static final Outcome DROPPED = new Outcome(Kind.DROPPED, List.of());

        static Outcome extendWith(List<String> newEntries) {
            return new Outcome(Kind.EXTENDED, List.copyOf(newEntries));
        }
    }

    private final ReferenceCatalog catalog;
    private final UnusedNames unused;

    NotActionRefiner(ReferenceCatalog catalog, UnusedNames unused) {
        this.catalog = catalog;
        this.unused = unused;
    }

    /** @param existing the statement's NotAction entries N as written (empty for the rewrite of {@code *}) */
    Outcome refine(List<String> existing) {
        List<GlobPattern> excluded = existing.stream().map(GlobPattern::new).toList();

        Set<String> targets = new TreeSet<>();
        for (String name : unused.names()) {
            if (!unused.inWholeService(name) && excluded.stream().noneMatch(entry -> entry.matches(name))) {
                targets.add(name);
            }
        }
        List<String> wholeServicesToAdd = new ArrayList<>();
        for (String servicePrefix : unused.wholeServicePrefixes()) {
            if (excluded.stream().noneMatch(entry -> entry.matchesEveryStringStartingWith(servicePrefix))) {
                wholeServicesToAdd.add(servicePrefix + "*");
            }
        }
        if (targets.isEmpty() && wholeServicesToAdd.isEmpty()) {
            return Outcome.UNCHANGED;
        }

        Set<String> kept = new HashSet<>();
        for (String action : catalog.canonicalNames()) {
            String lower = ReferenceText.lower(action);
            if (excluded.stream().noneMatch(entry -> entry.matches(lower)) && !unused.contains(lower)) {
                kept.add(lower);
            }
        }
        if (kept.isEmpty()) {
            return Outcome.DROPPED;
        }

        List<String> emissions = new ArrayList<>(cover(targets, kept));
        emissions.addAll(wholeServicesToAdd);
        emissions.sort(ReferenceText.ORDER);
        Set<String> existingLower = new HashSet<>();
        existing.forEach(entry -> existingLower.add(ReferenceText.lower(entry)));
        Map<String, String> newByLower = new LinkedHashMap<>();
        for (String emission : emissions) {
            if (!existingLower.contains(ReferenceText.lower(emission))) {
                newByLower.putIfAbsent(ReferenceText.lower(emission), emission);
            }
        }
        if (newByLower.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        return Outcome.extendWith(new ArrayList<>(newByLower.values()));
    }

    /**
     * For each target its shortest safe node, emitted as one catalog action, a wildcard, or the
     * target itself when no node is safe. The root "" lies above the services.
     */
    private List<String> cover(Set<String> targets, Set<String> kept) {
        Set<String> nodes = new HashSet<>();
        nodes.add("");
        for (String target : targets) {
            nodes.addAll(WordBoundaries.prefixes(spelling(target)));
        }
        List<String> emissions = new ArrayList<>();
        for (String target : targets) {
            String emission = spelling(target);
            for (int length = 0; length <= target.length(); length++) {
                String prefix = target.substring(0, length);
                if (nodes.contains(prefix) && isSafe(prefix, kept)) {
                    emission = emission(prefix, targets);
                    break;
                }
            }
            emissions.add(emission);
        }
        return emissions;
    }

    /** Safe: no kept action starts with the node, so {@code node*} excludes nothing the statement keeps. */
    private static boolean isSafe(String node, Set<String> kept) {
        return kept.stream().noneMatch(action -> action.startsWith(node));
    }

    /**
     * One catalog action below the node and no unknown target: that action. Otherwise {@code node*}
     * spelled like the first catalog action below it, or, when there is none, like the first
     * unknown target below it.
     */
    private String emission(String node, Set<String> targets) {
        List<String> catalogBelow = catalog.startingWith(node);
        List<String> unknownBelow = targets.stream()
                .filter(target -> catalog.canonical(target) == null && target.startsWith(node))
                .map(unused::spelling)
                .sorted(ReferenceText.ORDER)
                .toList();
        if (catalogBelow.size() == 1 && unknownBelow.isEmpty()) {
            return catalogBelow.get(0);
        }
        String spelledLike = catalogBelow.isEmpty() ? unknownBelow.get(0) : catalogBelow.get(0);
        return spelledLike.substring(0, node.length()) + "*";
    }

    /** The catalog's canonical spelling when it knows the name, else the finding's. */
    private String spelling(String lowerName) {
        String canonical = catalog.canonical(lowerName);
        return canonical != null ? canonical : unused.spelling(lowerName);
    }
}

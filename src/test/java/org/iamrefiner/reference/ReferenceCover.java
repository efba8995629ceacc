package org.iamrefiner.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cover of one pattern's kept actions K: for each kept action its shortest safe trie node
 * (trying the action's prefixes from the shortest, safety worked out once per node), emitted as a
 * wildcard, or as the single action the node leads to, or the action itself when no node is safe
 * (SPEC.md, "The cover").
 */
final class ReferenceCover {

    private final ReferenceCatalog catalog;
    private final UnusedNames unused;

    ReferenceCover(ReferenceCatalog catalog, UnusedNames unused) {
        this.catalog = catalog;
        this.unused = unused;
    }

    /**
     * @param pattern the original entry p
     * @param kept    K = M(p) − U, lower-case, not empty
     * @return the distinct emissions, sorted case-insensitively
     */
    List<String> of(GlobPattern pattern, Set<String> kept) {
        Set<String> nodes = candidateNodes(pattern, kept);
        Map<String, Boolean> safety = new HashMap<>();
        Map<String, String> emissionsByLower = new TreeMap<>();
        for (String action : kept) {
            String emission = catalog.canonical(action);
            for (int length = 0; length <= action.length(); length++) {
                String prefix = action.substring(0, length);
                if (nodes.contains(prefix) && safety.computeIfAbsent(prefix, node -> isSafe(node, pattern, kept))) {
                    emission = emission(prefix);
                    break;
                }
            }
            emissionsByLower.putIfAbsent(ReferenceText.lower(emission), emission);
        }
        return emissionsByLower.values().stream().sorted(ReferenceText.ORDER).toList();
    }

    /** The root, and every word-boundary prefix of a kept action that is longer than the root. */
    private Set<String> candidateNodes(GlobPattern pattern, Set<String> kept) {
        String root = pattern.literalPrefix();
        Set<String> nodes = new HashSet<>();
        nodes.add(root);
        for (String action : kept) {
            for (String prefix : WordBoundaries.prefixes(catalog.canonical(action))) {
                if (prefix.length() > root.length()) {
                    nodes.add(prefix);
                }
            }
        }
        return nodes;
    }

    /** SPEC.md's three conditions in its order (the second follows from the other two; it is kept as written). */
    private boolean isSafe(String node, GlobPattern pattern, Set<String> kept) {
        boolean noUnusedBelow = !unused.reachableBelow(node);
        boolean everyCatalogActionBelowKept = catalog.startingWith(node).stream()
                .allMatch(action -> kept.contains(ReferenceText.lower(action)));
        boolean insideOriginal = pattern.matchesEveryStringStartingWith(node);
        return noUnusedBelow && everyCatalogActionBelowKept && insideOriginal;
    }

    /** One action below the node: its canonical name; several: {@code node*} in the first one's spelling. */
    private String emission(String node) {
        List<String> below = catalog.startingWith(node);
        if (below.size() == 1) {
            return below.get(0);
        }
        return below.get(0).substring(0, node.length()) + "*";
    }
}

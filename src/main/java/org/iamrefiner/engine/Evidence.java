package org.iamrefiner.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.iamrefiner.engine.facts.Above;
import org.iamrefiner.engine.facts.Cover;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Node;
import org.iamrefiner.engine.facts.PolicyEntry;
import org.iamrefiner.engine.facts.Selected;
import org.iamrefiner.engine.facts.Target;
import org.iamrefiner.engine.facts.Touch;
import org.iamrefiner.engine.facts.Unsafe;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Everything the rules derived for a policy that an explanation needs, read from the session
 * through queries: per cover its trie, and per entry the unused names it reaches.
 *
 * @param covers  the derivation of each cover
 * @param touches the unused names each entry reaches
 */
public record Evidence(List<CoverEvidence> covers, Map<PolicyEntry, List<Touch>> touches) {

    /** No evidence collected (the run did not ask for it). */
    public static Evidence none() {
        return new Evidence(List.of(), Map.of());
    }

    static Evidence read(KieSession session, Map<Cover, List<Emission>> emissions) {
        Map<Cover, List<Node>> nodes = new IdentityHashMap<>();
        for (QueryResultsRow row : session.getQueryResults("nodes")) {
            Node node = (Node) row.get("$node");
            nodes.computeIfAbsent(node.getCover(), c -> new ArrayList<>()).add(node);
        }
        Map<Node, Node> parents = new IdentityHashMap<>();
        for (QueryResultsRow row : session.getQueryResults("nodes above nodes")) {
            Above above = (Above) row.get("$above");
            // The parent is the longest node above: the trie edge a reader expects to see.
            parents.merge(above.getBelow(), above.getAbove(),
                    (a, b) -> a.getPrefix().length() >= b.getPrefix().length() ? a : b);
        }
        Map<Node, List<Unsafe>> unsafe = new IdentityHashMap<>();
        for (QueryResultsRow row : session.getQueryResults("unsafe nodes")) {
            Unsafe fact = (Unsafe) row.get("$unsafe");
            unsafe.computeIfAbsent(fact.getNode(), n -> new ArrayList<>()).add(fact);
        }
        Set<Node> selected = Collections.newSetFromMap(new IdentityHashMap<>());
        for (QueryResultsRow row : session.getQueryResults("selected nodes")) {
            selected.add(((Selected) row.get("$selected")).getNode());
        }
        Map<Cover, List<Target>> targets = new IdentityHashMap<>();
        for (QueryResultsRow row : session.getQueryResults("targets")) {
            Target target = (Target) row.get("$target");
            targets.computeIfAbsent(target.getCover(), c -> new ArrayList<>()).add(target);
        }
        List<CoverEvidence> covers = new ArrayList<>();
        for (QueryResultsRow row : session.getQueryResults("covers")) {
            Cover cover = (Cover) row.get("$cover");
            List<Node> trie = new ArrayList<>(nodes.getOrDefault(cover, List.of()));
            trie.sort(Comparator.comparing(Node::getPrefix));
            Map<Node, Node> coverParents = new LinkedHashMap<>();
            Map<Node, List<Unsafe>> coverUnsafe = new LinkedHashMap<>();
            Set<Node> coverSelected = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Node node : trie) {
                if (parents.containsKey(node)) {
                    coverParents.put(node, parents.get(node));
                }
                if (unsafe.containsKey(node)) {
                    coverUnsafe.put(node, unsafe.get(node));
                }
                if (selected.contains(node)) {
                    coverSelected.add(node);
                }
            }
            List<Target> coverTargets = new ArrayList<>(targets.getOrDefault(cover, List.of()));
            coverTargets.sort(Comparator.comparing(Target::getKey));
            covers.add(new CoverEvidence(cover, trie, coverParents, coverUnsafe, coverSelected, coverTargets,
                    emissions.getOrDefault(cover, List.of())));
        }
        covers.sort(Comparator.comparing((CoverEvidence c) -> c.cover().getStatement().length())
                .thenComparing(c -> c.cover().getStatement())
                .thenComparing(c -> c.cover().getEntry() == null ? Integer.MAX_VALUE : c.cover().getEntry().getPosition()));
        Map<PolicyEntry, List<Touch>> touches = new HashMap<>();
        for (QueryResultsRow row : session.getQueryResults("touches")) {
            Touch touch = (Touch) row.get("$touch");
            touches.computeIfAbsent(touch.getEntry(), e -> new ArrayList<>()).add(touch);
        }
        return new Evidence(covers, touches);
    }
}

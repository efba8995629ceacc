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

/**
 * Everything the rules derived for a policy that an explanation needs, as they inserted it: per
 * cover its trie, and per entry the unused names it reaches.
 *
 * @param covers  the derivation of each cover
 * @param touches the unused names each entry reaches
 */
public record Evidence(List<CoverEvidence> covers, Map<PolicyEntry, List<Touch>> touches) {

    /** No evidence collected (the run did not ask for it). */
    public static Evidence none() {
        return new Evidence(List.of(), Map.of());
    }

    /** @param derived the session's facts, kept with their derivation as the rules inserted them */
    static Evidence read(Conclusions derived, Map<Cover, List<Emission>> emissions) {
        Map<Cover, List<Node>> nodes = new IdentityHashMap<>();
        for (Node node : derived.of(Node.class)) {
            nodes.computeIfAbsent(node.getCover(), c -> new ArrayList<>()).add(node);
        }
        Map<Node, Node> parents = new IdentityHashMap<>();
        for (Above above : derived.of(Above.class)) {
            // The parent is the longest node above: the trie edge a reader expects to see.
            parents.merge(above.getBelow(), above.getAbove(),
                    (a, b) -> a.getPrefix().length() >= b.getPrefix().length() ? a : b);
        }
        Map<Node, List<Unsafe>> unsafe = new IdentityHashMap<>();
        for (Unsafe fact : derived.of(Unsafe.class)) {
            unsafe.computeIfAbsent(fact.getNode(), n -> new ArrayList<>()).add(fact);
        }
        Set<Node> selected = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Selected fact : derived.of(Selected.class)) {
            selected.add(fact.getNode());
        }
        Map<Cover, List<Target>> targets = new IdentityHashMap<>();
        for (Target target : derived.of(Target.class)) {
            targets.computeIfAbsent(target.getCover(), c -> new ArrayList<>()).add(target);
        }
        List<CoverEvidence> covers = new ArrayList<>();
        for (Cover cover : derived.of(Cover.class)) {
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
        for (Touch touch : derived.of(Touch.class)) {
            touches.computeIfAbsent(touch.getEntry(), e -> new ArrayList<>()).add(touch);
        }
        return new Evidence(covers, touches);
    }
}

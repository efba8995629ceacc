package org.iamrefiner.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iamrefiner.engine.facts.Cover;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Node;
import org.iamrefiner.engine.facts.Target;
import org.iamrefiner.engine.facts.Unsafe;

/**
 * The rules' derivation behind one cover, as the rules left it in the session.
 *
 * @param cover     the cover
 * @param nodes     its trie nodes, shortest first
 * @param parents   each node's parent: the longest node above it (the root has none)
 * @param unsafe    why each unsafe node is unsafe (safe nodes have no entry)
 * @param selected  the shortest safe nodes
 * @param targets   the names the cover must match
 * @param emissions the patterns written
 */
public record CoverEvidence(Cover cover, List<Node> nodes, Map<Node, Node> parents, Map<Node, List<Unsafe>> unsafe,
                            Set<Node> selected, List<Target> targets, List<Emission> emissions) {
}

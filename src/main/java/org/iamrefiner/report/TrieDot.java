package org.iamrefiner.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.CoverEvidence;
import org.iamrefiner.engine.facts.Cover;
import org.iamrefiner.engine.facts.CoverMode;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Node;
import org.iamrefiner.engine.facts.Unsafe;

/**
 * The word trie of each cover as a Graphviz {@code digraph}, drawn the way the figure of Access
 * Analyzer's announcement draws it: one box per trie node the rules derived, labelled with its
 * prefix as the catalog spells it, edges parent to child, safe nodes green, unsafe nodes orange,
 * the nodes written to the policy bold (with the pattern written and how many catalog actions it
 * matches on a second line).
 *
 * <p>The names that make nodes unsafe hang off the trie as leaves, reached by dashed edges: for an
 * Action entry's cover the unused names (red), for a NotAction cover the used actions the statement
 * must still allow (blue); in a NotAction cover the unused names are targets, and their nodes get a
 * red border. Each such name is drawn once, below the longest node it makes unsafe (it makes every
 * node above that one unsafe too; the tooltip of every unsafe node lists all its Unsafe facts with
 * their rules). An Unsafe fact whose witness is the original entry itself (its wildcard reaches
 * beyond it) or no name at all gets no leaf, only the tooltip.
 *
 * <p>{@link Extent#UP_TO_SELECTED} leaves out what lies below the selected nodes, for tries too
 * large to draw whole. The output is deterministic: nodes in prefix order, leaves in name order.
 */
public final class TrieDot {

    static final String SAFE = "#b6d7a8";
    static final String UNSAFE = "#f6b26b";
    static final String UNUSED = "#e06666";
    static final String USED = "#9fc5e8";
    static final String SELECTED_PENWIDTH = "3";

    private TrieDot() {
    }

    /** How much of each trie to draw. */
    public enum Extent {
        /** Every node the rules derived. */
        WHOLE_TRIE,
        /**
         * The unsafe nodes and the safe nodes right below them (the selected ones); what lies below
         * a safe node is safe too and is left out, counted on its label ("+12 below"). Covers above
         * all services (a "*" entry, NotAction) can have tens of thousands of nodes.
         */
        UP_TO_SELECTED
    }

    /**
     * Every cover of a refinement made with its evidence, whole tries, one digraph after the other
     * (a blank line between them). {@code dot -Tsvg} writes one SVG document per digraph; use
     * {@link #graphs} to write them one per file.
     */
    public static String render(Refinement refinement, Catalog catalog) {
        return render(refinement, catalog, Extent.WHOLE_TRIE);
    }

    /** Every cover of a refinement made with its evidence, one digraph after the other. */
    public static String render(Refinement refinement, Catalog catalog, Extent extent) {
        return String.join("\n", graphs(refinement, catalog, extent).values());
    }

    /** One digraph per cover, by cover id ("/Statement/1/Action/0", "/Statement/0/NotAction"), in policy order. */
    public static Map<String, String> graphs(Refinement refinement, Catalog catalog) {
        return graphs(refinement, catalog, Extent.WHOLE_TRIE);
    }

    /** One digraph per cover, by cover id, in policy order. */
    public static Map<String, String> graphs(Refinement refinement, Catalog catalog, Extent extent) {
        Map<String, String> graphs = new LinkedHashMap<>();
        for (CoverEvidence cover : refinement.evidence().evidence().covers()) {
            graphs.put(Explanation.coverId(cover.cover()), render(cover, catalog, extent));
        }
        return graphs;
    }

    /** The digraph of one cover's whole trie. */
    public static String render(CoverEvidence evidence, Catalog catalog) {
        return render(evidence, catalog, Extent.WHOLE_TRIE);
    }

    /** The digraph of one cover. */
    public static String render(CoverEvidence evidence, Catalog catalog, Extent extent) {
        Cover cover = evidence.cover();
        boolean keep = cover.getMode() == CoverMode.KEEP_USED;
        String subject = keep ? cover.getEntry().getText() : "NotAction exclusions";
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quote(Explanation.coverId(cover) + " " + subject)).append(" {\n");
        out.append("  graph [rankdir=LR, labelloc=t, fontname=\"Helvetica\", label=")
                .append(quote(Explanation.coverId(cover) + ": " + subject + " (catalog " + catalog.version() + ")\n"
                        + "green: safe, orange: unsafe, bold: written to the policy; dashed: "
                        + (keep ? "unused name (red)" : "used action (blue)") + " that makes the node unsafe"
                        + (keep ? "" : "; red border: unused name to exclude")))
                .append("];\n");
        out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
        out.append("  edge [arrowsize=0.6];\n");

        // Nodes come sorted by prefix, so a parent always comes before its children.
        Map<Node, String> ids = new IdentityHashMap<>();
        Map<Node, Integer> hidden = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Node node : evidence.nodes()) {
            Node parent = evidence.parents().get(node);
            boolean drawn = extent == Extent.WHOLE_TRIE || parent == null
                    || ids.containsKey(parent) && evidence.unsafe().containsKey(parent);
            if (drawn) {
                ids.put(node, "n" + nodes.size());
                nodes.add(node);
            } else {
                Node above = parent;
                while (above != null && !ids.containsKey(above)) {
                    above = evidence.parents().get(above);
                }
                if (above != null) {
                    hidden.merge(above, 1, Integer::sum);
                }
            }
        }
        Map<Node, List<Emission>> written = new IdentityHashMap<>();
        for (Emission emission : evidence.emissions()) {
            if (emission.getNode() != null) {
                written.computeIfAbsent(emission.getNode(), n -> new ArrayList<>()).add(emission);
            }
        }
        Explanation.Spellings spellings = new Explanation.Spellings(evidence, catalog);
        Set<String> targetKeys = new HashSet<>();
        evidence.targets().forEach(t -> targetKeys.add(t.getKey()));

        for (Node node : nodes) {
            List<Unsafe> unsafe = evidence.unsafe().getOrDefault(node, List.of());
            StringBuilder label = new StringBuilder(node.getPrefix().isEmpty() ? "(all services)" : spellings.of(node.getPrefix()));
            List<Emission> emissions = new ArrayList<>(written.getOrDefault(node, List.of()));
            emissions.sort((a, b) -> Catalog.NAME_ORDER.compare(a.getText(), b.getText()));
            for (Emission emission : emissions) {
                label.append("\n\u2192 ").append(emission.getText()).append(" (").append(emission.getMatches()).append(')');
            }
            if (hidden.containsKey(node)) {
                label.append("\n+").append(hidden.get(node)).append(" below");
            }
            List<String> attributes = new ArrayList<>();
            attributes.add("label=" + quote(label.toString()));
            attributes.add("fillcolor=" + quote(unsafe.isEmpty() ? SAFE : UNSAFE));
            if (evidence.selected().contains(node) || !emissions.isEmpty()) {
                attributes.add("penwidth=" + SELECTED_PENWIDTH);
                attributes.add("style=\"rounded,filled,bold\"");
            }
            if (!keep && targetKeys.contains(node.getPrefix())) {
                attributes.add("color=" + quote(UNUSED));
            }
            attributes.add("tooltip=" + quote(tooltip(node, unsafe, evidence.selected().contains(node))));
            out.append("  ").append(ids.get(node)).append(" [").append(String.join(", ", attributes)).append("];\n");
        }
        for (Node node : nodes) {
            Node parent = evidence.parents().get(node);
            if (parent != null && ids.containsKey(parent)) {
                out.append("  ").append(ids.get(parent)).append(" -> ").append(ids.get(node)).append(";\n");
            }
        }
        wholeServices(out, evidence, ids);
        leaves(out, evidence, ids, keep);
        out.append("}\n");
        return out.toString();
    }

    /**
     * Patterns written for a wholly unused service ("svc:*") stand for no trie node; they are drawn
     * beside the trie, hanging off its root by a dotted edge.
     */
    private static void wholeServices(StringBuilder out, CoverEvidence evidence, Map<Node, String> ids) {
        List<Emission> services = new ArrayList<>();
        for (Emission emission : evidence.emissions()) {
            if (emission.getNode() == null) {
                services.add(emission);
            }
        }
        services.sort((a, b) -> Catalog.NAME_ORDER.compare(a.getText(), b.getText()));
        String root = null;
        for (Node node : evidence.nodes()) {
            if (node.getPrefix().equals(evidence.cover().getRoot())) {
                root = ids.get(node);
            }
        }
        int i = 0;
        for (Emission emission : services) {
            String id = "s" + i++;
            out.append("  ").append(id).append(" [label=").append(quote(emission.getText() + "\nwholly unused service"))
                    .append(", style=\"rounded,bold\", penwidth=").append(SELECTED_PENWIDTH)
                    .append(", color=").append(quote(UNUSED))
                    .append(", tooltip=").append(quote("written as a whole [rule \"" + emission.getRule() + "\"]"))
                    .append("];\n");
            if (root != null) {
                out.append("  ").append(root).append(" -> ").append(id).append(" [style=dotted];\n");
            }
        }
    }

    /**
     * The names that make nodes unsafe, each below the longest node it makes unsafe (the nodes a
     * name makes unsafe by "starts with" lie on one path of the trie).
     */
    private static void leaves(StringBuilder out, CoverEvidence evidence, Map<Node, String> ids, boolean keep) {
        String entryText = keep ? evidence.cover().getEntry().getText() : null;
        Map<String, String> spelling = new HashMap<>();
        Map<String, List<Node>> byWitness = new TreeMap<>();
        for (Map.Entry<Node, List<Unsafe>> entry : evidence.unsafe().entrySet()) {
            for (Unsafe unsafe : entry.getValue()) {
                String witness = unsafe.getWitness();
                if (witness == null || witness.equals(entryText)) {
                    continue;
                }
                String key = Explanation.lower(witness);
                spelling.merge(key, witness, (a, b) -> Catalog.NAME_ORDER.compare(a, b) <= 0 ? a : b);
                List<Node> nodes = byWitness.computeIfAbsent(key, k -> new ArrayList<>());
                if (!nodes.contains(entry.getKey())) {
                    nodes.add(entry.getKey());
                }
            }
        }
        int i = 0;
        for (Map.Entry<String, List<Node>> witness : byWitness.entrySet()) {
            String id = "u" + i++;
            out.append("  ").append(id).append(" [label=").append(quote(spelling.get(witness.getKey())))
                    .append(", shape=box, style=\"filled\", fillcolor=").append(quote(keep ? UNUSED : USED))
                    .append(", fontsize=10, tooltip=").append(quote(keep ? "unused" : "used, still allowed"))
                    .append("];\n");
            List<Node> nodes = witness.getValue();
            List<String> edges = new ArrayList<>();
            for (Node node : nodes) {
                boolean longest = true;
                for (Node other : nodes) {
                    if (other != node && other.getPrefix().length() > node.getPrefix().length()
                            && other.getPrefix().startsWith(node.getPrefix())) {
                        longest = false;
                        break;
                    }
                }
                if (longest && ids.containsKey(node)) {
                    edges.add(ids.get(node));
                }
            }
            edges.sort((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
            for (String from : edges) {
                out.append("  ").append(from).append(" -> ").append(id).append(" [style=dashed, color=")
                        .append(quote(keep ? UNUSED : USED)).append("];\n");
            }
        }
    }

    private static String tooltip(Node node, List<Unsafe> unsafe, boolean selected) {
        StringBuilder text = new StringBuilder(node.getPrefix().isEmpty() ? "(all services)" : node.getPrefix());
        text.append(" [rule \"").append(node.getRule()).append("\"]");
        if (unsafe.isEmpty()) {
            text.append("\nsafe: no Unsafe fact").append(selected ? "; selected (shortest safe prefix)" : "");
        }
        List<String> lines = new ArrayList<>();
        for (Unsafe fact : unsafe) {
            lines.add("unsafe: " + fact.getReason() + " [rule \"" + fact.getRule() + "\"]");
        }
        lines.sort(Catalog.NAME_ORDER);
        lines.forEach(line -> text.append('\n').append(line));
        return text.toString();
    }

    /**
     * A DOT double-quoted string: backslashes and quotes escaped, line breaks written as {@code \n}
     * (a centred line in a label).
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

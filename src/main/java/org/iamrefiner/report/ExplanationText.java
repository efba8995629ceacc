package org.iamrefiner.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.report.Explanation.CoverExplanation;
import org.iamrefiner.report.Explanation.EntryExplanation;
import org.iamrefiner.report.Explanation.Fact;
import org.iamrefiner.report.Explanation.NoteExplanation;
import org.iamrefiner.report.Explanation.PatternExplanation;
import org.iamrefiner.report.Explanation.StatementExplanation;
import org.iamrefiner.report.Explanation.TargetCount;

/**
 * The explanation as text for a policy analyst: one block per statement, one line per original
 * entry with what happened, why, and the rule that decided; for a replaced entry (or the
 * exclusions added to a NotAction) each written pattern with the evidence behind it, one line per
 * fact, each fact followed by the name of the rule that derived it in brackets.
 *
 * <p>An unsafe node's facts are listed in full the first time a cover names the node; later
 * patterns under the same parent refer back to them. The unused names an entry reaches are
 * summed up on one line per rule (the JSON form lists them all).
 */
public final class ExplanationText {

    /** How many unused names a touch line spells out before it says how many more there are. */
    static final int TOUCHES_SHOWN = 6;

    private ExplanationText() {
    }

    /** The explanation of a refinement made with its evidence ({@code Refiner#refine(p, f, true)}). */
    public static String render(Refinement refinement, Catalog catalog) {
        return render(Explanation.of(refinement, catalog));
    }

    /** The explanation as text, lines ending in "\n". */
    public static String render(Explanation explanation) {
        StringBuilder out = new StringBuilder();
        out.append("Explanation of ").append(explanation.policy()).append('\n');
        out.append("catalog: ").append(explanation.catalogVersion())
                .append(" (").append(explanation.catalogSource()).append(")\n");
        out.append("recommended action: ").append(explanation.recommendedAction()).append('\n');
        for (StatementExplanation statement : explanation.statements()) {
            out.append('\n');
            statement(out, statement);
        }
        if (!explanation.notes().isEmpty()) {
            out.append("\nnotes:\n");
            for (NoteExplanation note : explanation.notes()) {
                line(out, 1, (note.statement() == null ? "" : note.statement() + ": ") + note.text()
                        + (note.rule() == null ? "  [found by the emitter, not a rule]" : rule(note.rule())));
            }
        }
        return out.toString();
    }

    private static void statement(StringBuilder out, StatementExplanation statement) {
        line(out, 0, statement.pointer() + (statement.sid() == null ? "" : " (Sid \"" + statement.sid() + "\")")
                + " - " + statement.effect() + " " + statement.field());
        if (statement.change() != null) {
            line(out, 1, "statement " + changeWords(statement.change().kind()) + ": " + statement.change().reason()
                    + rule(statement.change().rule()));
        }
        for (EntryExplanation entry : statement.entries()) {
            entry(out, entry, statement);
        }
        if (statement.exclusions() != null) {
            CoverExplanation cover = statement.exclusions();
            line(out, 1, (statement.change() != null && "REWRITE_AS_NOTACTION".equals(statement.change().kind())
                    ? "NotAction written as: " : "exclusions written after the existing NotAction entries: ")
                    + texts(cover.patterns()));
            cover(out, 2, cover);
        }
    }

    private static String changeWords(String kind) {
        return switch (kind) {
            case "ADD_EXCLUSIONS" -> "gets exclusions added to NotAction";
            case "REWRITE_AS_NOTACTION" -> "is rewritten as NotAction";
            case "DROP" -> "is dropped";
            default -> kind;
        };
    }

    private static void entry(StringBuilder out, EntryExplanation entry, StatementExplanation statement) {
        String head = "[" + entry.position() + "] " + entry.text() + ": ";
        if (entry.outcome() == null) {
            line(out, 1, head + (statement.change() == null ? "no rule decided on it"
                    : "decided with its statement (" + statement.change().kind() + ")"));
        } else {
            String what = switch (entry.outcome()) {
                case "KEEP" -> "kept verbatim";
                case "DROP" -> "dropped";
                case "REFINE" -> "replaced";
                default -> entry.outcome();
            };
            line(out, 1, head + what + " - " + entry.reason() + rule(entry.rule()));
        }
        if (entry.cover() != null) {
            line(out, 2, "written as: " + texts(entry.cover().patterns()));
        }
        touches(out, 2, entry.touches());
        if (entry.cover() != null) {
            cover(out, 2, entry.cover());
        }
    }

    private static void touches(StringBuilder out, int depth, List<Fact> touches) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (Fact touch : touches) {
            byRule.computeIfAbsent(touch.rule(), r -> new ArrayList<>()).add(touch.text());
        }
        for (Map.Entry<String, List<String>> group : byRule.entrySet()) {
            List<String> names = group.getValue();
            StringBuilder text = new StringBuilder(names.size() == 1 ? "reaches the unused name "
                    : "reaches " + names.size() + " unused names: ");
            text.append(String.join(", ", names.subList(0, Math.min(TOUCHES_SHOWN, names.size()))));
            if (names.size() > TOUCHES_SHOWN) {
                text.append(", ... (").append(names.size() - TOUCHES_SHOWN).append(" more)");
            }
            line(out, depth, text + rule(group.getKey()));
        }
    }

    private static void cover(StringBuilder out, int depth, CoverExplanation cover) {
        boolean keep = "KEEP_USED".equals(cover.mode());
        line(out, depth, "cover on the word trie below " + (cover.root().isEmpty() ? "all services" : cover.root())
                + " (" + cover.nodes() + " nodes)" + rule(cover.rule()));
        for (TargetCount targets : cover.targets()) {
            String what = keep ? (targets.count() == 1 ? "kept action" : "kept actions")
                    : (targets.count() == 1 ? "allowed unused name" : "allowed unused names")
                    + (targets.known() ? "" : " unknown to the catalog");
            line(out, depth + 1, "must match " + targets.count() + " " + what + rule(targets.rule()));
        }
        Set<String> listed = new HashSet<>();
        for (PatternExplanation pattern : cover.patterns()) {
            pattern(out, depth + 1, pattern, keep, listed);
        }
    }

    private static void pattern(StringBuilder out, int depth, PatternExplanation pattern, boolean keep, Set<String> listed) {
        if (pattern.node() == null) {
            line(out, depth, pattern.text() + " - every action of a wholly unused service, also future ones"
                    + rule(pattern.rule()));
            return;
        }
        String verb = keep ? "matches" : "excludes";
        line(out, depth, pattern.text() + " - node " + pattern.node() + ", " + verb + " " + pattern.matches()
                + (pattern.matches() == 1 ? " catalog action" : " catalog actions") + rule(pattern.rule()));
        if (pattern.safe()) {
            line(out, depth + 1, "node " + pattern.node() + " is safe (no Unsafe fact)"
                    + (pattern.selected() ? " and selected" : "") + ":");
            for (String because : pattern.safeBecause()) {
                line(out, depth + 2, because);
            }
        } else {
            unsafe(out, depth + 1, "node " + pattern.node(), " is unsafe, so the name itself is written",
                    pattern.node(), pattern.nodeUnsafe(), listed);
        }
        if (pattern.parent() != null) {
            unsafe(out, depth + 1, "parent " + (pattern.parent().isEmpty() ? "(all services)" : pattern.parent()),
                    " is unsafe", pattern.parent(), pattern.parentUnsafe(), listed);
        }
    }

    /** A node's Unsafe facts, one line each; listed once per cover, referred back to afterwards. */
    private static void unsafe(StringBuilder out, int depth, String subject, String predicate, String node,
                               List<Fact> facts, Set<String> listed) {
        if (facts.isEmpty()) {
            line(out, depth, subject + " has no Unsafe fact");
        } else if (!listed.add(node)) {
            line(out, depth, subject + predicate + " (" + facts.size() + (facts.size() == 1 ? " fact" : " facts")
                    + ", listed above)");
        } else {
            line(out, depth, subject + predicate + ":");
            for (Fact fact : facts) {
                line(out, depth + 1, fact.text() + rule(fact.rule()));
            }
        }
    }

    private static String texts(List<PatternExplanation> patterns) {
        // Equal patterns (ignoring case) are written once, as the emitter writes them.
        Set<String> seen = new HashSet<>();
        List<String> texts = new ArrayList<>();
        for (PatternExplanation pattern : patterns) {
            if (seen.add(pattern.text().toLowerCase(java.util.Locale.ROOT))) {
                texts.add(pattern.text());
            }
        }
        return String.join(", ", texts);
    }

    private static String rule(String name) {
        return "  [rule \"" + name + "\"]";
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}

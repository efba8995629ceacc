package org.iamrefiner.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.iamrefiner.catalog.ActionNames;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.CoverEvidence;
import org.iamrefiner.engine.EngineResult;
import org.iamrefiner.engine.facts.ChangeKind;
import org.iamrefiner.engine.facts.Cover;
import org.iamrefiner.engine.facts.CoverMode;
import org.iamrefiner.engine.facts.Decision;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Node;
import org.iamrefiner.engine.facts.Note;
import org.iamrefiner.engine.facts.Outcome;
import org.iamrefiner.engine.facts.PolicyEntry;
import org.iamrefiner.engine.facts.StatementChange;
import org.iamrefiner.engine.facts.Target;
import org.iamrefiner.engine.facts.Touch;
import org.iamrefiner.engine.facts.Unsafe;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Why each entry of a policy was kept, dropped or replaced, read from the facts the rules derived
 * (every fact carries the name of the rule that derived it); nothing here decides anything again.
 * {@link ExplanationText} and {@link ExplanationJson} render it; {@link TrieDot} draws the tries.
 *
 * <p>The refinement must have been made with its evidence ({@code Refiner#refine(policy, finding,
 * true)}); without it the covers and the unused names each entry reaches are unknown.
 *
 * @param policy            the policy's source (its file name or path)
 * @param recommendedAction the recommended step ({@code CREATE_POLICY}, {@code DETACH_POLICY}, {@code NONE})
 * @param catalogVersion    the version of the catalog the refinement used
 * @param catalogSource     where that catalog was read from
 * @param statements        every statement, in policy order
 * @param notes             the notes of the refinement, in the order the refinement lists them
 */
public record Explanation(String policy, String recommendedAction, String catalogVersion, String catalogSource,
                          List<StatementExplanation> statements, List<NoteExplanation> notes) {

    /**
     * One statement.
     *
     * @param pointer    JSON pointer ("/Statement/1")
     * @param sid        its Sid, or null
     * @param effect     "Allow" or "Deny"
     * @param field      "Action" or "NotAction"
     * @param change     the change to the statement as a whole, or null when it is refined entry by entry
     * @param entries    every original entry, in list order
     * @param exclusions the cover written to NotAction (ADD_EXCLUSIONS, REWRITE_AS_NOTACTION), or null
     */
    public record StatementExplanation(String pointer, String sid, String effect, String field, Change change,
                                       List<EntryExplanation> entries, CoverExplanation exclusions) {
    }

    /** A change to a whole statement ({@code ADD_EXCLUSIONS}, {@code REWRITE_AS_NOTACTION}, {@code DROP}). */
    public record Change(String kind, String reason, String rule) {
    }

    /**
     * One original entry.
     *
     * @param position its index in the statement's list
     * @param text     the entry as written
     * @param outcome  KEEP, DROP or REFINE; null when the statement was decided as a whole
     * @param reason   the decision's reason in plain words, or null with the outcome
     * @param rule     the rule that decided, or null with the outcome
     * @param touches  the unused names the entry reaches
     * @param cover    for REFINE, the cover that replaces it; else null
     */
    public record EntryExplanation(int position, String text, String outcome, String reason, String rule,
                                   List<Fact> touches, CoverExplanation cover) {
    }

    /**
     * A derived fact reduced to what a reader needs.
     *
     * @param text    the fact in plain words, or the name it is about (an unused name for a touch)
     * @param witness the action name or pattern that shows it, or null
     * @param rule    the rule that derived it
     */
    public record Fact(String text, String witness, String rule) {
    }

    /**
     * The derivation of one cover.
     *
     * @param id        "/Statement/1/Action/0" for an entry's cover, "/Statement/0/NotAction" for a statement's
     * @param mode      {@code KEEP_USED} or {@code EXCLUDE_UNUSED}
     * @param root      the lower-case root prefix ("" above all services)
     * @param rule      the rule that asked for the cover
     * @param nodes     how many trie nodes the rules derived
     * @param targets   how many names the cover must match, per rule that made them targets
     * @param patterns  every emitted pattern, sorted as the policy lists them
     */
    public record CoverExplanation(String id, String mode, String root, String rule, int nodes,
                                   List<TargetCount> targets, List<PatternExplanation> patterns) {
    }

    /** How many targets one rule made. */
    public record TargetCount(long count, boolean known, String rule) {
    }

    /**
     * One emitted pattern and the evidence behind it.
     *
     * @param text         the pattern as written
     * @param node         its trie node (lower-case prefix), or null for a wholly unused service ("svc:*"),
     *                     which stands for no node: then selected and safe are false and the lists empty
     * @param matches      how many catalog actions it matches
     * @param rule         the rule that wrote it
     * @param selected     true when its node is a selected (shortest safe) node
     * @param safe         true when its node has no Unsafe fact
     * @param safeBecause  for a safe node, the safety conditions that hold, in plain words
     * @param nodeUnsafe   for an unsafe node (a name written by itself), its Unsafe facts
     * @param parent       the parent node (lower-case prefix), or null
     * @param parentUnsafe the parent's Unsafe facts
     */
    public record PatternExplanation(String text, String node, long matches, String rule, boolean selected,
                                     boolean safe, List<String> safeBecause, List<Fact> nodeUnsafe,
                                     String parent, List<Fact> parentUnsafe) {
    }

    /**
     * A note for the user: statement is null for a note about the whole policy; rule is null for a
     * note the emitter found (a redundant entry), not a rule.
     */
    public record NoteExplanation(String statement, String text, String rule) {
    }

    /** Facts in a stable order: by witness (case-insensitive), then text, then rule. */
    static final Comparator<Fact> FACT_ORDER = Comparator
            .comparing((Fact f) -> f.witness() == null ? "" : f.witness(), Catalog.NAME_ORDER)
            .thenComparing(Fact::text).thenComparing(Fact::rule);

    /**
     * Reads the explanation out of a refinement made with its evidence.
     *
     * @throws IllegalArgumentException when the refinement carries no evidence but needed some
     */
    public static Explanation of(Refinement refinement, Catalog catalog) {
        Objects.requireNonNull(refinement, "refinement");
        Objects.requireNonNull(catalog, "catalog");
        EngineResult result = refinement.evidence();
        Map<PolicyEntry, CoverEvidence> entryCovers = new IdentityHashMap<>();
        Map<String, CoverEvidence> statementCovers = new HashMap<>();
        for (CoverEvidence evidence : result.evidence().covers()) {
            Cover cover = evidence.cover();
            if (cover.getEntry() != null) {
                entryCovers.put(cover.getEntry(), evidence);
            } else {
                statementCovers.put(cover.getStatement(), evidence);
            }
        }
        List<PolicyStatement> policyStatements = refinement.original().statements();
        List<StatementExplanation> statements = new ArrayList<>();
        for (int s = 0; s < result.entries().size(); s++) {
            PolicyStatement statement = policyStatements.get(s);
            StatementChange change = result.statementChanges().get(statement.pointer());
            List<EntryExplanation> entries = new ArrayList<>();
            for (PolicyEntry entry : result.entries().get(s)) {
                entries.add(entry(entry, result, entryCovers.get(entry), catalog));
            }
            CoverExplanation exclusions = null;
            CoverEvidence exclusionCover = statementCovers.get(statement.pointer());
            if (exclusionCover != null) {
                exclusions = cover(exclusionCover, catalog);
            } else if (change != null && change.getKind() != ChangeKind.DROP) {
                throw noEvidence(statement.pointer());
            }
            JsonNode sid = statement.json().get("Sid");
            statements.add(new StatementExplanation(statement.pointer(), sid == null ? null : sid.asText(),
                    statement.effect().json(), statement.field().json(),
                    change == null ? null : new Change(change.getKind().name(), change.getReason(), change.getRule()),
                    entries, exclusions));
        }
        return new Explanation(refinement.original().source(), refinement.action().name(), catalog.version(),
                catalog.source(), statements, notes(refinement, result));
    }

    private static IllegalArgumentException noEvidence(String what) {
        return new IllegalArgumentException("the refinement carries no evidence for " + what
                + "; refine with the evidence kept (Refiner#refine(policy, finding, true))");
    }

    private static EntryExplanation entry(PolicyEntry entry, EngineResult result, CoverEvidence cover, Catalog catalog) {
        Decision decision = result.decisions().get(entry);
        List<Fact> touches = new ArrayList<>();
        for (Touch touch : result.evidence().touches().getOrDefault(entry, List.of())) {
            touches.add(new Fact(touch.getUnused(), touch.getUnused(), touch.getRule()));
        }
        touches.sort(FACT_ORDER);
        if (decision == null) {
            return new EntryExplanation(entry.getPosition(), entry.getText(), null, null, null, touches, null);
        }
        // Every core rule that drops or refines an entry needs a Touch of it: none read back means the
        // refinement was made without its evidence.
        if (decision.getOutcome() != Outcome.KEEP && touches.isEmpty()
                || decision.getOutcome() == Outcome.REFINE && cover == null) {
            throw noEvidence(entry.toString());
        }
        return new EntryExplanation(entry.getPosition(), entry.getText(), decision.getOutcome().name(),
                decision.getReason(), decision.getRule(), touches, cover == null ? null : cover(cover, catalog));
    }

    private static CoverExplanation cover(CoverEvidence evidence, Catalog catalog) {
        Cover cover = evidence.cover();
        Map<String, TargetCount> targets = new TreeMap<>();
        for (Target target : evidence.targets()) {
            targets.merge(target.getRule() + "\u0000" + target.isKnown(), new TargetCount(1, target.isKnown(), target.getRule()),
                    (a, b) -> new TargetCount(a.count() + b.count(), a.known(), a.rule()));
        }
        List<Emission> emissions = new ArrayList<>(evidence.emissions());
        emissions.sort(Comparator.comparing(Emission::getText, Catalog.NAME_ORDER)
                .thenComparing(e -> e.getNode() == null ? "" : e.getNode().getPrefix()));
        Spellings spellings = new Spellings(evidence, catalog);
        List<PatternExplanation> patterns = new ArrayList<>();
        for (Emission emission : emissions) {
            patterns.add(pattern(evidence, emission, spellings));
        }
        return new CoverExplanation(coverId(cover), cover.getMode().name(), cover.getRoot(), cover.getRule(),
                evidence.nodes().size(), List.copyOf(targets.values()), patterns);
    }

    private static PatternExplanation pattern(CoverEvidence evidence, Emission emission, Spellings spellings) {
        Node node = emission.getNode();
        if (node == null) {
            return new PatternExplanation(emission.getText(), null, emission.getMatches(), emission.getRule(),
                    false, false, List.of(), List.of(), null, List.of());
        }
        List<Fact> own = unsafeFacts(evidence, node);
        Node parent = evidence.parents().get(node);
        List<String> safeBecause = own.isEmpty() ? safeBecause(evidence, node, emission, spellings) : List.of();
        return new PatternExplanation(emission.getText(), node.getPrefix(), emission.getMatches(), emission.getRule(),
                evidence.selected().contains(node), own.isEmpty(), safeBecause, own,
                parent == null ? null : parent.getPrefix(), parent == null ? List.of() : unsafeFacts(evidence, parent));
    }

    /** The Unsafe facts of a node, in a stable order. */
    static List<Fact> unsafeFacts(CoverEvidence evidence, Node node) {
        List<Fact> facts = new ArrayList<>();
        for (Unsafe unsafe : evidence.unsafe().getOrDefault(node, List.of())) {
            facts.add(new Fact(unsafe.getReason(), unsafe.getWitness(), unsafe.getRule()));
        }
        facts.sort(FACT_ORDER);
        return facts;
    }

    /**
     * The safety conditions of SPEC.md that hold for a node the rules derived no Unsafe fact for,
     * in plain words. They restate what the absence of Unsafe facts means for the cover's mode.
     */
    private static List<String> safeBecause(CoverEvidence evidence, Node node, Emission emission, Spellings spellings) {
        String prefix = node.getPrefix();
        long matches = emission.getMatches();
        List<String> words = new ArrayList<>();
        if (evidence.cover().getMode() == CoverMode.KEEP_USED) {
            words.add("no unused action starts with " + prefix);
            if (matches > 0) {
                words.add(matches == 1 ? "the one catalog action that starts with it is kept"
                        : (matches == 2 ? "both" : "all " + matches) + " catalog actions that start with it are kept");
            }
            words.add(spellings.of(prefix) + "* matches nothing that "
                    + evidence.cover().getEntry().getText() + " does not");
        } else {
            words.add("no action the statement must still allow starts with " + prefix);
            if (matches > 0) {
                words.add("so excluding " + (matches == 1 ? "the one catalog action" : "the " + matches + " catalog actions")
                        + " that start" + (matches == 1 ? "s" : "") + " with it takes away no used access");
            }
        }
        return words;
    }

    /** "/Statement/1/Action/0" for an entry's cover, "/Statement/0/NotAction" for a statement's. */
    public static String coverId(Cover cover) {
        PolicyEntry entry = cover.getEntry();
        return entry == null ? cover.getStatement() + "/NotAction"
                : entry.getStatement() + "/" + entry.getField() + "/" + entry.getPosition();
    }

    /**
     * A node's prefix as the catalog spells it: read from the first target of the cover that starts
     * with it, else from the first catalog action that does, else the lower-case prefix itself.
     */
    public static String spelling(CoverEvidence evidence, String prefix, Catalog catalog) {
        return new Spellings(evidence, catalog).of(prefix);
    }

    /** Spells the prefixes of one cover; built once per cover, each look-up a binary search. */
    static final class Spellings {

        private final List<String> keys = new ArrayList<>();
        private final List<String> spellings = new ArrayList<>();
        private final Catalog catalog;

        Spellings(CoverEvidence evidence, Catalog catalog) {
            this.catalog = catalog;
            List<Target> targets = new ArrayList<>(evidence.targets());
            // Key order is the catalog's case-insensitive order, so the first match is the one wanted.
            targets.sort(Comparator.comparing(Target::getKey).thenComparing(Target::getSpelling));
            for (Target target : targets) {
                keys.add(target.getKey());
                spellings.add(target.getSpelling());
            }
        }

        String of(String prefix) {
            int at = Collections.binarySearch(keys, prefix);
            int first = at >= 0 ? at : -at - 1;
            String best = null;
            if (first < keys.size() && keys.get(first).startsWith(prefix)) {
                best = spellings.get(first);
            } else {
                String service = ActionNames.serviceOf(prefix);
                if (service != null) {
                    for (CatalogAction action : catalog.actionsOf(service)) {
                        if (action.key().startsWith(prefix)) {
                            best = action.fullName();
                            break;
                        }
                    }
                }
            }
            return best == null || best.length() < prefix.length() ? prefix : best.substring(0, prefix.length());
        }
    }

    private static List<NoteExplanation> notes(Refinement refinement, EngineResult result) {
        Map<String, Note> byLine = new HashMap<>();
        for (Note note : result.notes()) {
            // As the emitter writes them: a note about the whole policy has no statement pointer.
            byLine.putIfAbsent(note.getStatement() == null ? note.getText() : note.getStatement() + ": " + note.getText(), note);
        }
        List<NoteExplanation> notes = new ArrayList<>();
        for (String line : refinement.notes()) {
            Note note = byLine.get(line);
            if (note != null) {
                notes.add(new NoteExplanation(note.getStatement(), note.getText(), note.getRule()));
            } else {
                int colon = line.indexOf(": ");
                boolean pointed = line.startsWith("/") && colon > 0;
                notes.add(new NoteExplanation(pointed ? line.substring(0, colon) : null,
                        pointed ? line.substring(colon + 2) : line, null));
            }
        }
        return notes;
    }

    /** Lower case, as nodes are identified. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

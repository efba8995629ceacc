package org.iamrefiner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
 * The explanation as JSON: the same content as {@link ExplanationText}, every fact in full. Every
 * field below is always present (null where it does not apply), in this order.
 *
 * <pre>
 * {
 *   "catalogVersion": "...", "catalogSource": "...",
 *   "policy": "policy.json",                  // the policy's source
 *   "recommendedAction": "CREATE_POLICY",     // or DETACH_POLICY, NONE
 *   "statements": [ {
 *     "statement": "/Statement/1",            // JSON pointer
 *     "sid": "..." | null,
 *     "effect": "Allow" | "Deny",
 *     "field": "Action" | "NotAction",
 *     "change": null | {                      // the statement changed as a whole
 *       "kind": "ADD_EXCLUSIONS" | "REWRITE_AS_NOTACTION" | "DROP", "reason": "...", "rule": "..." },
 *     "entries": [ {                          // every original entry, in list order
 *       "position": 0, "text": "s3:Get*",
 *       "outcome": "KEEP" | "DROP" | "REFINE" | null,   // null: decided with the statement's change
 *       "reason": "..." | null, "rule": "..." | null,
 *       "touches": [ { "unused": "s3:GetBucketAcl", "rule": "..." } ],  // unused names it reaches
 *       "cover": null | COVER } ],            // REFINE: the cover that replaces it
 *     "exclusions": null | COVER } ],         // the cover written to NotAction
 *   "notes": [ { "statement": "/Statement/0" | null, "text": "...",
 *                "rule": "..." | null } ]     // null: found by the emitter, not a rule
 * }
 *
 * COVER = {
 *   "id": "/Statement/1/Action/0" | "/Statement/0/NotAction",
 *   "mode": "KEEP_USED" | "EXCLUDE_UNUSED",
 *   "root": "s3:get",                         // lower case; "" above all services
 *   "rule": "...",                            // the rule that asked for the cover
 *   "nodes": 60,                              // trie nodes the rules derived
 *   "targets": [ { "count": 36, "known": true, "rule": "..." } ],  // names it must match, per rule
 *   "patterns": [ {                           // as the policy lists them
 *     "text": "s3:GetAccess*",
 *     "node": "s3:getaccess" | null,          // null for a wholly unused service ("svc:*"): no
 *                                             // trie node, selected and safe false, lists empty
 *     "matches": 12,                          // catalog actions it matches
 *     "rule": "...",                          // the rule that wrote it
 *     "selected": true,                       // its node is a shortest safe node
 *     "safe": true,                           // its node has no Unsafe fact
 *     "safeBecause": [ "no unused action starts with s3:getaccess", ... ],
 *     "nodeUnsafe": [ UNSAFE ],               // why its own node is unsafe (a name written by itself)
 *     "parent": "s3:get" | null,
 *     "parentUnsafe": [ UNSAFE ] } ] }        // why its parent is unsafe
 *
 * UNSAFE = { "reason": "the unused action s3:GetBucketAcl starts with it",
 *            "witness": "s3:GetBucketAcl" | null, "rule": "..." }
 * </pre>
 */
public final class ExplanationJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExplanationJson() {
    }

    /** The explanation of a refinement made with its evidence ({@code Refiner#refine(p, f, true)}). */
    public static ObjectNode render(Refinement refinement, Catalog catalog) {
        return render(Explanation.of(refinement, catalog));
    }

    public static ObjectNode render(Explanation explanation) {
        ObjectNode root = NODES.objectNode();
        root.put("catalogVersion", explanation.catalogVersion());
        root.put("catalogSource", explanation.catalogSource());
        root.put("policy", explanation.policy());
        root.put("recommendedAction", explanation.recommendedAction());
        ArrayNode statements = root.putArray("statements");
        for (StatementExplanation statement : explanation.statements()) {
            statements.add(statement(statement));
        }
        ArrayNode notes = root.putArray("notes");
        for (NoteExplanation note : explanation.notes()) {
            notes.addObject().put("statement", note.statement()).put("text", note.text()).put("rule", note.rule());
        }
        return root;
    }

    private static ObjectNode statement(StatementExplanation statement) {
        ObjectNode json = NODES.objectNode();
        json.put("statement", statement.pointer());
        json.put("sid", statement.sid());
        json.put("effect", statement.effect());
        json.put("field", statement.field());
        if (statement.change() == null) {
            json.putNull("change");
        } else {
            json.putObject("change").put("kind", statement.change().kind())
                    .put("reason", statement.change().reason()).put("rule", statement.change().rule());
        }
        ArrayNode entries = json.putArray("entries");
        for (EntryExplanation entry : statement.entries()) {
            ObjectNode item = entries.addObject();
            item.put("position", entry.position());
            item.put("text", entry.text());
            item.put("outcome", entry.outcome());
            item.put("reason", entry.reason());
            item.put("rule", entry.rule());
            ArrayNode touches = item.putArray("touches");
            for (Fact touch : entry.touches()) {
                touches.addObject().put("unused", touch.text()).put("rule", touch.rule());
            }
            item.set("cover", cover(entry.cover()));
        }
        json.set("exclusions", cover(statement.exclusions()));
        return json;
    }

    private static JsonNode cover(CoverExplanation cover) {
        if (cover == null) {
            return NODES.nullNode();
        }
        ObjectNode json = NODES.objectNode();
        json.put("id", cover.id());
        json.put("mode", cover.mode());
        json.put("root", cover.root());
        json.put("rule", cover.rule());
        json.put("nodes", cover.nodes());
        ArrayNode targets = json.putArray("targets");
        for (TargetCount target : cover.targets()) {
            targets.addObject().put("count", target.count()).put("known", target.known()).put("rule", target.rule());
        }
        ArrayNode patterns = json.putArray("patterns");
        for (PatternExplanation pattern : cover.patterns()) {
            ObjectNode item = patterns.addObject();
            item.put("text", pattern.text());
            item.put("node", pattern.node());
            item.put("matches", pattern.matches());
            item.put("rule", pattern.rule());
            item.put("selected", pattern.selected());
            item.put("safe", pattern.safe());
            ArrayNode because = item.putArray("safeBecause");
            pattern.safeBecause().forEach(because::add);
            item.set("nodeUnsafe", facts(pattern.nodeUnsafe()));
            item.put("parent", pattern.parent());
            item.set("parentUnsafe", facts(pattern.parentUnsafe()));
        }
        return json;
    }

    private static ArrayNode facts(List<Fact> facts) {
        ArrayNode array = NODES.arrayNode();
        for (Fact fact : facts) {
            array.addObject().put("reason", fact.text()).put("witness", fact.witness()).put("rule", fact.rule());
        }
        return array;
    }
}

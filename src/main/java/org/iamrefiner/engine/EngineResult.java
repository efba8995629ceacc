package org.iamrefiner.engine;

import java.util.List;
import java.util.Map;
import org.iamrefiner.engine.facts.Decision;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Note;
import org.iamrefiner.engine.facts.PolicyEntry;
import org.iamrefiner.engine.facts.StatementChange;
import org.iamrefiner.finding.Finding;

/**
 * What the rules concluded for one policy.
 *
 * @param entries          per statement (in policy order), the entry facts in list order
 * @param decisions        the outcome of each entry of a statement refined entry by entry
 * @param entryEmissions   the patterns emitted for each refined entry
 * @param statementChanges changes to whole statements, by statement pointer
 * @param exclusions       the NotAction patterns emitted for a statement, by statement pointer
 * @param notes            warnings for the user
 * @param unused           what the rules count as unused (the finding after organisation rules)
 * @param evidence         the derivation behind each cover, when asked for
 */
public record EngineResult(List<List<PolicyEntry>> entries, Map<PolicyEntry, Decision> decisions,
                           Map<PolicyEntry, List<Emission>> entryEmissions,
                           Map<String, StatementChange> statementChanges,
                           Map<String, List<Emission>> exclusions, List<Note> notes,
                           Finding unused, Evidence evidence) {
}

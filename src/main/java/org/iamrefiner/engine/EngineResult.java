package org.iamrefiner.engine;

import java.util.List;
import java.util.Map;
import org.iamrefiner.engine.facts.Decision;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.Note;
import org.iamrefiner.engine.facts.PolicyEntry;

/**
 * What the rules concluded for one policy.
 *
 * @param entries   per statement (in policy order), the entry facts in list order
 * @param decisions the outcome of each entry
 * @param emissions the emitted patterns of each refined entry
 * @param notes     warnings for the user
 */
public record EngineResult(List<List<PolicyEntry>> entries, Map<PolicyEntry, Decision> decisions,
                           Map<PolicyEntry, List<Emission>> emissions, List<Note> notes) {
}

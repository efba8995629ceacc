package org.iamrefiner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.engine.facts.KnownAction;
import org.iamrefiner.engine.facts.KnownService;
import org.iamrefiner.engine.facts.PolicyEntry;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.refine.Refiner;
import org.junit.jupiter.api.Test;

/** The engine inserts a fact class only when some pattern can match it; these are the answers it goes by. */
class RuleBaseFactsTest {

    @Test
    void theCoreRulesMatchTheirJoinedFactsButNotTheCatalogActionsTheyLookUp() {
        RuleBase core = RuleBase.core();
        assertThat(core.matchesFactsOf(PolicyEntry.class)).isTrue();
        assertThat(core.matchesFactsOf(KnownService.class)).isTrue();
        assertThat(core.matchesFactsOf(KnownAction.class)).isFalse();
    }

    @Test
    void anOrganisationRuleMatchingCatalogActionsOrAnySupertypeMakesThemInserted() throws Exception {
        assertThat(withOrganisationRule("""
                rule "write actions are noted"
                    ruleflow-group "trie"
                when
                    KnownAction(accessLevel == "Write")
                then
                end
                """).matchesFactsOf(KnownAction.class)).isTrue();
        assertThat(withOrganisationRule("""
                rule "every fact is counted"
                    ruleflow-group "trie"
                when
                    Object()
                then
                end
                """).matchesFactsOf(KnownAction.class)).isTrue();
    }

    @Test
    void catalogActionsAreInsertedForAnOrganisationRuleThatJoinsThem() throws Exception {
        RuleBase rules = withOrganisationRule("""
                rule "a reached catalog action is noted"
                    ruleflow-group "trie"
                when
                    KnownAction(key == "lambda:getfunction", $name : fullName)
                then
                    insert(new Note(null, "reached " + $name, drools.getRule().getName()));
                end
                """);
        Policy policy = PolicyReader.read(Path.of("examples/blog/policy.json"));
        Finding finding = FindingReader.read(Path.of("examples/blog/unused.json"));
        Catalog catalog = CatalogLoader.bundled();
        assertThat(new Refiner(rules, catalog).refine(policy, finding).notes()).contains("reached lambda:GetFunction");
        assertThat(new Refiner(RuleBase.core(), catalog).refine(policy, finding).notes())
                .noneMatch(note -> note.startsWith("reached"));
    }

    private static RuleBase withOrganisationRule(String rule) throws Exception {
        List<RuleSource> sources = new ArrayList<>(CoreRules.load());
        sources.add(new RuleSource("org.drl", "package org.example;\nimport org.iamrefiner.engine.facts.*;\n" + rule));
        return RuleBase.of(sources);
    }
}

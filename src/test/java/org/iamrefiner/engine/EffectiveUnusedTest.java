package org.iamrefiner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.finding.UnusedAction;
import org.iamrefiner.finding.UnusedService;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine hands the check as unused: the finding after the rules' exemptions. */
class EffectiveUnusedTest {

    private static final Path EXAMPLE = Path.of("examples/organisation");
    private static Catalog catalog;
    private static Policy policy;
    private static Finding finding;

    @TempDir
    Path temp;

    @BeforeAll
    static void readExample() throws Exception {
        catalog = CatalogLoader.bundled();
        policy = PolicyReader.read(EXAMPLE.resolve("policy.json"));
        finding = FindingReader.read(EXAMPLE.resolve("finding.json"));
    }

    private static Set<String> keys(Finding finding) {
        Set<String> keys = new TreeSet<>();
        for (UnusedService service : finding.services()) {
            if (service.serviceLevel()) {
                keys.add(service.service() + ":*");
            }
            for (UnusedAction action : service.actions()) {
                keys.add(action.key());
            }
        }
        return keys;
    }

    private static Policy policy(String actions) throws Exception {
        return PolicyReader.parse("p.json", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":" + actions + ",\"Resource\":\"*\"}]}");
    }

    @Test
    void withoutExemptionsTheUnusedSetIsTheReportedFindingItself() throws Exception {
        RefinementEngine engine = new RefinementEngine(RuleBase.core(), catalog, RefinementSettings.defaults());

        // So a principal's policies share one finding, whatever part of it each policy reaches.
        assertThat(engine.run(policy, finding).unused()).isSameAs(finding);
        assertThat(engine.run(policy("[\"s3:Get*\"]"), finding).unused()).isSameAs(finding);
        assertThat(engine.run(policy("\"*\""), finding).unused()).isSameAs(finding);
    }

    @Test
    void anActionAnOrganisationRuleKeepsIsNoLongerUnused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("rules"));
        Files.copy(Path.of("examples/rules/keep-pass-role.drl"), folder.resolve("keep-pass-role.drl"));
        RefinementEngine engine = new RefinementEngine(RuleBase.withOrganisationRules(List.of(folder)), catalog,
                RefinementSettings.defaults());

        Set<String> expected = keys(finding);
        assertThat(expected.remove("iam:passrole")).isTrue();
        Finding unused = engine.run(policy, finding).unused();
        assertThat(unused).isNotSameAs(finding);
        assertThat(keys(unused)).isEqualTo(expected);
        // A policy that cannot reach iam:PassRole never meets the rule: its names count as reported.
        assertThat(engine.run(policy("[\"s3:Get*\"]"), finding).unused()).isSameAs(finding);
    }

    @Test
    void aWhollyUnusedServiceThatAlsoListsActionsCountsAsAWholeService() throws Exception {
        RefinementEngine engine = new RefinementEngine(RuleBase.core(), catalog, RefinementSettings.defaults());
        Finding listing = new Finding("f.json", null, List.of(
                new UnusedService("sqs", true, List.of(new UnusedAction("sqs", "SendMessage", null)), null),
                new UnusedService("s3", false, List.of(new UnusedAction("s3", "GetObject", null)), null)));

        Finding unused = engine.run(policy("[\"sqs:*\",\"s3:Get*\"]"), listing).unused();
        assertThat(unused).isNotSameAs(listing);
        assertThat(keys(unused)).containsExactly("s3:getobject", "sqs:*");
    }
}

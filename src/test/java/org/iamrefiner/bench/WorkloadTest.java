package org.iamrefiner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.explore.StatementExpansion;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.PolicyStatement;
import org.iamrefiner.reference.UnusedSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's workload: the same seed gives the same findings, and findings are drawn as documented. */
class WorkloadTest {

    private static final int SAMPLE = 150;
    private static Catalog catalog;
    private static List<ManagedPolicy> policies;
    private static Workload workload;

    @BeforeAll
    static void readTheBundledPolicies() throws Exception {
        catalog = CatalogLoader.bundled();
        policies = ManagedPolicyFile.read(Path.of(ManagedPolicyFile.LOCATION));
        workload = Workload.build(policies, catalog, 42, SAMPLE);
    }

    @Test
    void bundlesEveryManagedPolicyOfThePackage() {
        assertThat(policies).hasSize(1594);
        assertThat(policies).extracting(ManagedPolicy::name).doesNotHaveDuplicates().isSorted();
        assertThat(policies).allSatisfy(policy -> assertThat(policy.arn()).endsWith("/" + policy.name()));
    }

    @Test
    void theSameSeedGivesTheSameFindingsAndAnotherSeedOthers() {
        Workload again = Workload.build(policies, catalog, 42, SAMPLE);
        Workload otherSeed = Workload.build(policies, catalog, 43, SAMPLE);
        assertThat(unusedNames(again)).isEqualTo(unusedNames(workload));
        assertThat(unusedNames(otherSeed)).isNotEqualTo(unusedNames(workload));
    }

    @Test
    void aPolicysFindingDoesNotDependOnTheSample() {
        Workload all = Workload.build(policies, catalog, 42, 0);
        for (WorkloadCase sampled : workload.cases()) {
            WorkloadCase same = all.cases().stream()
                    .filter(c -> c.source().name().equals(sampled.source().name())).findFirst().orElseThrow();
            assertThat(same.unused()).isEqualTo(sampled.unused());
        }
    }

    @Test
    void unusedIsTenToSeventyPercentOfWhatThePolicyGrants() {
        assertThat(workload.cases()).hasSize(SAMPLE);
        for (WorkloadCase c : workload.cases()) {
            int granted = c.granted().size();
            assertThat(c.unused().fraction()).isBetween(0.10, 0.70);
            assertThat(c.unused().actions()).hasSize((int) Math.round(c.unused().fraction() * granted))
                    .doesNotHaveDuplicates();
        }
        assertThat(workload.cases()).extracting(c -> c.unused().fraction())
                .anyMatch(f -> f < 0.25).anyMatch(f -> f > 0.55);
    }

    @Test
    void findingsNameOnlyActionsThePolicyGrants() {
        for (WorkloadCase c : workload.cases()) {
            assertThat(c.granted()).containsAll(c.unused().actions());
        }
    }

    /** GrantedCatalogActions against the expand command's own expansion of each Allow statement. */
    @Test
    void grantedActionsAreWhatTheAllowStatementsExpandTo() {
        for (WorkloadCase c : workload.cases()) {
            Set<String> expanded = new LinkedHashSet<>();
            for (PolicyStatement statement : c.policy().statements()) {
                if (statement.effect() == Effect.ALLOW) {
                    StatementExpansion.of(statement, catalog).actions().forEach(a -> expanded.add(a.key()));
                }
            }
            assertThat(c.granted()).extracting(CatalogAction::key).as(c.source().name())
                    .containsExactlyInAnyOrderElementsOf(expanded);
        }
    }

    @Test
    void everyFormOfAFindingNamesTheSameActions() throws Exception {
        WorkloadCase c = workload.cases().stream().filter(x -> x.unused().actions().size() > 5).findFirst().orElseThrow();
        Set<String> expected = c.unused().actions().stream().map(CatalogAction::key).collect(Collectors.toSet());
        assertThat(keys(c.finding())).isEqualTo(expected);
        assertThat(c.specs()).flatExtracting(UnusedSpec::names).hasSize(expected.size());
        Finding simple = FindingReader.parse("simple.json", FindingForms.simpleJson(c.unused().actions()).toString());
        assertThat(keys(simple)).isEqualTo(expected);
        Finding v2 = FindingReader.parse("v2.json", FindingForms.getFindingV2("id", "arn:aws:iam::123456789012:role/r",
                "123456789012", c.unused().actions()).toString());
        assertThat(keys(v2)).isEqualTo(expected);
        assertThat(v2.resourceArn()).isEqualTo("arn:aws:iam::123456789012:role/r");
    }

    private static Set<String> keys(Finding finding) {
        return finding.services().stream().flatMap(s -> s.actions().stream())
                .map(a -> a.key()).collect(Collectors.toSet());
    }

    private static List<List<String>> unusedNames(Workload w) {
        return w.cases().stream()
                .map(c -> c.unused().actions().stream().map(CatalogAction::fullName).toList())
                .toList();
    }
}

package org.iamrefiner.refine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.RecommendedAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RefinementSettings;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.reference.RandomCase;
import org.iamrefiner.reference.RandomInputs;
import org.iamrefiner.reference.ReferenceResult;
import org.iamrefiner.reference.SpecReference;

/**
 * The differential test: on random catalogs, policies and findings, the Drools rules (with the
 * emitter, and the check before output, which throws on any broken guarantee) give exactly what
 * the plain-Java reference of SPEC.md gives — whether the rules build only the nodes below unsafe
 * ones (a plain run) or the whole trie (a run that keeps its evidence for an explanation).
 */
class RulesAgreeWithReferenceProperties {

    private static final RuleBase RULES = RuleBase.core();

    @Provide
    Arbitrary<RandomCase> cases() {
        return RandomInputs.cases();
    }

    @Property(tries = 1000)
    void rulesAndReferenceRecommendTheSame(@ForAll("cases") RandomCase randomCase,
                                           @ForAll boolean notActionRewrite,
                                           @ForAll boolean withEvidence) throws Exception {
        Catalog catalog = TestCatalogs.of(randomCase.catalog().toArray(String[]::new));
        Refinement refinement = new Refiner(RULES, catalog, new RefinementSettings(notActionRewrite)).refine(
                PolicyReader.fromJson("policy.json", randomCase.policy().deepCopy()),
                FindingReader.parse("finding.json", randomCase.findingJson()), withEvidence);
        ReferenceResult expected = new SpecReference(randomCase.catalog(), notActionRewrite)
                .refine(randomCase.policy(), randomCase.unused());

        Statistics.collect(refinement.action(), notActionRewrite, withEvidence);
        assertThat(stepOf(refinement)).isEqualTo(expected.step());
        if (refinement.action() == RecommendedAction.DETACH_POLICY) {
            assertThat(expected.policy()).isNull();
        } else {
            assertThat(refinement.refined()).isEqualTo(expected.policy());
        }
    }

    private static String stepOf(Refinement refinement) {
        return refinement.action() == RecommendedAction.NONE ? null : refinement.action().name();
    }
}

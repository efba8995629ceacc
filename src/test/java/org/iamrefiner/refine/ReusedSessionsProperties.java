package org.iamrefiner.refine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RefinementSettings;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.reference.RandomCase;
import org.iamrefiner.reference.RandomInputs;

/**
 * The engine hands a reset session from one refinement to the next; nothing of an earlier
 * refinement may show in a later one. Two random policies and findings are refined in turn with
 * one refiner, the first again at the end, and each result must be what a new refiner gives.
 */
class ReusedSessionsProperties {

    private static final RuleBase RULES = RuleBase.core();

    @Provide
    Arbitrary<RandomCase> cases() {
        return RandomInputs.cases();
    }

    @Property(tries = 200)
    void aReusedSessionRefinesAsANewOne(@ForAll("cases") RandomCase first, @ForAll("cases") RandomCase second,
                                        @ForAll boolean withEvidence) {
        Catalog catalog = TestCatalogs.of(first.catalog().toArray(String[]::new));
        Refiner reused = new Refiner(RULES, catalog, RefinementSettings.defaults());
        String firstAlone = outcome(new Refiner(RULES, catalog, RefinementSettings.defaults()), first, withEvidence);
        String secondAlone = outcome(new Refiner(RULES, catalog, RefinementSettings.defaults()), second, withEvidence);

        assertThat(outcome(reused, first, withEvidence)).isEqualTo(firstAlone);
        assertThat(outcome(reused, second, !withEvidence)).as("after another refinement")
                .isEqualTo(outcome(new Refiner(RULES, catalog, RefinementSettings.defaults()), second, !withEvidence));
        assertThat(outcome(reused, second, withEvidence)).isEqualTo(secondAlone);
        assertThat(outcome(reused, first, withEvidence)).as("again").isEqualTo(firstAlone);
    }

    /** The refined policy with the step and the notes, or why the refinement failed. */
    private static String outcome(Refiner refiner, RandomCase randomCase, boolean withEvidence) {
        try {
            Refinement refinement = refiner.refine(PolicyReader.fromJson("policy.json", randomCase.policy().deepCopy()),
                    FindingReader.parse("finding.json", randomCase.findingJson()), withEvidence);
            return refinement.action() + " " + refinement.refined() + " " + refinement.notes();
        } catch (Exception e) {
            return e.toString();
        }
    }
}

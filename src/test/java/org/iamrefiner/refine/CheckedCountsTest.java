package org.iamrefiner.refine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.check.AllowedCatalogActions;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog actions a refinement hands out with its check are those the policies allow. */
class CheckedCountsTest {

    private static Catalog catalog;
    private static Refiner refiner;
    private static AllowedCatalogActions allowed;

    @BeforeAll
    static void build() {
        catalog = CatalogLoader.bundled();
        refiner = new Refiner(RuleBase.core(), catalog);
        allowed = new AllowedCatalogActions(catalog);
    }

    /** The published example, a whole-catalog policy rewritten with exclusions, NotAction beside Action, entry by entry. */
    @ParameterizedTest
    @CsvSource({
            "examples/blog/policy.json, examples/blog/unused.json",
            "examples/administrator/policy.json, examples/administrator/unused.json",
            "examples/power-user/policy.json, examples/power-user/finding.json",
            "examples/organisation/policy.json, examples/organisation/finding.json"})
    void countsOfTheCheckAreThoseOfThePolicies(String policyFile, String findingFile) throws Exception {
        Policy policy = PolicyReader.read(Path.of(policyFile));
        Finding finding = FindingReader.read(Path.of(findingFile));

        Refiner.Checked checked = refiner.refineChecked(policy, finding, false);

        assertThat(checked.allowedByOriginal()).isEqualTo(allowed.of(policy));
        assertThat(checked.allowedByRefined()).isEqualTo(allowed.of(checked.refined()));
        assertThat(checked.allowedByRefined().cardinality()).isLessThan(checked.allowedByOriginal().cardinality());
    }
}

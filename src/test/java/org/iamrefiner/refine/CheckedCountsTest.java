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
import org.junit.jupiter.api.Test;

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

    private static void assertCountsOf(Path policyFile, Path findingFile) throws Exception {
        Policy policy = PolicyReader.read(policyFile);
        Finding finding = FindingReader.read(findingFile);

        Refiner.Checked checked = refiner.refineChecked(policy, finding, false);

        assertThat(checked.allowedByOriginal()).isEqualTo(allowed.of(policy));
        assertThat(checked.allowedByRefined()).isEqualTo(allowed.of(checked.refined()));
        assertThat(checked.allowedByRefined().cardinality()).isLessThan(checked.allowedByOriginal().cardinality());
    }

    @Test
    void countsOfTheBlogExample() throws Exception {
        assertCountsOf(Path.of("examples/blog/policy.json"), Path.of("examples/blog/unused.json"));
    }

    @Test
    void countsOfAWholeCatalogPolicyRewrittenWithExclusions() throws Exception {
        assertCountsOf(Path.of("examples/administrator/policy.json"), Path.of("examples/administrator/unused.json"));
    }

    @Test
    void countsOfANotActionStatementBesideAnActionStatement() throws Exception {
        assertCountsOf(Path.of("examples/power-user/policy.json"), Path.of("examples/power-user/finding.json"));
    }

    @Test
    void countsOfAPolicyRefinedEntryByEntry() throws Exception {
        assertCountsOf(Path.of("examples/organisation/policy.json"), Path.of("examples/organisation/finding.json"));
    }
}

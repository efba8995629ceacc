package org.iamrefiner.refine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.emit.RecommendedAction;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.engine.RuleBase;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.policy.PolicyWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published example reproduced byte for byte, on the catalog of its time and on the bundled one. */
class BlogExampleTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/blog-example");
    private static RuleBase rules;
    private static Policy policy;
    private static Finding finding;

    @BeforeAll
    static void readExample() throws Exception {
        rules = RuleBase.core();
        policy = PolicyReader.read(EXAMPLE.resolve("policy.json"));
        finding = FindingReader.read(EXAMPLE.resolve("unused.json"));
    }

    private static String refined(Catalog catalog) throws Exception {
        Refinement refinement = new Refiner(rules, catalog).refine(policy, finding);
        assertThat(refinement.action()).isEqualTo(RecommendedAction.CREATE_POLICY);
        assertThat(refinement.notes()).isEmpty();
        return PolicyWriter.write(refinement.refined());
    }

    @Test
    void catalogOf2024GivesThePublishedRecommendation() throws Exception {
        Catalog catalog = CatalogLoader.load(EXAMPLE.resolve("catalog-2024-08-31-s3-lambda.txt"));
        assertThat(refined(catalog)).isEqualTo(Files.readString(EXAMPLE.resolve("expected-2024.json")));
    }

    @Test
    void bundledCatalogAddsTheNewGetActionsByName() throws Exception {
        assertThat(refined(CatalogLoader.bundled())).isEqualTo(Files.readString(EXAMPLE.resolve("expected-2026.json")));
    }
}

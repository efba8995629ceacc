package org.iamrefiner.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference's output on random inputs satisfies SPEC.md's guarantees, checked by brute force
 * with code that shares nothing with the reference's algorithm ({@link GuaranteeChecks}).
 */
class SpecReferenceGuaranteesProperties {

    @Provide
    Arbitrary<RandomCase> cases() {
        return RandomInputs.cases();
    }

    /** Guarantee 1. */
    @Property(tries = 300)
    void refinedStatementsMatchExactlyTheUsedCatalogActions(@ForAll("cases") RandomCase randomCase) {
        assertNoViolations(randomCase, (checks, pair) -> checks.exactness(pair.originalEntries(), pair.refinedEntries()));
    }

    /** Guarantee 2. */
    @Property(tries = 300)
    void refinedEntriesGrantNothingTheOriginalEntriesDidNot(@ForAll("cases") RandomCase randomCase) {
        assertNoViolations(randomCase, (checks, pair) -> checks.noNewAccess(pair.originalEntries(), pair.refinedEntries()));
    }

    /** Guarantee 3. */
    @Property(tries = 300)
    void refinedEntriesMatchNoUnusedName(@ForAll("cases") RandomCase randomCase) {
        assertNoViolations(randomCase, (checks, pair) -> checks.unusedStaysOut(pair.refinedEntries()));
    }

    /** Guarantee 4 and the statement, Action and policy rules of SPEC.md; the input stays as it was. */
    @Property(tries = 300)
    void structureAndStepFollowTheStatements(@ForAll("cases") RandomCase randomCase) {
        JsonNode policyBefore = randomCase.policy().deepCopy();
        new SpecReference(randomCase.catalog()).refine(randomCase.policy(), randomCase.unused());
        assertThat(randomCase.policy()).isEqualTo(policyBefore);

        PairedRun run = new PairedRun(randomCase);
        collectOutcomes(run);

        assertThat(run.outputOrder).isSorted();
        for (PairedRun.Pair pair : run.pairs) {
            if (!pair.allowWithAction()) {
                assertThat(pair.refined()).isEqualTo(pair.original());
            } else if (pair.refined() != null && !pair.refined().equals(pair.original())) {
                assertThat(fieldNames(pair.refined())).isEqualTo(fieldNames(pair.original()));
                assertThat(withoutAction(pair.refined())).isEqualTo(withoutAction(pair.original()));
                assertThat(pair.refinedEntries().stream().map(entry -> entry.toLowerCase(Locale.ROOT)))
                        .doesNotHaveDuplicates();
                assertThat(pair.refined().get("Action").isTextual())
                        .isEqualTo(pair.original().get("Action").isTextual() && pair.refinedEntries().size() == 1);
            }
        }
        if (run.outputOrder.isEmpty()) {
            assertThat(run.result.step()).isEqualTo(ReferenceResult.DETACH_POLICY);
            assertThat(run.result.policy()).isNull();
        } else if (run.result.step() == null) {
            assertThat(run.untaggedPolicy()).isEqualTo(randomCase.policy());
        } else {
            assertThat(run.result.step()).isEqualTo(ReferenceResult.CREATE_POLICY);
            assertThat(run.untaggedPolicy()).isNotEqualTo(randomCase.policy());
            assertThat(fieldNames(run.untaggedPolicy())).isEqualTo(fieldNames(randomCase.policy()));
            assertThat(run.untaggedPolicy().get("Statement").isObject())
                    .isEqualTo(randomCase.policy().get("Statement").isObject());
        }
    }

    /** The generator must reach every outcome often enough for the checks above to mean something. */
    private static void collectOutcomes(PairedRun run) {
        Statistics.label("step").collect(String.valueOf(run.result.step()));
        boolean wildcardEmitted = run.pairs.stream()
                .filter(pair -> pair.allowWithAction() && pair.refined() != null && !pair.refined().equals(pair.original()))
                .anyMatch(pair -> pair.refinedEntries().stream().anyMatch(entry -> entry.contains("*")));
        Statistics.label("changed statement with a wildcard").collect(wildcardEmitted);
        Statistics.label("step").coverage(coverage -> {
            coverage.check(ReferenceResult.CREATE_POLICY).percentage(percent -> percent > 10);
            coverage.check(ReferenceResult.DETACH_POLICY).percentage(percent -> percent > 5);
            coverage.check("null").percentage(percent -> percent > 10);
        });
        Statistics.label("changed statement with a wildcard").coverage(coverage ->
                coverage.check(true).percentage(percent -> percent > 5));
    }

    private static void assertNoViolations(RandomCase randomCase,
                                           BiFunction<GuaranteeChecks, PairedRun.Pair, List<String>> check) {
        PairedRun run = new PairedRun(randomCase);
        GuaranteeChecks checks = checksFor(randomCase, run);
        List<String> violations = new ArrayList<>();
        for (PairedRun.Pair pair : run.pairs) {
            if (pair.allowWithAction()) {
                violations.addAll(check.apply(checks, pair));
            }
        }
        assertThat(violations).isEmpty();
    }

    private static GuaranteeChecks checksFor(RandomCase randomCase, PairedRun run) {
        GuaranteeChecks.UnusedView unused = GuaranteeChecks.UnusedView.of(randomCase.unused());
        Set<String> patterns = new LinkedHashSet<>();
        Set<String> services = new LinkedHashSet<>(unused.wholeServices());
        randomCase.unused().forEach(spec -> services.add(spec.service()));
        randomCase.catalog().forEach(action -> services.add(action.substring(0, action.indexOf(':'))));
        for (PairedRun.Pair pair : run.pairs) {
            if (pair.allowWithAction()) {
                patterns.addAll(pair.originalEntries());
                patterns.addAll(pair.refinedEntries());
            }
        }
        patterns.stream().filter(pattern -> pattern.contains(":"))
                .forEach(pattern -> services.add(pattern.substring(0, pattern.indexOf(':'))));
        services.removeIf(service -> service.contains("*") || service.contains("?"));
        Set<String> probes = ProbeStrings.of(randomCase.catalog(), unused.names(), services, patterns);
        return new GuaranteeChecks(randomCase.catalog(), unused, probes);
    }

    private static JsonNode withoutAction(JsonNode statement) {
        ObjectNode copy = statement.deepCopy();
        copy.remove("Action");
        return copy;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }
}

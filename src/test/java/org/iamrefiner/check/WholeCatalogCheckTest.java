package org.iamrefiner.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.UnusedAction;
import org.iamrefiner.finding.UnusedService;
import org.iamrefiner.policy.Policy;
import org.junit.jupiter.api.Test;

/** {@code Action: "*"} against the bundled catalog, every AWS action (its speed is a benchmark figure, not asserted here). */
class WholeCatalogCheckTest {

    @Test
    void actionStarRewriteOverTheWholeCatalogPasses() throws Exception {
        Catalog catalog = CatalogLoader.bundled();
        assertThat(catalog.size()).isGreaterThan(20_000);
        List<String> services = new ArrayList<>(catalog.services());
        List<UnusedService> unused = new ArrayList<>();
        List<String> notAction = new ArrayList<>();
        // Up to ten unused actions in each of 60 services plus one name the catalog does not know,
        // and two services unused as a whole; the refinement excludes exactly those by name.
        for (String service : services.subList(0, 60)) {
            List<CatalogAction> known = catalog.actionsOf(service);
            List<UnusedAction> actions = new ArrayList<>();
            for (CatalogAction action : known.subList(0, Math.min(10, known.size()))) {
                actions.add(new UnusedAction(service, action.name(), null));
                notAction.add(action.fullName());
            }
            actions.add(new UnusedAction(service, "ZzFutureAction", null));
            notAction.add(service + ":ZzFutureAction");
            unused.add(new UnusedService(service, false, actions, null));
        }
        for (String service : services.subList(100, 102)) {
            unused.add(new UnusedService(service, true, List.of(), null));
            notAction.add(service + ":*");
        }
        Finding finding = new Finding("finding.json", null, unused);
        Policy original = CheckFixtures.policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}");
        Policy refined = CheckFixtures.policy("{\"Effect\":\"Allow\",\"NotAction\":[\""
                + String.join("\",\"", notAction) + "\"],\"Resource\":\"*\"}");
        GuaranteeCheck check = new GuaranteeCheck(catalog);

        List<Violation> violations = check.check(original, refined, finding);

        assertThat(violations).isEmpty();
    }

    @Test
    void actionStarWithOneUnusedActionLeftInIsCaught() throws Exception {
        Catalog catalog = CatalogLoader.bundled();
        Finding finding = new Finding("finding.json", null, List.of(new UnusedService("s3", false,
                List.of(new UnusedAction("s3", "GetBucketAcl", null), new UnusedAction("s3", "GetBucketPolicy", null)),
                null)));
        Policy original = CheckFixtures.policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}");
        Policy refined = CheckFixtures.policy(
                "{\"Effect\":\"Allow\",\"NotAction\":\"s3:GetBucketAcl\",\"Resource\":\"*\"}");

        List<Violation> violations = new GuaranteeCheck(catalog).check(original, refined, finding);

        assertThat(violations).extracting(Violation::guarantee, Violation::example).containsExactlyInAnyOrder(
                tuple(1, "s3:GetBucketPolicy"),
                tuple(3, "s3:GetBucketPolicy"));
    }
}

package org.iamrefiner.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;

/** Small catalogs and policies for the exploring commands' tests. */
final class ExploreFixtures {

    private ExploreFixtures() {
    }

    /** A catalog named {@code version} of the given full names ("s3:GetObject"). */
    static Catalog catalog(String version, String... fullNames) {
        List<CatalogAction> actions = new ArrayList<>();
        for (String fullName : fullNames) {
            int colon = fullName.indexOf(':');
            actions.add(new CatalogAction(fullName.substring(0, colon), fullName.substring(colon + 1), "", List.of()));
        }
        return new Catalog(version, version + ".txt", Map.of(), actions);
    }

    /** A policy of the given statements (JSON objects). */
    static Policy policy(String... statements) {
        try {
            return PolicyReader.parse("policy.json",
                    "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
        } catch (InputException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<String> names(List<CatalogAction> actions) {
        return actions.stream().map(CatalogAction::fullName).toList();
    }
}

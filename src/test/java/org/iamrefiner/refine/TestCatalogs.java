package org.iamrefiner.refine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;

/** Small catalogs written inline in tests. */
final class TestCatalogs {

    private TestCatalogs() {
    }

    /** A catalog of the given "service:Action" names. */
    static Catalog of(String... fullNames) {
        List<CatalogAction> actions = new ArrayList<>();
        for (String fullName : fullNames) {
            int colon = fullName.indexOf(':');
            actions.add(new CatalogAction(fullName.substring(0, colon), fullName.substring(colon + 1), "", List.of()));
        }
        return new Catalog("test", "inline", Map.of(), actions);
    }
}

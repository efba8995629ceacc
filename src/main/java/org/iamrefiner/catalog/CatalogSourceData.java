package org.iamrefiner.catalog;

import java.util.List;
import java.util.Map;

/**
 * What a catalog source folder holds, before it becomes a {@link Catalog}: the readers
 * return this so the caller decides which source label the catalog carries.
 *
 * @param version      the catalog version recorded in every output
 * @param description  where the data comes from, in words (written into compact files)
 * @param date         the date of the data ("2026-09-26"), or null when the source does not say
 * @param serviceNames service prefix to display name
 * @param actions      the actions in source order
 */
record CatalogSourceData(String version, String description, String date,
                         Map<String, String> serviceNames, List<CatalogAction> actions) {

    Catalog toCatalog(String source) {
        return new Catalog(version, source, serviceNames, actions);
    }
}

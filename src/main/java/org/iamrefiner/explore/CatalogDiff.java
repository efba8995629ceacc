package org.iamrefiner.explore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.policy.PolicyWriter;

/**
 * The actions that came and went between two catalogs, per service. Actions are identified
 * case-insensitively, as IAM does: an action spelt differently in the new catalog is neither
 * added nor removed, only respelt.
 */
public final class CatalogDiff {

    /** What happened to a service as a whole. */
    public enum ServiceStatus {
        /** Only the new catalog has it. */
        ADDED,
        /** Only the old catalog has it. */
        REMOVED,
        /** Both have it. */
        KEPT
    }

    /**
     * One service's changes.
     *
     * @param service  the prefix, lower case
     * @param status   whether the service itself is new, gone, or in both
     * @param added    actions only the new catalog has, new spelling, sorted
     * @param removed  actions only the old catalog has, old spelling, sorted
     * @param respelt  actions in both whose spelling changed: pairs old → new
     */
    public record ServiceChange(String service, ServiceStatus status, List<CatalogAction> added,
                                List<CatalogAction> removed, List<Respelt> respelt) {

        public ServiceChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            respelt = List.copyOf(respelt);
        }
    }

    /** An action whose identity stayed but whose spelling changed ("s3:GetBucketCORS" → "s3:GetBucketCors"). */
    public record Respelt(CatalogAction before, CatalogAction after) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Catalog oldCatalog;
    private final Catalog newCatalog;
    private final List<ServiceChange> changes;

    private CatalogDiff(Catalog oldCatalog, Catalog newCatalog, List<ServiceChange> changes) {
        this.oldCatalog = oldCatalog;
        this.newCatalog = newCatalog;
        this.changes = List.copyOf(changes);
    }

    /** Compares two catalogs. */
    public static CatalogDiff of(Catalog oldCatalog, Catalog newCatalog) {
        SortedSet<String> services = new TreeSet<>(oldCatalog.services());
        services.addAll(newCatalog.services());
        List<ServiceChange> changes = new ArrayList<>();
        for (String service : services) {
            boolean before = oldCatalog.hasService(service);
            boolean after = newCatalog.hasService(service);
            List<CatalogAction> added = missingFrom(newCatalog.actionsOf(service), oldCatalog);
            List<CatalogAction> removed = missingFrom(oldCatalog.actionsOf(service), newCatalog);
            List<Respelt> respelt = new ArrayList<>();
            for (CatalogAction action : oldCatalog.actionsOf(service)) {
                newCatalog.find(action.fullName())
                        .filter(now -> !now.fullName().equals(action.fullName()))
                        .ifPresent(now -> respelt.add(new Respelt(action, now)));
            }
            ServiceStatus status = before && after ? ServiceStatus.KEPT : after ? ServiceStatus.ADDED : ServiceStatus.REMOVED;
            if (status != ServiceStatus.KEPT || !added.isEmpty() || !removed.isEmpty() || !respelt.isEmpty()) {
                changes.add(new ServiceChange(service, status, added, removed, respelt));
            }
        }
        return new CatalogDiff(oldCatalog, newCatalog, changes);
    }

    private static List<CatalogAction> missingFrom(List<CatalogAction> actions, Catalog other) {
        List<CatalogAction> missing = new ArrayList<>();
        for (CatalogAction action : actions) {
            if (other.find(action.fullName()).isEmpty()) {
                missing.add(action);
            }
        }
        return missing;
    }

    /** The services with any change, sorted by prefix. */
    public List<ServiceChange> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public int addedActions() {
        return changes.stream().mapToInt(change -> change.added().size()).sum();
    }

    public int removedActions() {
        return changes.stream().mapToInt(change -> change.removed().size()).sum();
    }

    public int respeltActions() {
        return changes.stream().mapToInt(change -> change.respelt().size()).sum();
    }

    private long servicesWith(ServiceStatus status) {
        return changes.stream().filter(change -> change.status() == status).count();
    }

    /**
     * @param summary only the counts per service, not the action names
     */
    public String text(boolean summary) {
        StringBuilder out = new StringBuilder();
        out.append("# old: ").append(describe(oldCatalog)).append('\n');
        out.append("# new: ").append(describe(newCatalog)).append('\n');
        if (changes.isEmpty()) {
            out.append("no change: both catalogs hold the same actions\n");
            return out.toString();
        }
        out.append(totals()).append('\n');
        for (ServiceChange change : changes) {
            if (summary) {
                out.append(serviceLine(change)).append('\n');
                continue;
            }
            out.append('\n').append(serviceLine(change)).append('\n');
            change.added().forEach(action -> out.append("+ ").append(action.fullName()).append('\n'));
            change.removed().forEach(action -> out.append("- ").append(action.fullName()).append('\n'));
            change.respelt().forEach(pair -> out.append("~ ").append(pair.before().fullName())
                    .append(" -> ").append(pair.after().fullName()).append('\n'));
        }
        return out.toString();
    }

    /** {@code "added 12 actions, removed 1; services: 1 new, 0 gone"}. */
    private String totals() {
        StringBuilder text = new StringBuilder()
                .append("added ").append(Counts.actions(addedActions()))
                .append(", removed ").append(removedActions());
        if (respeltActions() > 0) {
            text.append(", respelt ").append(respeltActions());
        }
        return text.append("; services: ").append(servicesWith(ServiceStatus.ADDED)).append(" new, ")
                .append(servicesWith(ServiceStatus.REMOVED)).append(" gone").toString();
    }

    private static String serviceLine(ServiceChange change) {
        StringBuilder text = new StringBuilder(change.service()).append(": +").append(change.added().size())
                .append(" -").append(change.removed().size());
        if (!change.respelt().isEmpty()) {
            text.append(" ~").append(change.respelt().size());
        }
        if (change.status() == ServiceStatus.ADDED) {
            text.append(" (new service)");
        } else if (change.status() == ServiceStatus.REMOVED) {
            text.append(" (service gone)");
        }
        return text.toString();
    }

    static String describe(Catalog catalog) {
        return catalog.version() + " (" + catalog.source() + "; " + Counts.services(catalog.services().size())
                + ", " + Counts.actions(catalog.size()) + ")";
    }

    public String jsonText() {
        return PolicyWriter.write(json());
    }

    public ObjectNode json() {
        ObjectNode root = JSON.objectNode();
        root.set("old", catalogJson(oldCatalog));
        root.set("new", catalogJson(newCatalog));
        root.put("added", addedActions());
        root.put("removed", removedActions());
        root.put("respelt", respeltActions());
        ArrayNode services = root.putArray("services");
        for (ServiceChange change : changes) {
            ObjectNode node = services.addObject();
            node.put("service", change.service());
            node.put("status", change.status().name().toLowerCase(Locale.ROOT));
            node.put("addedCount", change.added().size());
            node.put("removedCount", change.removed().size());
            node.set("added", ExpansionReport.names(change.added()));
            node.set("removed", ExpansionReport.names(change.removed()));
            if (!change.respelt().isEmpty()) {
                ArrayNode respelt = node.putArray("respelt");
                change.respelt().forEach(pair -> respelt.addObject()
                        .put("old", pair.before().fullName()).put("new", pair.after().fullName()));
            }
        }
        return root;
    }

    static ObjectNode catalogJson(Catalog catalog) {
        ObjectNode node = JSON.objectNode();
        node.put("version", catalog.version());
        node.put("source", catalog.source());
        node.put("services", catalog.services().size());
        node.put("actions", catalog.size());
        return node;
    }
}

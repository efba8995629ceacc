package org.iamrefiner.explore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.check.PatternLanguage;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;
import org.iamrefiner.policy.PolicyWriter;

/**
 * How a policy's reach changed from one catalog to the next: the actions each statement and
 * each entry grants (or, for Deny, denies) under the new catalog that it did not under the old
 * one — the wildcards that silently widened — and those it granted that the new catalog no
 * longer lists. Matching is by string, as IAM matches, so an action both catalogs know is
 * granted under both or under neither: only the catalogs' differences can show up here. An
 * action the statement names exactly (no wildcard) is not drift either: it was granted by name
 * before the catalog knew it.
 */
public final class PolicyDrift {

    /**
     * One entry's change.
     *
     * @param entry   the Action or NotAction entry as written
     * @param added   catalog actions it matches under the new catalog and not under the old one
     * @param removed catalog actions it matched under the old catalog that the new one no longer lists
     */
    public record EntryDrift(String entry, List<CatalogAction> added, List<CatalogAction> removed) {

        public EntryDrift {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /**
     * One statement's change.
     *
     * @param statement the statement
     * @param added     catalog actions it grants (Deny: denies) under the new catalog and not under the old one
     * @param removed   catalog actions it granted (Deny: denied) under the old catalog that the new one no longer lists
     * @param entries   the entries with a change, in statement order
     */
    public record StatementDrift(PolicyStatement statement, List<CatalogAction> added, List<CatalogAction> removed,
                                 List<EntryDrift> entries) {

        public StatementDrift {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            entries = List.copyOf(entries);
        }

        boolean allows() {
            return statement.effect() == Effect.ALLOW;
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Up to this many services unknown to the old catalog are named one by one in the notes. */
    private static final int LISTED_SERVICES = 5;

    private final Policy policy;
    private final Catalog oldCatalog;
    private final Catalog newCatalog;
    private final List<StatementDrift> statements;
    private final List<CatalogAction> namedLiterally;

    private PolicyDrift(Policy policy, Catalog oldCatalog, Catalog newCatalog, List<StatementDrift> statements,
                        List<CatalogAction> namedLiterally) {
        this.policy = policy;
        this.oldCatalog = oldCatalog;
        this.newCatalog = newCatalog;
        this.statements = List.copyOf(statements);
        this.namedLiterally = namedLiterally;
    }

    /** Compares what {@code policy} grants under the two catalogs. */
    public static PolicyDrift of(Policy policy, Catalog oldCatalog, Catalog newCatalog) {
        List<StatementDrift> drifts = new ArrayList<>();
        Map<String, CatalogAction> namedLiterally = new LinkedHashMap<>();
        for (PolicyStatement statement : policy.statements()) {
            StatementExpansion before = StatementExpansion.of(statement, oldCatalog);
            StatementExpansion after = StatementExpansion.of(statement, newCatalog);
            Set<String> literals = literalKeys(statement);
            List<CatalogAction> added = new ArrayList<>();
            for (CatalogAction action : minus(after.actions(), before.actions())) {
                if (literals.contains(action.key())) {
                    namedLiterally.putIfAbsent(action.key(), action);
                } else {
                    added.add(action);
                }
            }
            List<CatalogAction> removed = minus(before.actions(), after.actions());
            List<EntryDrift> entries = new ArrayList<>();
            for (int i = 0; i < statement.entries().size(); i++) {
                List<CatalogAction> oldMatches = before.entries().get(i).matches();
                List<CatalogAction> newMatches = after.entries().get(i).matches();
                boolean literal = PatternLanguage.of(statement.entries().get(i)).isLiteral();
                EntryDrift entry = new EntryDrift(statement.entries().get(i),
                        literal ? List.of() : minus(newMatches, oldMatches), minus(oldMatches, newMatches));
                if (!entry.added().isEmpty() || !entry.removed().isEmpty()) {
                    entries.add(entry);
                }
            }
            if (!added.isEmpty() || !removed.isEmpty() || !entries.isEmpty()) {
                drifts.add(new StatementDrift(statement, added, removed, entries));
            }
        }
        return new PolicyDrift(policy, oldCatalog, newCatalog, drifts, List.copyOf(namedLiterally.values()));
    }

    /**
     * The actions an Action statement names exactly (lower case): it granted them by name under any
     * catalog, so a catalog that learns of them widens nothing. A NotAction statement has none.
     */
    private static Set<String> literalKeys(PolicyStatement statement) {
        Set<String> keys = new HashSet<>();
        if (statement.field() == ActionField.ACTION) {
            for (String entry : statement.entries()) {
                if (PatternLanguage.of(entry).isLiteral()) {
                    keys.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        }
        return keys;
    }

    /** The actions of {@code these} whose identity is not among {@code those}. */
    private static List<CatalogAction> minus(List<CatalogAction> these, List<CatalogAction> those) {
        Set<String> keys = new HashSet<>();
        those.forEach(action -> keys.add(action.key()));
        return these.stream().filter(action -> !keys.contains(action.key())).toList();
    }

    /**
     * Actions the old catalog did not know that the policy names exactly: they were granted (or
     * denied) by name before too, so they are not counted as drift.
     */
    public List<CatalogAction> namedLiterally() {
        return namedLiterally;
    }

    /** The statements with a change, in policy order. */
    public List<StatementDrift> statements() {
        return statements;
    }

    /** Whether any Allow statement grants an action under the new catalog that it did not under the old one. */
    public boolean widened() {
        return !newlyGranted().isEmpty();
    }

    /** Every action some Allow statement newly grants, once each, in policy order. */
    public List<CatalogAction> newlyGranted() {
        return distinct(true, true);
    }

    /** Every action some Deny statement newly denies. */
    public List<CatalogAction> newlyDenied() {
        return distinct(false, true);
    }

    /** Every action some Allow statement granted that the new catalog no longer lists. */
    public List<CatalogAction> noLongerListed() {
        return distinct(true, false);
    }

    private List<CatalogAction> distinct(boolean allow, boolean added) {
        Map<String, CatalogAction> actions = new LinkedHashMap<>();
        for (StatementDrift drift : statements) {
            if (drift.allows() == allow) {
                (added ? drift.added() : drift.removed()).forEach(action -> actions.putIfAbsent(action.key(), action));
            }
        }
        return List.copyOf(actions.values());
    }

    /**
     * Services whose newly granted actions the old catalog did not know at all: those actions
     * count as new only because the old catalog was partial or older than the service.
     */
    public Map<String, Integer> servicesUnknownToOld() {
        Map<String, Integer> services = new TreeMap<>();
        for (CatalogAction action : newlyGranted()) {
            if (!oldCatalog.hasService(action.service())) {
                services.merge(action.service(), 1, Integer::sum);
            }
        }
        return services;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("# policy: ").append(policy.source()).append('\n');
        out.append("# old catalog: ").append(CatalogDiff.describe(oldCatalog)).append('\n');
        out.append("# new catalog: ").append(CatalogDiff.describe(newCatalog)).append('\n');
        out.append(verdict()).append('\n');
        for (String note : notes()) {
            out.append("note: ").append(note).append('\n');
        }
        for (StatementDrift drift : statements) {
            out.append('\n').append(statementLine(drift)).append('\n');
            if (drift.statement().field() == ActionField.ACTION) {
                for (EntryDrift entry : drift.entries()) {
                    out.append("  ").append(entry.entry()).append(": ").append(counts(entry.added(), entry.removed()))
                            .append('\n');
                    entry.added().forEach(action -> out.append("    + ").append(action.fullName()).append('\n'));
                    entry.removed().forEach(action -> out.append("    - ").append(action.fullName()).append('\n'));
                }
            } else {
                drift.added().forEach(action -> out.append("  + ").append(action.fullName()).append('\n'));
                drift.removed().forEach(action -> out.append("  - ").append(action.fullName()).append('\n'));
            }
        }
        return out.toString();
    }

    /** The first line: DRIFT or NO DRIFT, and how much. */
    public String verdict() {
        int granted = newlyGranted().size();
        long statementsWidened = statements.stream().filter(d -> d.allows() && !d.added().isEmpty()).count();
        StringBuilder text = new StringBuilder();
        if (granted > 0) {
            text.append("DRIFT: under the new catalog the policy grants ").append(Counts.actions(granted))
                    .append(" it did not grant under the old one (")
                    .append(Counts.of((int) statementsWidened, "Allow statement", "Allow statements"))
                    .append(" widened).");
        } else {
            text.append("NO DRIFT: under the new catalog the policy grants no action it did not grant under the old one.");
        }
        int denied = newlyDenied().size();
        if (denied > 0) {
            text.append(" Deny statements now also deny ").append(Counts.actions(denied)).append('.');
        }
        int gone = noLongerListed().size();
        if (gone > 0) {
            text.append(' ').append(Counts.actions(gone)).append(gone == 1 ? " it granted is" : " it granted are")
                    .append(" no longer in the new catalog.");
        }
        return text.toString();
    }

    /** Remarks that change how the figures read. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        Map<String, Integer> unknownToOld = servicesUnknownToOld();
        if (unknownToOld.size() > LISTED_SERVICES) {
            int actions = unknownToOld.values().stream().mapToInt(Integer::intValue).sum();
            notes.add("the old catalog does not know " + unknownToOld.size() + " of the services involved at all ("
                    + String.join(", ", unknownToOld.keySet().stream().limit(LISTED_SERVICES).toList())
                    + ", ...); " + Counts.of(actions, "of their actions counts", "of their actions count")
                    + " as new here");
        } else {
            unknownToOld.forEach((service, count) -> notes.add("the old catalog does not know the service "
                    + service + " at all; " + Counts.of(count, "of its actions counts", "of its actions count")
                    + " as new here"));
        }
        if (!namedLiterally.isEmpty()) {
            notes.add(Counts.actions(namedLiterally.size()) + " the policy names exactly ("
                    + String.join(", ", namedLiterally.stream().limit(LISTED_SERVICES).map(CatalogAction::fullName).toList())
                    + (namedLiterally.size() > LISTED_SERVICES ? ", ..." : "")
                    + ") the old catalog did not know; being named, " + (namedLiterally.size() == 1 ? "it was" : "they were")
                    + " granted by name before too and " + (namedLiterally.size() == 1 ? "is" : "are") + " not drift");
        }
        Set<String> unknownToNew = new LinkedHashSet<>();
        for (PolicyStatement statement : policy.statements()) {
            for (String entry : statement.entries()) {
                String service = PatternLanguage.of(entry).fixedService();
                if (service != null && !newCatalog.hasService(service)) {
                    unknownToNew.add(service);
                }
            }
        }
        unknownToNew.forEach(service -> notes.add("the new catalog does not know the service " + service
                + "; drift of its actions cannot be seen"));
        return notes;
    }

    /** {@code "/Statement/1 (Sid "Read"): Allow, +8 granted"}, with {@code ", -1 no longer listed"} when some are gone. */
    private static String statementLine(StatementDrift drift) {
        PolicyStatement statement = drift.statement();
        StringBuilder text = new StringBuilder(StatementExpansion.place(statement)).append(": ")
                .append(statement.effect().json());
        if (statement.field() == ActionField.NOT_ACTION) {
            text.append(" NotAction");
        }
        text.append(", +").append(drift.added().size()).append(drift.allows() ? " granted" : " denied");
        if (statement.field() == ActionField.NOT_ACTION && !drift.added().isEmpty()) {
            text.append(" (every new action its NotAction entries do not match)");
        }
        if (!drift.removed().isEmpty()) {
            text.append(", -").append(drift.removed().size()).append(" no longer listed");
        }
        return text.toString();
    }

    private static String counts(List<CatalogAction> added, List<CatalogAction> removed) {
        return "+" + added.size() + (removed.isEmpty() ? "" : " -" + removed.size());
    }

    public String jsonText() {
        return PolicyWriter.write(json());
    }

    public ObjectNode json() {
        ObjectNode root = JSON.objectNode();
        root.put("policy", policy.source());
        root.set("old", CatalogDiff.catalogJson(oldCatalog));
        root.set("new", CatalogDiff.catalogJson(newCatalog));
        root.put("drift", widened());
        root.put("newlyGrantedCount", newlyGranted().size());
        root.set("newlyGranted", ExpansionReport.names(newlyGranted()));
        root.set("newlyDenied", ExpansionReport.names(newlyDenied()));
        root.set("noLongerListed", ExpansionReport.names(noLongerListed()));
        root.set("namedLiterally", ExpansionReport.names(namedLiterally));
        ArrayNode list = root.putArray("statements");
        for (StatementDrift drift : statements) {
            ObjectNode node = list.addObject();
            node.put("statement", drift.statement().pointer());
            if (drift.statement().json().path("Sid").isTextual()) {
                node.put("sid", drift.statement().json().get("Sid").textValue());
            }
            node.put("effect", drift.statement().effect().json());
            node.put("field", drift.statement().field().json());
            node.set("added", ExpansionReport.names(drift.added()));
            node.set("removed", ExpansionReport.names(drift.removed()));
            ArrayNode entries = node.putArray("entries");
            for (EntryDrift entry : drift.entries()) {
                ObjectNode entryNode = entries.addObject();
                entryNode.put("entry", entry.entry());
                entryNode.set("added", ExpansionReport.names(entry.added()));
                entryNode.set("removed", ExpansionReport.names(entry.removed()));
            }
        }
        ArrayNode notes = root.putArray("notes");
        notes().forEach(notes::add);
        return root;
    }
}

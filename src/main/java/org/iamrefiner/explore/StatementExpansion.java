package org.iamrefiner.explore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.check.PatternLanguage;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.PolicyStatement;

/**
 * The catalog actions one statement grants (Allow) or denies (Deny): the union of what its
 * Action entries match, or for NotAction the catalog minus what its entries match.
 *
 * @param statement the statement as read
 * @param entries   each Action or NotAction entry with what it matches, in statement order
 * @param actions   the catalog actions the statement grants or denies, in catalog order
 */
public record StatementExpansion(PolicyStatement statement, List<PatternExpansion> entries, List<CatalogAction> actions) {

    public StatementExpansion {
        entries = List.copyOf(entries);
        actions = List.copyOf(actions);
    }

    /** Expands {@code statement} against {@code catalog}. */
    public static StatementExpansion of(PolicyStatement statement, Catalog catalog) {
        List<PatternExpansion> entries = new ArrayList<>();
        List<PatternLanguage> languages = new ArrayList<>();
        for (String entry : statement.entries()) {
            entries.add(PatternExpansion.of(entry, catalog));
            languages.add(PatternLanguage.of(entry));
        }
        boolean notAction = statement.field() == ActionField.NOT_ACTION;
        List<CatalogAction> actions = new ArrayList<>();
        for (CatalogAction action : candidates(catalog, languages, notAction)) {
            if (ActionPatterns.anyMatches(languages, action) != notAction) {
                actions.add(action);
            }
        }
        return new StatementExpansion(statement, entries, actions);
    }

    /** For an Action statement, only the services its entries name (unless one reaches every service). */
    private static List<CatalogAction> candidates(Catalog catalog, List<PatternLanguage> entries, boolean notAction) {
        if (notAction) {
            return catalog.all();
        }
        SortedSet<String> services = new TreeSet<>();
        for (PatternLanguage entry : entries) {
            String service = entry.fixedService();
            if (service == null) {
                return catalog.all();
            }
            services.add(service);
        }
        List<CatalogAction> actions = new ArrayList<>();
        for (String service : services) {
            actions.addAll(catalog.actionsOf(service));
        }
        return actions;
    }

    /** "grants" or "denies". */
    public String verb() {
        return statement.effect() == Effect.ALLOW ? "grants" : "denies";
    }

    /** The statement's Sid, or null. */
    public String sid() {
        JsonNode sid = statement.json().get("Sid");
        return sid != null && sid.isTextual() ? sid.textValue() : null;
    }

    /** {@code /Statement/1 (Sid "Read")}, or only the pointer when there is no Sid. */
    public String place() {
        return place(statement);
    }

    /** {@code /Statement/1 (Sid "Read")}, or only the pointer when the statement has no Sid. */
    public static String place(PolicyStatement statement) {
        JsonNode sid = statement.json().get("Sid");
        return sid != null && sid.isTextual() && !sid.textValue().isEmpty()
                ? statement.pointer() + " (Sid \"" + sid.textValue() + "\")"
                : statement.pointer();
    }
}

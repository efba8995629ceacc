package org.iamrefiner.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.check.PatternLanguage;
import org.iamrefiner.input.InputException;
import org.iamrefiner.input.JsonInput;

/** The catalog actions an action pattern matches, and the checks a pattern typed on the command line gets. */
public final class ActionPatterns {

    /** The same service prefixes the policy reader accepts. */
    private static final Pattern SERVICE_PREFIX = Pattern.compile("[A-Za-z0-9-]+");

    private ActionPatterns() {
    }

    /** The catalog actions {@code pattern} matches, in catalog order (by service, then case-insensitively). */
    public static List<CatalogAction> matched(Catalog catalog, PatternLanguage pattern) {
        String service = pattern.fixedService();
        List<CatalogAction> candidates = service == null ? catalog.all() : catalog.actionsOf(service);
        List<CatalogAction> matched = new ArrayList<>();
        for (CatalogAction action : candidates) {
            if (pattern.matches(action.fullName())) {
                matched.add(action);
            }
        }
        return matched;
    }

    /** Whether any of {@code patterns} matches the action. */
    public static boolean anyMatches(List<PatternLanguage> patterns, CatalogAction action) {
        String name = action.fullName();
        for (PatternLanguage pattern : patterns) {
            if (pattern.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks a pattern given as an argument the way the policy reader checks a policy's entries:
     * {@code *} or {@code service:rest}, the service made of letters, digits and hyphens.
     *
     * @param label names the argument in the message ("argument 2")
     * @throws InputException when the pattern is not an action pattern
     */
    public static void checkArgument(String pattern, String label) throws InputException {
        if (pattern.equals("*")) {
            return;
        }
        String shown = "action pattern " + JsonInput.quote(pattern);
        int colon = pattern.indexOf(':');
        if (colon < 0) {
            throw new InputException(label, null, shown + " has no service prefix (expected service:Action, "
                    + "e.g. s3:Get*, or *)");
        }
        String service = pattern.substring(0, colon);
        if (!SERVICE_PREFIX.matcher(service).matches()) {
            throw new InputException(label, null, shown + " has an invalid service prefix "
                    + JsonInput.quote(service) + " (only letters, digits and hyphens)");
        }
        if (colon == pattern.length() - 1) {
            throw new InputException(label, null, shown + " has no action name after the service prefix");
        }
    }
}

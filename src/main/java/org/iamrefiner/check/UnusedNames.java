package org.iamrefiner.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.UnusedAction;
import org.iamrefiner.finding.UnusedService;

/**
 * The unused set U of a finding: unused action names (known to the catalog or not) and
 * services unused as a whole, which stand for every string {@code svc:…}.
 */
final class UnusedNames {

    /** Lower-case name ("s3:getbucketacl") → the name as the finding spells it. */
    private final Map<String, String> actions;
    private final Set<String> wholeServices;

    private UnusedNames(Map<String, String> actions, Set<String> wholeServices) {
        this.actions = Collections.unmodifiableMap(actions);
        this.wholeServices = Collections.unmodifiableSet(wholeServices);
    }

    static UnusedNames of(Finding finding) {
        Map<String, String> actions = new LinkedHashMap<>();
        Set<String> services = new LinkedHashSet<>();
        for (UnusedService service : finding.services()) {
            if (service.serviceLevel()) {
                services.add(service.service());
            }
            for (UnusedAction action : service.actions()) {
                actions.putIfAbsent(action.key(), action.fullName());
            }
        }
        return new UnusedNames(actions, services);
    }

    /** Whether a catalog action belongs to U. */
    boolean contains(CatalogAction action) {
        return wholeServices.contains(action.service()) || actions.containsKey(action.key());
    }

    /** Unused action names, lower case → spelling of the finding, in finding order. */
    Map<String, String> actionNames() {
        return actions;
    }

    /** Services unused as a whole, lower case. */
    Set<String> wholeServices() {
        return wholeServices;
    }

    /** The language {@code svc:*} of a service unused as a whole. */
    static PatternLanguage everythingOf(String service) {
        return PatternLanguage.of(service + ":*");
    }
}

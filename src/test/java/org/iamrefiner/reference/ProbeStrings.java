package org.iamrefiner.reference;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Action strings on which two patterns' languages are compared: a sanity net, not a proof. They are
 * the unused names, the catalog names, each catalog name extended and truncated, each service's
 * bare prefix and an unknown name in it, and each pattern with its wildcards filled in.
 */
final class ProbeStrings {

    private static final List<String> EXTENSIONS = List.of("x", "s", "Acl", "Zz9", "-q");
    private static final List<String> STAR_FILLINGS = List.of("", "q", "Zz-9");

    private ProbeStrings() {
    }

    /** Lower-case probes; {@code services} are bare service prefixes. */
    static Set<String> of(Collection<String> catalog, Collection<String> unusedNames, Collection<String> services,
                          Collection<String> patterns) {
        Set<String> probes = new LinkedHashSet<>(unusedNames);
        for (String action : catalog) {
            probes.add(action);
            EXTENSIONS.forEach(extension -> probes.add(action + extension));
            int nameStart = action.indexOf(':') + 1;
            for (int drop : new int[] {1, 2, 3, (action.length() - nameStart) / 2}) {
                if (action.length() - drop >= nameStart) {
                    probes.add(action.substring(0, action.length() - drop));
                }
            }
        }
        for (String service : services) {
            probes.add(service + ":");
            probes.add(service + ":NewZz");
        }
        for (String pattern : patterns) {
            for (String filling : STAR_FILLINGS) {
                probes.add(pattern.replace("*", filling).replace("?", "q"));
            }
        }
        Set<String> lowerCased = new LinkedHashSet<>();
        probes.forEach(probe -> lowerCased.add(probe.toLowerCase(Locale.ROOT)));
        return lowerCased;
    }
}

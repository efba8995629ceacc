package org.iamrefiner.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iamrefiner.catalog.CatalogAction;

/**
 * The trie rules ask {@link KnownActions#knows} whether an unused name is a catalog action and
 * spell it with {@link KnownActions#fullNameOf}; organisation rules may use {@link KnownActions#named}.
 * All three must say what a scan of the actions says.
 */
class KnownActionsLookupProperties {

    /** Names over few letters and cases, so that keys collide and neighbour each other. */
    @Provide
    Arbitrary<String> actionNames() {
        return Arbitraries.strings().withChars("aAbB").ofMinLength(1).ofMaxLength(5);
    }

    @Provide
    Arbitrary<List<String>> actionNameLists() {
        return actionNames().list().ofMaxSize(12);
    }

    @Property(tries = 1000)
    void lookupsByKeyAgreeWithAScan(@ForAll("actionNameLists") List<String> names, @ForAll("actionNames") String asked) {
        Map<String, KnownAction> byKey = new LinkedHashMap<>();
        for (String name : names) {
            KnownAction action = new KnownAction(new CatalogAction("svc", name, "", List.of()));
            byKey.putIfAbsent(action.getKey(), action);
        }
        List<KnownAction> sorted = new ArrayList<>(byKey.values());
        sorted.sort(Comparator.comparing(KnownAction::getKey));
        KnownActions known = new KnownActions(sorted);
        String key = ("svc:" + asked).toLowerCase();

        Optional<KnownAction> scanned = sorted.stream().filter(action -> action.getKey().equals(key)).findFirst();

        assertThat(known.knows(key)).isEqualTo(scanned.isPresent());
        assertThat(known.fullNameOf(key)).isEqualTo(scanned.map(KnownAction::getFullName).orElse(null));
        assertThat(known.named(key)).isEqualTo(scanned.map(List::of).orElse(List.of()));
    }
}

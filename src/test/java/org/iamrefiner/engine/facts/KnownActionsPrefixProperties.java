package org.iamrefiner.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iamrefiner.catalog.ActionNames;
import org.iamrefiner.catalog.CatalogAction;

/**
 * The rule that links a node to the nodes above it looks up only the prefixes
 * {@link KnownActions#nodePrefixesOf} gives, and a second rule, for covers with names the catalog
 * does not know, those {@link KnownActions#otherPrefixesOf} gives. Together they must be every
 * prefix the plain scan ({@link ActionNames#prefixesLongerThan}) gives, each once, and the first
 * must hold every prefix a known action's trie path can have.
 */
class KnownActionsPrefixProperties {

    /** Action names over few letters and cases, so that word boundaries and shared prefixes are common. */
    @Provide
    Arbitrary<String> actionNames() {
        return Arbitraries.strings().withChars("aAbB").ofMinLength(1).ofMaxLength(7);
    }

    @Provide
    Arbitrary<List<String>> actionNameLists() {
        return actionNames().list().ofMaxSize(10);
    }

    @Property(tries = 1000)
    void theTwoListsSplitThePlainScanAndTheFirstHoldsEveryWordPrefix(
            @ForAll("actionNameLists") List<String> names, @ForAll("actionNames") String text,
            @ForAll("actionNames") String rootName, @ForAll int minLengthSeed) {
        Map<String, KnownAction> byKey = new LinkedHashMap<>();
        for (String name : names) {
            KnownAction action = new KnownAction(new CatalogAction("svc", name, "", List.of()));
            byKey.putIfAbsent(action.getKey(), action);
        }
        List<KnownAction> sorted = new ArrayList<>(byKey.values());
        sorted.sort(Comparator.comparing(KnownAction::getKey));
        KnownActions known = new KnownActions(sorted);
        String prefix = ("svc:" + text).toLowerCase();
        String root = ("svc:" + rootName).toLowerCase().substring(0, Math.min(prefix.length(), 4 + rootName.length() / 2));
        int minLength = Math.floorMod(minLengthSeed, prefix.length() + 1) - 1;

        List<String> nodeLike = known.nodePrefixesOf(prefix, minLength, root);
        List<String> others = known.otherPrefixesOf(prefix, minLength, root);
        List<String> all = ActionNames.prefixesLongerThan(prefix, minLength);

        Set<String> together = new HashSet<>(nodeLike);
        together.addAll(others);
        assertThat(nodeLike.size() + others.size()).isEqualTo(all.size());
        assertThat(together).containsExactlyInAnyOrderElementsOf(all);

        Set<String> wordPrefixes = new HashSet<>();
        for (KnownAction action : sorted) {
            wordPrefixes.addAll(action.getWordPrefixes());
        }
        for (String candidate : all) {
            if (candidate.equals(root) || wordPrefixes.contains(candidate)) {
                assertThat(nodeLike).contains(candidate);
            }
        }
    }
}

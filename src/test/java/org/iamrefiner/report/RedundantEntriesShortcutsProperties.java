package org.iamrefiner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.iamrefiner.check.LanguageSearch;
import org.iamrefiner.check.PatternLanguage;

/**
 * The notes on redundant entries, found through an index of the entries' prefixes and direct
 * inclusion decisions, are those of trying every pair with the general language search.
 */
class RedundantEntriesShortcutsProperties {

    private static final String AT = "/Statement/0";

    @Provide
    Arbitrary<List<String>> lists() {
        Arbitrary<String> service = Arbitraries.of("s", "S", "sb", "t");
        Arbitrary<String> glob = Arbitraries.strings().withChars('a', 'A', 'b', '*', '?', ':').ofMinLength(0).ofMaxLength(4);
        Arbitrary<String> entry = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("*", "**", "*:*", "s*")),
                Tuple.of(8, Combinators.combine(service, glob).as((s, g) -> s + ":" + g)));
        return entry.list().ofMinSize(0).ofMaxSize(12);
    }

    @Property(tries = 1000)
    void indexedNotesAreThoseOfEveryPair(@ForAll("lists") List<String> entries) {
        assertThat(RedundantEntries.notes(AT, entries)).isEqualTo(everyPair(entries));
    }

    /** The notes as defined: for each entry, the first other entry whose language holds it. */
    private static List<String> everyPair(List<String> entries) {
        List<String> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : entries) {
            if (seen.add(entry.toLowerCase(Locale.ROOT))) {
                distinct.add(entry);
            }
        }
        List<PatternLanguage> languages = distinct.stream().map(PatternLanguage::of).toList();
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < distinct.size(); j++) {
            for (int i = 0; i < distinct.size(); i++) {
                if (i != j && inside(languages.get(j), languages.get(i))
                        && (i < j || !inside(languages.get(i), languages.get(j)))) {
                    notes.add(AT + ": \"" + distinct.get(j) + "\" is already granted by \"" + distinct.get(i) + "\"");
                    break;
                }
            }
        }
        return notes;
    }

    private static boolean inside(PatternLanguage inner, PatternLanguage outer) {
        return LanguageSearch.find(List.of(inner), List.of(outer)).isEmpty();
    }
}

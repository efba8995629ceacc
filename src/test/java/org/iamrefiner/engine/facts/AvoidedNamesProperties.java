package org.iamrefiner.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The binary searches of {@link AvoidedNames} answer what a scan of every name answers: the rules
 * rely on them to decide which trie nodes are unsafe and where a target's path starts.
 */
class AvoidedNamesProperties {

    private static final Cover COVER = new Cover("/Statement/0", null, CoverMode.EXCLUDE_UNUSED, "test");

    /** Short names over few letters, so that shared prefixes, equal names and prefixes of each other are common. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("aAbB:c").ofMinLength(0).ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> services() {
        return Arbitraries.strings().withChars("ab").ofMinLength(1).ofMaxLength(3).map(service -> service + ":");
    }

    @Provide
    Arbitrary<List<String>> nameLists() {
        return names().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> serviceLists() {
        return services().list().ofMaxSize(3);
    }

    @Property(tries = 1000)
    void theNameStartingWithAPrefixIsTheFirstInKeyOrder(@ForAll("nameLists") List<String> names,
                                                        @ForAll("serviceLists") List<String> services,
                                                        @ForAll("names") String prefix) {
        AvoidedNames avoided = new AvoidedNames(COVER, names, services, "test");
        String key = prefix.toLowerCase(Locale.ROOT);
        String expected = names.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(key))
                .min(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)))
                .orElse(null);
        String found = avoided.nameStartingWith(key);
        if (expected == null) {
            assertThat(found).isNull();
        } else {
            // Names equal but for case are one key; either spelling names it.
            assertThat(found).isNotNull();
            assertThat(found.toLowerCase(Locale.ROOT)).isEqualTo(expected.toLowerCase(Locale.ROOT));
        }
    }

    @Property(tries = 1000)
    void theSharedLengthIsTheLongestPrefixSharedWithAnyNameOrService(@ForAll("nameLists") List<String> names,
                                                                     @ForAll("serviceLists") List<String> services,
                                                                     @ForAll("names") String target) {
        AvoidedNames avoided = new AvoidedNames(COVER, names, services, "test");
        String key = target.toLowerCase(Locale.ROOT);
        int expected = 0;
        for (String name : names) {
            expected = Math.max(expected, common(name.toLowerCase(Locale.ROOT), key));
        }
        for (String service : services) {
            expected = Math.max(expected, common(service, key));
        }
        assertThat(avoided.sharedLength(key)).isEqualTo(expected);
    }

    private static int common(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}

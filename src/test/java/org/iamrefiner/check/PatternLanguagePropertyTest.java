package org.iamrefiner.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Inclusion, intersection and the general search agree with brute force: every string up to
 * length 4 over a tiny alphabet, judged by an independent regular-expression matcher.
 */
class PatternLanguagePropertyTest {

    private static final int MAX_LENGTH = 4;
    /** 'c' appears in no pattern, so it plays "any other character"; 'B' in patterns tests case folding. */
    private static final List<String> STRINGS = allStrings("abc", MAX_LENGTH);

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars('a', 'B', '*', '?').ofMinLength(0).ofMaxLength(4);
    }

    @Property
    void matchesAgreesWithRegularExpression(@ForAll("patterns") String pattern) {
        PatternLanguage language = PatternLanguage.of(pattern);
        for (String text : STRINGS) {
            assertThat(language.matches(text)).as("%s on %s", pattern, text).isEqualTo(oracle(pattern, text));
            assertThat(language.matches(text.toUpperCase())).isEqualTo(oracle(pattern, text));
        }
    }

    @Property
    void subsetAgreesWithEnumeration(@ForAll("patterns") String a, @ForAll("patterns") String b) {
        Optional<String> witness = PatternLanguage.of(a).isSubsetOf(PatternLanguage.of(b));
        Optional<String> enumerated = firstString(List.of(a), List.of(b));

        assertAgree(witness, enumerated, List.of(a), List.of(b));
    }

    @Property
    void intersectionAgreesWithEnumeration(@ForAll("patterns") String a, @ForAll("patterns") String b) {
        Optional<String> witness = PatternLanguage.of(a).intersects(PatternLanguage.of(b));
        Optional<String> enumerated = firstString(List.of(a, b), List.of());

        assertAgree(witness, enumerated, List.of(a, b), List.of());
    }

    @Property
    void searchAgreesWithEnumeration(@ForAll("patterns") String a, @ForAll("patterns") String b,
                                     @ForAll("patterns") String c, @ForAll("patterns") String d) {
        Optional<String> witness = LanguageSearch.find(
                List.of(PatternLanguage.of(a), PatternLanguage.of(b)), List.of(PatternLanguage.of(c), PatternLanguage.of(d)));
        Optional<String> enumerated = firstString(List.of(a, b), List.of(c, d));

        assertAgree(witness, enumerated, List.of(a, b), List.of(c, d));
    }

    /**
     * The search returns a shortest witness, so it finds one exactly when enumeration does up to
     * the enumerated length; any witness it returns must really be in all and in none.
     */
    private static void assertAgree(Optional<String> witness, Optional<String> enumerated,
                                    List<String> inAll, List<String> inNone) {
        enumerated.ifPresent(shortest -> {
            assertThat(witness).as("enumeration found %s", shortest).isPresent();
            assertThat(witness.get().length()).isLessThanOrEqualTo(shortest.length());
        });
        witness.ifPresent(found -> {
            assertThat(inAll).allSatisfy(p -> assertThat(oracle(p, found)).as("%s in %s", found, p).isTrue());
            assertThat(inNone).allSatisfy(p -> assertThat(oracle(p, found)).as("%s not in %s", found, p).isFalse());
            if (found.length() <= MAX_LENGTH) {
                assertThat(enumerated).isPresent();
            }
        });
        if (witness.isEmpty()) {
            assertThat(enumerated).isEmpty();
        }
    }

    private static Optional<String> firstString(List<String> inAll, List<String> inNone) {
        return STRINGS.stream()
                .filter(s -> inAll.stream().allMatch(p -> oracle(p, s)))
                .filter(s -> inNone.stream().noneMatch(p -> oracle(p, s)))
                .findFirst();
    }

    /** Glob semantics through java.util.regex, independent of PatternLanguage. */
    private static boolean oracle(String glob, String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(text).matches();
    }

    /** Every string over the alphabet up to the length, shortest first. */
    private static List<String> allStrings(String alphabet, int maxLength) {
        List<String> strings = new ArrayList<>(List.of(""));
        int levelStart = 0;
        for (int length = 1; length <= maxLength; length++) {
            int levelEnd = strings.size();
            for (int i = levelStart; i < levelEnd; i++) {
                for (char c : alphabet.toCharArray()) {
                    strings.add(strings.get(i) + c);
                }
            }
            levelStart = levelEnd;
        }
        return List.copyOf(strings);
    }
}

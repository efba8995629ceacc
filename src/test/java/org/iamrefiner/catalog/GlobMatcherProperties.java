package org.iamrefiner.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The prepared matcher answers exactly as the general automaton, for every shape of pattern. */
class GlobMatcherProperties {

    @Property(tries = 2000)
    void agreesWithTheAutomaton(@ForAll @StringLength(max = 7) @Chars({'a', 'B', ':', '*', '?'}) String pattern,
                                @ForAll @StringLength(max = 7) @Chars({'a', 'A', 'b', 'B', ':'}) String text) {
        assertThat(new GlobMatcher(pattern).matches(text)).isEqualTo(Glob.matches(pattern, text));
    }

    @Property(tries = 2000)
    void answersForPrefixesAsTheAutomaton(@ForAll @StringLength(max = 7) @Chars({'a', 'B', ':', '*', '?'}) String pattern,
                                          @ForAll @StringLength(max = 7) @Chars({'a', 'A', 'b', 'B', ':'}) String prefix) {
        GlobMatcher matcher = new GlobMatcher(pattern);
        assertThat(matcher.matchesEveryExtension(prefix)).isEqualTo(Glob.matchesEveryExtension(pattern, prefix));
        assertThat(matcher.matchesSomeExtension(prefix)).isEqualTo(Glob.matchesSomeExtension(pattern, prefix));
    }

    @Property(tries = 500)
    void answersForPrefixesOfPrefixWildcardsAndNamesAsTheAutomaton(
            @ForAll @StringLength(max = 5) @Chars({'a', 'B', ':'}) String literal,
            @ForAll @StringLength(max = 7) @Chars({'a', 'A', 'b', 'B', ':'}) String prefix) {
        for (String pattern : new String[] {literal, literal + "*"}) {
            GlobMatcher matcher = new GlobMatcher(pattern);
            assertThat(matcher.matchesEveryExtension(prefix)).isEqualTo(Glob.matchesEveryExtension(pattern, prefix));
            assertThat(matcher.matchesSomeExtension(prefix)).isEqualTo(Glob.matchesSomeExtension(pattern, prefix));
        }
    }

    @Property(tries = 500)
    void agreesOnPrefixWildcards(@ForAll @StringLength(max = 5) @Chars({'a', 'B', ':'}) String prefix,
                                 @ForAll @StringLength(max = 7) @Chars({'a', 'A', 'b', 'B', ':'}) String text) {
        assertThat(new GlobMatcher(prefix + "*").matches(text)).isEqualTo(Glob.matches(prefix + "*", text));
        assertThat(new GlobMatcher(prefix).matches(text)).isEqualTo(Glob.matches(prefix, text));
    }

    /** The shapes read by a substring search, {@code root*middle*} and {@code root*middle}, answer as the automaton. */
    @Property(tries = 2000)
    void agreesOnARootAStarAndALiteral(@ForAll @StringLength(max = 4) @Chars({'a', 'B', ':'}) String root,
                                       @ForAll @StringLength(min = 1, max = 3) @Chars({'a', 'B', ':'}) String middle,
                                       @ForAll boolean lastStar,
                                       @ForAll @StringLength(max = 9) @Chars({'a', 'A', 'b', 'B', ':'}) String text) {
        String pattern = root + "*" + middle + (lastStar ? "*" : "");
        GlobMatcher matcher = new GlobMatcher(pattern);
        assertThat(matcher.matches(text)).isEqualTo(Glob.matches(pattern, text));
        assertThat(matcher.matchesEveryExtension(text)).isEqualTo(Glob.matchesEveryExtension(pattern, text));
        assertThat(matcher.matchesSomeExtension(text)).isEqualTo(Glob.matchesSomeExtension(pattern, text));
    }

    /** The matcher's root and lower-case pattern, which the policy entry fact shares, are Glob's. */
    @Property(tries = 500)
    void sharesTheRootAndTheLowerCasePattern(@ForAll @StringLength(max = 8) @Chars({'a', 'B', ':', '*', '?', 'İ'}) String pattern) {
        GlobMatcher matcher = new GlobMatcher(pattern);
        assertThat(matcher.root()).isEqualTo(Glob.root(pattern));
        assertThat(matcher.lowerCasePattern()).isEqualTo(pattern.toLowerCase(java.util.Locale.ROOT));
    }
}

package org.iamrefiner.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * The automaton keeps its states in one long for patterns shorter than 64 characters and in a
 * bit set for longer ones; both read patterns as IAM does.
 */
class GlobProperties {

    /** A literal start that takes every pattern it begins past 63 characters, onto the bit set. */
    private static final String LONG_START = "x".repeat(64);

    @Property(tries = 2000)
    void matchesAsARegularExpressionWould(@ForAll @StringLength(max = 7) @Chars({'a', 'B', ':', '*', '?'}) String pattern,
                                          @ForAll @StringLength(max = 7) @Chars({'a', 'A', 'b', 'B', ':'}) String text) {
        boolean expected = regex(pattern).matcher(text).matches();
        assertThat(Glob.matches(pattern, text)).isEqualTo(expected);
        assertThat(Glob.matches(LONG_START + pattern, LONG_START + text)).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void longPatternsAnswerForPrefixesAsShortOnes(@ForAll @StringLength(max = 7) @Chars({'a', 'B', ':', '*', '?'}) String pattern,
                                                  @ForAll @StringLength(max = 7) @Chars({'a', 'A', 'b', 'B', ':'}) String prefix) {
        // Reading the literal start leads to the state where the short pattern begins.
        assertThat(Glob.matchesEveryExtension(LONG_START + pattern, LONG_START + prefix))
                .isEqualTo(Glob.matchesEveryExtension(pattern, prefix));
        assertThat(Glob.matchesSomeExtension(LONG_START + pattern, LONG_START + prefix))
                .isEqualTo(Glob.matchesSomeExtension(pattern, prefix));
    }

    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}

package org.iamrefiner.reference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference's position-walk glob, by example and against the regular-expression matcher. */
class GlobPatternTest {

    @Test
    void matchesWholeStringIgnoringCase() {
        GlobPattern pattern = new GlobPattern("S3:Get*Acl");

        assertThat(pattern.matches("s3:getobjectacl")).isTrue();
        assertThat(pattern.matches("s3:GETACL")).isTrue();
        assertThat(pattern.matches("s3:getobjectacls")).isFalse();
        assertThat(new GlobPattern("a:G?t").matches("a:get")).isTrue();
        assertThat(new GlobPattern("a:G?t").matches("a:gt")).isFalse();
    }

    @Test
    void literalPrefixStopsAtTheFirstWildcard() {
        assertThat(new GlobPattern("S3:Get*").literalPrefix()).isEqualTo("s3:get");
        assertThat(new GlobPattern("a:G?t*").literalPrefix()).isEqualTo("a:g");
        assertThat(new GlobPattern("*").literalPrefix()).isEmpty();
        assertThat(new GlobPattern("s3:GetObject").isLiteral()).isTrue();
    }

    @Test
    void everyExtensionNeedsOnlyStarsLeftAfterThePrefix() {
        assertThat(new GlobPattern("a:*").matchesEveryStringStartingWith("a:get")).isTrue();
        assertThat(new GlobPattern("a:G?t*").matchesEveryStringStartingWith("a:get")).isTrue();
        assertThat(new GlobPattern("a:Get*Acl").matchesEveryStringStartingWith("a:getobjectacl")).isFalse();
        assertThat(new GlobPattern("a:Get").matchesEveryStringStartingWith("a:get")).isFalse();
        assertThat(new GlobPattern("a:Get*").matchesEveryStringStartingWith("a:ge")).isFalse();
    }

    @Test
    void someExtensionMatchesWhileThePatternCanStillBeFollowed() {
        assertThat(new GlobPattern("*").canMatchSomeStringStartingWith("iam:")).isTrue();
        assertThat(new GlobPattern("i?m:Get*").canMatchSomeStringStartingWith("iam:")).isTrue();
        assertThat(new GlobPattern("s3:*").canMatchSomeStringStartingWith("iam:")).isFalse();
        assertThat(new GlobPattern("ia").canMatchSomeStringStartingWith("iam:")).isFalse();
    }

    @Property(tries = 500)
    void agreesWithTheRegularExpressionMatcher(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        assertThat(new GlobPattern(pattern).matches(text)).isEqualTo(new RegexGlob().matches(pattern, text));
    }

    @Property(tries = 500)
    void prefixAnswersHoldForExtensions(@ForAll("patterns") String pattern, @ForAll("texts") String prefix,
                                        @ForAll("texts") String suffix) {
        GlobPattern glob = new GlobPattern(pattern);
        boolean extensionMatches = new RegexGlob().matches(pattern, prefix + suffix);

        if (glob.matchesEveryStringStartingWith(prefix)) {
            assertThat(extensionMatches).isTrue();
        }
        if (!glob.canMatchSomeStringStartingWith(prefix)) {
            assertThat(extensionMatches).isFalse();
        }
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars('a', 'B', '*', '?', ':').ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', 'A', ':').ofMaxLength(6);
    }
}

package org.iamrefiner.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Action patterns as languages: matching, inclusion and intersection on real-looking patterns. */
class PatternLanguageTest {

    @Test
    void matchesTheWholeStringIgnoringCase() {
        PatternLanguage getAll = PatternLanguage.of("s3:Get*");

        assertThat(getAll.matches("S3:getobjectacl")).isTrue();
        assertThat(getAll.matches("s3:Get")).isTrue();
        assertThat(getAll.matches("xs3:GetObject")).isFalse();
        assertThat(PatternLanguage.of("s3:Get?bject").matches("s3:GetObject")).isTrue();
        assertThat(PatternLanguage.of("s3:Get?bject").matches("s3:Getbject")).isFalse();
    }

    @Test
    void narrowerPrefixIsInsideWiderOne() {
        assertThat(PatternLanguage.of("s3:GetObject*").isSubsetOf(PatternLanguage.of("S3:get*"))).isEmpty();
        assertThat(PatternLanguage.of("s3:GetObject").isSubsetOf(PatternLanguage.of("s3:*Object"))).isEmpty();
    }

    @Test
    void widerPatternGivesAStringOutside() {
        PatternLanguage wide = PatternLanguage.of("s3:*Object*");
        PatternLanguage narrow = PatternLanguage.of("s3:Get*");

        String witness = wide.isSubsetOf(narrow).orElseThrow();

        assertThat(wide.matches(witness)).isTrue();
        assertThat(narrow.matches(witness)).isFalse();
    }

    @Test
    void questionMarkNeedsExactlyOneCharacter() {
        PatternLanguage star = PatternLanguage.of("s3:Get*");
        PatternLanguage oneMore = PatternLanguage.of("s3:Get?*");

        assertThat(star.isSubsetOf(oneMore)).contains("s3:get");
        assertThat(oneMore.isSubsetOf(star)).isEmpty();
    }

    @Test
    void intersectionAcrossTwoWildcards() {
        String shared = PatternLanguage.of("s3:*Acl").intersects(PatternLanguage.of("s3:GetBucket*")).orElseThrow();

        assertThat(shared).isEqualTo("s3:getbucketacl");
        assertThat(PatternLanguage.of("s3:List*").intersects(PatternLanguage.of("s3:Get*"))).isEmpty();
        assertThat(PatternLanguage.of("*").intersects(PatternLanguage.of("iam:PassRole"))).contains("iam:passrole");
    }

    @Test
    void serviceOnlyFixedWhenNoWildcardBeforeTheColon() {
        assertThat(PatternLanguage.of("S3:Get*").fixedService()).isEqualTo("s3");
        assertThat(PatternLanguage.of("s*:Get*").fixedService()).isNull();
        assertThat(PatternLanguage.of("*").fixedService()).isNull();
    }
}

package org.iamrefiner.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionNamesTest {

    @Test
    void camelCaseWordsAreBoundaries() {
        assertThat(ActionNames.wordPrefixes("s3:GetObjectAcl"))
                .containsExactly("s3:", "s3:get", "s3:getobject", "s3:getobjectacl");
    }

    @Test
    void capitalRunEndsBeforeItsLastCapitalWhenLowerCaseFollows() {
        assertThat(ActionNames.wordPrefixes("rds:CreateDBCluster"))
                .containsExactly("rds:", "rds:create", "rds:createdb", "rds:createdbcluster");
    }

    @Test
    void digitFollowedByCapitalIsABoundaryButCapitalFollowedByDigitIsNot() {
        assertThat(ActionNames.wordPrefixes("ec2:GetV2Thing"))
                .containsExactly("ec2:", "ec2:get", "ec2:getv2", "ec2:getv2thing");
    }

    @Test
    void nonAlphanumericCharactersAreWordsOfTheirOwn() {
        assertThat(ActionNames.wordPrefixes("svc:Foo-Bar"))
                .containsExactly("svc:", "svc:foo", "svc:foo-", "svc:foo-bar");
    }

    @Test
    void allCapsAndLowerCaseNamesHaveOnlyTheFullName() {
        assertThat(ActionNames.wordPrefixes("apigateway:GET")).containsExactly("apigateway:", "apigateway:get");
        assertThat(ActionNames.wordPrefixes("cloudsearch:search")).containsExactly("cloudsearch:", "cloudsearch:search");
    }

    @Test
    void prefixesAreListedLongestFirstAboveAMinimumLength() {
        assertThat(ActionNames.prefixesLongerThan("a:bcd", 2)).containsExactly("a:bc", "a:b");
        assertThat(ActionNames.prefixesLongerThan("ab", -1)).containsExactly("a", "");
    }

    @Test
    void prefixesFromAMinimumLengthRunUpToTheTextItself() {
        assertThat(ActionNames.prefixesFrom("s3:geta", 5)).containsExactly("s3:ge", "s3:get", "s3:geta");
        assertThat(ActionNames.prefixesFrom("ab", 0)).containsExactly("", "a", "ab");
        assertThat(ActionNames.prefixesFrom("ab", 2)).containsExactly("ab");
    }

    @Test
    void wildcardIsSpelledLikeTheFirstActionInOrder() {
        assertThat(ActionNames.wildcardSpelling("s3:getobject",
                java.util.List.of("s3:GetObjectTagging", "s3:GetObjectAcl"))).isEqualTo("s3:GetObject*");
    }
}

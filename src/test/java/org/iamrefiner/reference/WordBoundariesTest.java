package org.iamrefiner.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Word-boundary prefixes of catalog names, the candidate trie nodes. */
class WordBoundariesTest {

    @Test
    void camelCaseWordsEndAtTheNextCapital() {
        assertThat(WordBoundaries.prefixes("s3:GetObjectAcl"))
                .containsExactly("s3:", "s3:get", "s3:getobject", "s3:getobjectacl");
    }

    @Test
    void capitalRunEndsBeforeItsLastCapitalWhenLowerCaseFollows() {
        assertThat(WordBoundaries.prefixes("rds:CreateDBCluster"))
                .containsExactly("rds:", "rds:create", "rds:createdb", "rds:createdbcluster");
    }

    @Test
    void capitalAfterADigitStartsAWordButADigitDoesNot() {
        assertThat(WordBoundaries.prefixes("s3:ListV2Objects"))
                .containsExactly("s3:", "s3:list", "s3:listv2", "s3:listv2objects");
    }

    @Test
    void symbolIsAWordOfItsOwn() {
        assertThat(WordBoundaries.prefixes("a:Get-Thing"))
                .containsExactly("a:", "a:get", "a:get-", "a:get-thing");
    }

    @Test
    void allCapitalsAndAllLowerCaseAreOneWord() {
        assertThat(WordBoundaries.prefixes("apigateway:GET")).containsExactly("apigateway:", "apigateway:get");
        assertThat(WordBoundaries.prefixes("cloudsearch:search")).containsExactly("cloudsearch:", "cloudsearch:search");
    }
}

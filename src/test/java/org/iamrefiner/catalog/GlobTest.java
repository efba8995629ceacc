package org.iamrefiner.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void matchesCaseInsensitivelyWithStarAndQuestionMark() {
        assertThat(Glob.matches("s3:Get*", "S3:getobject")).isTrue();
        assertThat(Glob.matches("s3:G?tObject", "s3:GetObject")).isTrue();
        assertThat(Glob.matches("s3:G?tObject", "s3:GtObject")).isFalse();
        assertThat(Glob.matches("s3:Get*Acl", "s3:GetObjectAcl")).isTrue();
        assertThat(Glob.matches("s3:Get*Acl", "s3:GetObjectAclX")).isFalse();
        assertThat(Glob.matches("*", "anything:AtAll")).isTrue();
        assertThat(Glob.matches("s3:GetObject", "s3:GetObjectAcl")).isFalse();
    }

    @Test
    void rootIsTheLowerCaseLiteralPartBeforeTheFirstWildcard() {
        assertThat(Glob.root("s3:Get*")).isEqualTo("s3:get");
        assertThat(Glob.root("s3:G?t*")).isEqualTo("s3:g");
        assertThat(Glob.root("*")).isEmpty();
        assertThat(Glob.root("s3:GetObject")).isEqualTo("s3:getobject");
    }

    @Test
    void serviceIsNullWhenTheServicePartHasAWildcard() {
        assertThat(Glob.serviceOf("S3:Get*")).isEqualTo("s3");
        assertThat(Glob.serviceOf("*")).isNull();
        assertThat(Glob.serviceOf("s*:Get")).isNull();
    }

    @Test
    void everyExtensionIsMatchedOnlyWhenNothingButStarsRemain() {
        assertThat(Glob.matchesEveryExtension("s3:Get*", "s3:getobject")).isTrue();
        assertThat(Glob.matchesEveryExtension("s3:Get*Acl", "s3:getobject")).isFalse();
        assertThat(Glob.matchesEveryExtension("s3:Get*Acl*", "s3:getobjectacl")).isTrue();
        assertThat(Glob.matchesEveryExtension("s3:GetObject", "s3:getobject")).isFalse();
        assertThat(Glob.matchesEveryExtension("s3:G?t*", "s3:ge")).isFalse();
        assertThat(Glob.matchesEveryExtension("s3:G?t*", "s3:get")).isTrue();
        assertThat(Glob.matchesEveryExtension("*", "")).isTrue();
    }

    @Test
    void someExtensionExistsWhenThePatternCanGoOnAfterThePrefix() {
        assertThat(Glob.matchesSomeExtension("*", "iam:")).isTrue();
        assertThat(Glob.matchesSomeExtension("iam:Get*", "iam:")).isTrue();
        assertThat(Glob.matchesSomeExtension("s3:Get*", "iam:")).isFalse();
        assertThat(Glob.matchesSomeExtension("iam:", "iam:")).isFalse();
    }
}

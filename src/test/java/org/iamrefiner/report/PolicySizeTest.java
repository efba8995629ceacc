package org.iamrefiner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.iamrefiner.policy.PolicyWriter;
import org.iamrefiner.report.PolicySize.Entry;
import org.iamrefiner.report.PolicySize.PolicyType;
import org.iamrefiner.report.PolicySize.SizeReport;
import org.junit.jupiter.api.Test;

/** Sizes as IAM counts them (no white space), and the limits of each policy type. */
class PolicySizeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void smallPolicyCountedByHand() throws Exception {
        JsonNode policy = json("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": "s3:GetObject",
                      "Resource": "*"
                    }
                  ]
                }
                """);
        // {                 1   ->  1
        // "Version"         9   -> 10
        // :                 1   -> 11
        // "2012-10-17"     12   -> 23
        // ,                 1   -> 24
        // "Statement"      11   -> 35
        // :[{               3   -> 38
        // "Effect"          8   -> 46
        // :                 1   -> 47
        // "Allow"           7   -> 54
        // ,                 1   -> 55
        // "Action"          8   -> 63
        // :                 1   -> 64
        // "s3:GetObject"   14   -> 78
        // ,                 1   -> 79
        // "Resource"       10   -> 89
        // :                 1   -> 90
        // "*"               3   -> 93
        // }]}               3   -> 96
        assertThat(PolicySize.characters(policy)).isEqualTo(96);
    }

    @Test
    void layoutDoesNotMatter() throws Exception {
        JsonNode pretty = json("{\n  \"Action\" :\t[ \"s3:GetObject\" ,\r\n \"s3:PutObject\" ]\n}\n");
        JsonNode compact = json("{\"Action\":[\"s3:GetObject\",\"s3:PutObject\"]}");
        // { "Action" : [ "s3:GetObject" , "s3:PutObject" ] }
        // 1 +  8    + 1 + 1 +   14     + 1 +    14      + 1 + 1 = 42
        assertThat(PolicySize.characters(pretty)).isEqualTo(42);
        assertThat(PolicySize.characters(compact)).isEqualTo(42);
    }

    @Test
    void eachMoreEntryAddsItsQuotedTextAndAComma() throws Exception {
        String one = "{\"Action\":[\"s3:GetObject\"]}";
        String three = "{\"Action\":[\"s3:GetObject\", \"s3:GetObject\", \"s3:GetObject\"]}";
        // "s3:GetObject" is 14 characters, plus a comma: 15 per further entry.
        assertThat(PolicySize.characters(json(three))).isEqualTo(PolicySize.characters(json(one)) + 2 * 15);
    }

    @Test
    void whiteSpaceInsideStringValuesIsNotCounted() throws Exception {
        JsonNode policy = json("{\"Sid\": \"My Sid 1\"}");
        // {  "Sid"  :  "MySid1" (6 letters + 2 quotes)  }
        // 1 +  5  + 1 +        8                      + 1 = 16
        assertThat(PolicySize.characters(policy)).isEqualTo(16);

        JsonNode manySpaces = json("{\"Sid\": \"   My    Sid 1  \"}");
        assertThat(PolicySize.characters(manySpaces)).isEqualTo(16);
    }

    @Test
    void escapedCharactersCountAsWrittenInJson() throws Exception {
        // The JSON text holds the two characters \t for the tab, \" for the quote.
        JsonNode policy = json("{\"a\":\"x\\ty\\\"\"}");
        // {  "a"  :  "x\ty\""  }
        // 1 + 3 + 1 +   8    + 1 = 14
        assertThat(PolicySize.characters(policy)).isEqualTo(14);
    }

    @Test
    void nonAsciiCharactersCountOncePerCodePoint() throws Exception {
        JsonNode policy = json("{\"a\": \"é日😀\"}");
        // {  "a"  :  "é日😀" (3 code points + 2 quotes)  }
        // 1 + 3 + 1 +          5                        + 1 = 11
        // (the emoji is two Java chars, one code point)
        assertThat(PolicySize.characters(policy)).isEqualTo(11);

        JsonNode escaped = json("{\"a\": \"\\u00e9\\u65e5\\ud83d\\ude00\"}");
        assertThat(PolicySize.characters(escaped)).isEqualTo(11);
    }

    @Test
    void theTextAPolicyIsWrittenAsCountsAsThePolicy() throws Exception {
        // White space inside strings, escapes, non-ASCII, a pair of surrogates, empty containers,
        // numbers and literals: written in the tool's layout or compact, the text counts the same.
        JsonNode policy = json("{\"Sid\": \" My  Sid \", \"a\": \"x\\ty\\\"\\n\", \"b\": \"é日😀\","
                + " \"c\": [], \"d\": {}, \"e\": [1, 2.5, true, null], \"f\": [{\"g\": [\"s3:Get*\"]}]}");
        int counted = PolicySize.characters(policy);
        assertThat(PolicySize.characters(PolicyWriter.write(policy))).isEqualTo(counted);
        assertThat(PolicySize.characters(MAPPER.writeValueAsString(policy))).isEqualTo(counted);
        assertThat(PolicySize.characters(PolicyWriter.write(policy) + " \n\t")).isEqualTo(counted);
        assertThat(PolicySize.characters(PolicyWriter.write(policy) + "x")).isEqualTo(counted + 1);
    }

    @Test
    void typesHaveTheirCliSpellingAndLimit() {
        assertThat(PolicyType.MANAGED.cli()).isEqualTo("managed");
        assertThat(PolicyType.MANAGED.limit()).isEqualTo(6144);
        assertThat(PolicyType.MANAGED.countedTogether()).isFalse();
        assertThat(PolicyType.INLINE_ROLE.limit()).isEqualTo(10240);
        assertThat(PolicyType.INLINE_USER.limit()).isEqualTo(2048);
        assertThat(PolicyType.INLINE_GROUP.limit()).isEqualTo(5120);
        assertThat(List.of(PolicyType.INLINE_ROLE, PolicyType.INLINE_USER, PolicyType.INLINE_GROUP))
                .allMatch(PolicyType::countedTogether);

        for (PolicyType type : PolicyType.values()) {
            assertThat(PolicyType.fromCli(type.cli())).isEqualTo(type);
        }
        assertThat(PolicyType.fromCli(" Inline-Role ")).isEqualTo(PolicyType.INLINE_ROLE);
    }

    @Test
    void wrongCliValueNamesTheAllowedOnes() {
        assertThatThrownBy(() -> PolicyType.fromCli("inline"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"inline\"")
                .hasMessageContaining("managed, inline-role, inline-user, inline-group");
        assertThatThrownBy(() -> PolicyType.fromCli(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void managedPoliciesAreComparedEachOnItsOwn() {
        SizeReport report = PolicySize.report(PolicyType.MANAGED, List.of(
                new Entry("a.json", 5000, 6144),
                new Entry("b.json", 5000, 6000)));

        assertThat(report.limit()).isEqualTo(6144);
        assertThat(report.originalTotal()).isEqualTo(10000);
        assertThat(report.refinedTotal()).isEqualTo(12144);
        assertThat(report.overLimit()).isFalse();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void managedPolicyOverTheLimitIsNamed() {
        SizeReport report = PolicySize.report(PolicyType.MANAGED, List.of(
                new Entry("small.json", 100, 90),
                new Entry("policy.json", 5800, 6501)));

        assertThat(report.overLimit()).isTrue();
        assertThat(report.warnings()).containsExactly(
                "policy.json: 6,501 characters without white space, over the 6,144 limit of a managed policy");
    }

    @Test
    void inlineTotalOverTheLimit() {
        SizeReport report = PolicySize.report(PolicyType.INLINE_USER, List.of(
                new Entry("a.json", 1000, 1100),
                new Entry("b.json", 900, 949)));

        assertThat(report.refinedTotal()).isEqualTo(2049);
        assertThat(report.overLimit()).isTrue();
        assertThat(report.warnings()).containsExactly(
                "a.json, b.json together: 2,049 characters without white space, over the 2,048 limit of a user's inline policies together");
    }

    @Test
    void inlineTotalAtTheLimitFits() {
        SizeReport report = PolicySize.report(PolicyType.INLINE_USER, List.of(
                new Entry("a.json", 1000, 1100),
                new Entry("b.json", 900, 948)));

        assertThat(report.refinedTotal()).isEqualTo(2048);
        assertThat(report.overLimit()).isFalse();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void inlineTotalUnderTheLimitAlthoughTheOriginalWasOver() {
        SizeReport report = PolicySize.report(PolicyType.INLINE_GROUP, List.of(
                new Entry("a.json", 4000, 2000),
                new Entry("b.json", 3000, 3000)));

        assertThat(report.originalTotal()).isEqualTo(7000);
        assertThat(report.refinedTotal()).isEqualTo(5000);
        assertThat(report.overLimit()).isFalse();
    }

    @Test
    void roleInlinePoliciesTogether() {
        SizeReport report = PolicySize.report(PolicyType.INLINE_ROLE, List.of(new Entry("role.json", 9000, 10241)));

        assertThat(report.warnings()).containsExactly(
                "role.json together: 10,241 characters without white space, over the 10,240 limit of a role's inline policies together");
    }

    @Test
    void entryFromJsonCountsBothAndADetachedPolicyAsZero() throws Exception {
        JsonNode original = json("{\"Action\": [\"s3:GetObject\", \"s3:PutObject\"]}");
        JsonNode refined = json("{\"Action\": [\"s3:GetObject\"]}");
        // {"Action":["s3:GetObject"]} = 1 + 8 + 1 + 1 + 14 + 1 + 1 = 27

        assertThat(Entry.of("p.json", original, refined)).isEqualTo(new Entry("p.json", 42, 27));
        assertThat(Entry.of("p.json", original, null)).isEqualTo(new Entry("p.json", 42, 0));
    }
}

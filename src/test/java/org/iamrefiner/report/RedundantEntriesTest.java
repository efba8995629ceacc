package org.iamrefiner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iamrefiner.check.PatternLanguage;
import org.junit.jupiter.api.Test;

/** Entries of an action list that lie inside another entry's language are reported, nothing else. */
class RedundantEntriesTest {

    private static final String AT = "/Statement/1";

    private static List<String> notes(String... entries) {
        return RedundantEntries.notes(AT, List.of(entries));
    }

    @Test
    void literalBesideItsWildcard() {
        assertThat(notes("s3:GetObject", "s3:Get*"))
                .containsExactly("/Statement/1: \"s3:GetObject\" is already granted by \"s3:Get*\"");
        assertThat(notes("s3:Get*", "s3:GetObject"))
                .containsExactly("/Statement/1: \"s3:GetObject\" is already granted by \"s3:Get*\"");
    }

    @Test
    void wildcardBesideAWiderOne() {
        assertThat(notes("s3:Get*", "s3:*"))
                .containsExactly("/Statement/1: \"s3:Get*\" is already granted by \"s3:*\"");
    }

    @Test
    void caseIsIgnoredAndTheEntriesAreQuotedAsWritten() {
        assertThat(notes("S3:getobject", "s3:GET*"))
                .containsExactly("/Statement/1: \"S3:getobject\" is already granted by \"s3:GET*\"");
    }

    @Test
    void everyEntryInsideAChainIsReportedNamingTheFirstThatGrantsIt() {
        assertThat(notes("s3:GetObject", "s3:Get*", "s3:*")).containsExactly(
                "/Statement/1: \"s3:GetObject\" is already granted by \"s3:Get*\"",
                "/Statement/1: \"s3:Get*\" is already granted by \"s3:*\"");
    }

    @Test
    void equalEntriesAreNotReported() {
        assertThat(notes("s3:GetObject", "S3:GETOBJECT")).isEmpty();
        assertThat(notes("s3:Get*", "s3:get*", "s3:Get*")).isEmpty();
    }

    @Test
    void aDuplicateIsReportedOnceThroughItsFirstSpelling() {
        assertThat(notes("s3:GetObject", "s3:Get*", "s3:getobject"))
                .containsExactly("/Statement/1: \"s3:GetObject\" is already granted by \"s3:Get*\"");
    }

    @Test
    void sameLanguageReportsOnlyTheLaterEntry() {
        assertThat(notes("s3:Get*", "s3:Get**"))
                .containsExactly("/Statement/1: \"s3:Get**\" is already granted by \"s3:Get*\"");
        assertThat(notes("s3:Get**", "s3:Get*"))
                .containsExactly("/Statement/1: \"s3:Get*\" is already granted by \"s3:Get**\"");
        // A case-insensitive duplicate of the first does not make the pair report twice.
        assertThat(notes("s3:Get*", "s3:Get**", "S3:GET*"))
                .containsExactly("/Statement/1: \"s3:Get**\" is already granted by \"s3:Get*\"");
    }

    @Test
    void starGrantsEverything() {
        assertThat(notes("s3:GetObject", "*", "ec2:Describe*", "iam:?et*")).containsExactly(
                "/Statement/1: \"s3:GetObject\" is already granted by \"*\"",
                "/Statement/1: \"ec2:Describe*\" is already granted by \"*\"",
                "/Statement/1: \"iam:?et*\" is already granted by \"*\"");
        assertThat(notes("*", "s3:*")).containsExactly("/Statement/1: \"s3:*\" is already granted by \"*\"");
        assertThat(notes("*", "**")).containsExactly("/Statement/1: \"**\" is already granted by \"*\"");
        assertThat(notes("*")).isEmpty();
    }

    @Test
    void questionMarkPatterns() {
        assertThat(notes("s3:GetObject", "s3:Get?bject"))
                .containsExactly("/Statement/1: \"s3:GetObject\" is already granted by \"s3:Get?bject\"");
        assertThat(notes("s3:Get?bject", "s3:Get*"))
                .containsExactly("/Statement/1: \"s3:Get?bject\" is already granted by \"s3:Get*\"");
        assertThat(notes("s3:Get?*", "s3:Get*"))
                .containsExactly("/Statement/1: \"s3:Get?*\" is already granted by \"s3:Get*\"");
        assertThat(notes("s3:Get*?", "s3:Get?*"))
                .containsExactly("/Statement/1: \"s3:Get?*\" is already granted by \"s3:Get*?\"");
        // s3:Get? matches one more character only; s3:Get?? exactly two: neither is inside the other.
        assertThat(notes("s3:Get?", "s3:Get??")).isEmpty();
        // s3:Get*  also matches "s3:Get", which s3:Get?* does not.
        assertThat(notes("s3:Get*", "s3:Get?*"))
                .containsExactly("/Statement/1: \"s3:Get?*\" is already granted by \"s3:Get*\"");
    }

    @Test
    void noFalsePositives() {
        assertThat(notes("s3:Get*Acl", "s3:GetObject*")).isEmpty();
        assertThat(notes("s3:GetObject*", "s3:Get*Acl")).isEmpty();
        assertThat(notes("s3:Get*", "s3:List*", "s3:PutObject")).isEmpty();
        assertThat(notes("s3:*Object", "s3:Get*")).isEmpty();
        assertThat(notes("s3:GetObject", "s3:GetObjectAcl")).isEmpty();
        assertThat(notes("s3:GetObject", "s3:GetObject?")).isEmpty();
        assertThat(notes("s3:Get*", "s3:Get")).containsExactly("/Statement/1: \"s3:Get\" is already granted by \"s3:Get*\"");
        assertThat(notes("s3:*", "s3x:Get*", "s:3*")).isEmpty();
        assertThat(notes()).isEmpty();
    }

    private static final Pattern NOTE = Pattern.compile("/Statement/1: \"(.*)\" is already granted by \"(.*)\"");

    @Provide
    Arbitrary<List<String>> lists() {
        Arbitrary<String> entry = Arbitraries.strings().withChars('a', 'B', 'b', '*', '?').ofMinLength(0).ofMaxLength(3)
                .map(glob -> "s:" + glob);
        return entry.list().ofMinSize(0).ofMaxSize(5);
    }

    /**
     * Each note is true; every entry not reported is inside no other distinct entry except a later
     * one with the same language; removing every reported entry keeps what the list grants.
     */
    @Property(tries = 300)
    void notesAreExactAndRemovingThemKeepsTheAccess(@ForAll("lists") List<String> entries) {
        List<String> notes = RedundantEntries.notes(AT, entries);

        Set<String> reported = new HashSet<>();
        for (String note : notes) {
            Matcher matcher = NOTE.matcher(note);
            assertThat(matcher.matches()).as(note).isTrue();
            String inner = matcher.group(1);
            String outer = matcher.group(2);
            assertThat(inner).isNotEqualToIgnoringCase(outer);
            assertThat(PatternLanguage.of(inner).isSubsetOf(PatternLanguage.of(outer))).as(note).isEmpty();
            assertThat(reported.add(inner.toLowerCase(Locale.ROOT))).as("reported twice: %s", inner).isTrue();
        }

        List<String> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : entries) {
            if (seen.add(entry.toLowerCase(Locale.ROOT))) {
                distinct.add(entry);
            }
        }
        List<String> kept = distinct.stream().filter(e -> !reported.contains(e.toLowerCase(Locale.ROOT))).toList();
        for (int j = 0; j < distinct.size(); j++) {
            String entry = distinct.get(j);
            PatternLanguage language = PatternLanguage.of(entry);
            if (reported.contains(entry.toLowerCase(Locale.ROOT))) {
                assertThat(kept).as("%s must stay granted by a kept entry", entry)
                        .anyMatch(k -> language.isSubsetOf(PatternLanguage.of(k)).isEmpty());
            } else {
                for (int i = 0; i < distinct.size(); i++) {
                    PatternLanguage other = PatternLanguage.of(distinct.get(i));
                    boolean inside = i != j && language.isSubsetOf(other).isEmpty();
                    boolean sameLanguageLater = inside && i > j && other.isSubsetOf(language).isEmpty();
                    assertThat(!inside || sameLanguageLater)
                            .as("%s is inside %s but not reported", entry, distinct.get(i)).isTrue();
                }
            }
        }
    }
}

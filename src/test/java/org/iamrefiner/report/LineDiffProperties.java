package org.iamrefiner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Both ways of diffing give a complete diff in order; the exact one keeps as many lines as can be kept. */
class LineDiffProperties {

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.of("{", "}", "\"a\"", "\"a\",", "\"b\"", "\"b\",", "\"c\",", "]").list().ofMaxSize(12);
    }

    @Property(tries = 1000)
    void eitherWayTheDiffReplaysBothTexts(@ForAll("texts") List<String> before, @ForAll("texts") List<String> after) {
        for (long cells : new long[] {LineDiff.EXACT_CELLS, 0}) {
            List<String> diff = LineDiff.lines(LineDiff.of(before, after, cells));
            assertThat(side(diff, "+ ")).as("before, from a diff with at most %d exact cells", cells)
                    .isEqualTo(withoutCommas(before));
            assertThat(side(diff, "- ")).as("after").isEqualTo(withoutCommas(after));
        }
    }

    @Property(tries = 1000)
    void theExactDiffKeepsALongestCommonSubsequence(@ForAll("texts") List<String> before, @ForAll("texts") List<String> after) {
        List<String> diff = LineDiff.lines(LineDiff.of(before, after));
        long kept = diff.stream().filter(line -> line.startsWith("  ")).count();
        assertThat(kept).isEqualTo(lcs(withoutCommas(before), withoutCommas(after)));
    }

    /** The lines of one side: unchanged lines and the side's own, leaving out the other side's marker. */
    private static List<String> side(List<String> diff, String otherMarker) {
        List<String> lines = new ArrayList<>();
        for (String line : diff) {
            if (!line.startsWith(otherMarker)) {
                lines.add(stripComma(line.substring(2)));
            }
        }
        return lines;
    }

    private static List<String> withoutCommas(List<String> lines) {
        return lines.stream().map(LineDiffProperties::stripComma).toList();
    }

    private static String stripComma(String line) {
        return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
    }

    private static int lcs(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.get(0).equals(b.get(0))) {
            return 1 + lcs(a.subList(1, a.size()), b.subList(1, b.size()));
        }
        return Math.max(lcs(a.subList(1, a.size()), b), lcs(a, b.subList(1, b.size())));
    }
}

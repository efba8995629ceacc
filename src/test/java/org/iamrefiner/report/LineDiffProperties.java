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

    /** Texts with many lines that only one side has, as a refined policy's new entries. */
    @Provide
    Arbitrary<List<String>> longerTexts() {
        return Arbitraries.of("{", "}", "\"a\",", "\"b\"", "\"b\",", "\"c\",", "\"d\",", "\"e\"", "\"f\",", "\"g\",", "]")
                .list().ofMaxSize(30);
    }

    /**
     * The exact diff keeps a table only for the lines both texts have; it must give the very diff
     * of the whole table (same lines kept, same order of removed and added lines).
     */
    @Property(tries = 1000)
    void theExactDiffIsTheWholeTablesDiff(@ForAll("longerTexts") List<String> before, @ForAll("longerTexts") List<String> after) {
        assertThat(LineDiff.of(before, after)).isEqualTo(wholeTableDiff(before, after));
    }

    /** The exact diff as a table over every line of the texts' differing middles. */
    private static String wholeTableDiff(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int head = 0;
        while (head < n && head < m && stripComma(before.get(head)).equals(stripComma(after.get(head)))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head
                && stripComma(before.get(n - 1 - tail)).equals(stripComma(after.get(m - 1 - tail)))) {
            tail++;
        }
        List<String> b = withoutCommas(before.subList(head, n - tail));
        List<String> a = withoutCommas(after.subList(head, m - tail));
        int[][] common = new int[b.size() + 1][a.size() + 1];
        for (int i = b.size() - 1; i >= 0; i--) {
            for (int j = a.size() - 1; j >= 0; j--) {
                common[i][j] = b.get(i).equals(a.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < head; k++) {
            out.append("  ").append(after.get(k)).append('\n');
        }
        int i = 0;
        int j = 0;
        while (i < b.size() || j < a.size()) {
            if (i < b.size() && j < a.size() && b.get(i).equals(a.get(j))) {
                out.append("  ").append(after.get(head + j)).append('\n');
                i++;
                j++;
            } else if (i < b.size() && (j == a.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.append("- ").append(before.get(head + i)).append('\n');
                i++;
            } else {
                out.append("+ ").append(after.get(head + j)).append('\n');
                j++;
            }
        }
        for (int k = m - tail; k < m; k++) {
            out.append("  ").append(after.get(k)).append('\n');
        }
        return out.toString();
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

package org.iamrefiner.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A full-context line diff: every line of both texts, unchanged lines indented, removed lines
 * marked "-" and added lines "+". Lines are compared without a trailing comma, so an entry that
 * moves to the end of a list does not show as changed.
 */
public final class LineDiff {

    private LineDiff() {
    }

    public static String of(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = same(before.get(i), after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(before.get(i), after.get(j))) {
                out.append("  ").append(after.get(j)).append('\n');
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                out.append("- ").append(before.get(i)).append('\n');
                i++;
            } else {
                out.append("+ ").append(after.get(j)).append('\n');
                j++;
            }
        }
        return out.toString();
    }

    /** Splits a text into lines, without the final empty one. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static boolean same(String a, String b) {
        return withoutComma(a).equals(withoutComma(b));
    }

    private static String withoutComma(String line) {
        return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
    }
}

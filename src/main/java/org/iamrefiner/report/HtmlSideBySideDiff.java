package org.iamrefiner.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side diff as an HTML table: the original on the left, the recommendation on the
 * right, line numbers on each side, removed lines red and added lines green. Built on
 * {@link LineDiff}, so it shows the same changes as {@code refine --format diff}; a run of removed
 * lines is set beside the run of added lines that replaces it.
 */
public final class HtmlSideBySideDiff {

    private HtmlSideBySideDiff() {
    }

    /**
     * @param before the original policy text
     * @param after  the recommended policy text; empty when the policy is to be detached
     */
    public static String of(String before, String after) {
        List<String> diff = LineDiff.lines(LineDiff.of(LineDiff.lines(before), LineDiff.lines(after)));
        StringBuilder html = new StringBuilder("<table class=\"diff\">\n"
                + "<colgroup><col class=\"n\"><col class=\"code\"><col class=\"n\"><col class=\"code\"></colgroup>\n");
        int left = 1;
        int right = 1;
        int i = 0;
        while (i < diff.size()) {
            String line = diff.get(i);
            if (line.startsWith("  ")) {
                html.append(row(left++, line.substring(2), "same", right++, line.substring(2), "same"));
                i++;
                continue;
            }
            List<String> removed = new ArrayList<>();
            while (i < diff.size() && diff.get(i).startsWith("- ")) {
                removed.add(diff.get(i++).substring(2));
            }
            List<String> added = new ArrayList<>();
            while (i < diff.size() && diff.get(i).startsWith("+ ")) {
                added.add(diff.get(i++).substring(2));
            }
            for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
                boolean hasLeft = k < removed.size();
                boolean hasRight = k < added.size();
                html.append(row(hasLeft ? left++ : -1, hasLeft ? removed.get(k) : "", hasLeft ? "del" : "none",
                        hasRight ? right++ : -1, hasRight ? added.get(k) : "", hasRight ? "add" : "none"));
            }
        }
        return html.append("</table>\n").toString();
    }

    private static String row(int leftNumber, String leftText, String leftClass,
                              int rightNumber, String rightText, String rightClass) {
        return "<tr><td class=\"n\">" + (leftNumber < 0 ? "" : leftNumber) + "</td><td class=\"" + leftClass + "\">"
                + HtmlText.escape(leftText) + "</td><td class=\"n\">" + (rightNumber < 0 ? "" : rightNumber)
                + "</td><td class=\"" + rightClass + "\">" + HtmlText.escape(rightText) + "</td></tr>\n";
    }
}

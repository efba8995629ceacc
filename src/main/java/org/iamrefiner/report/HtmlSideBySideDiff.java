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
        Table table = new Table();
        LineDiff.visit(LineDiff.lines(before), LineDiff.lines(after), table);
        return table.finish();
    }

    /** Writes the rows as the diff arrives; a run of removed lines waits for the added lines beside it. */
    private static final class Table implements LineDiff.Sink {
        private final StringBuilder html = new StringBuilder("<table class=\"diff\">\n"
                + "<colgroup><col class=\"n\"><col class=\"code\"><col class=\"n\"><col class=\"code\"></colgroup>\n");
        private final List<String> removed = new ArrayList<>();
        private final List<String> added = new ArrayList<>();
        private int left = 1;
        private int right = 1;

        @Override
        public void same(String line) {
            flush();
            row(left++, line, null, right++, line, null);
        }

        @Override
        public void removed(String line) {
            if (!added.isEmpty()) {
                flush();
            }
            removed.add(line);
        }

        @Override
        public void added(String line) {
            added.add(line);
        }

        String finish() {
            flush();
            return html.append("</table>\n").toString();
        }

        private void flush() {
            for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
                boolean hasLeft = k < removed.size();
                boolean hasRight = k < added.size();
                row(hasLeft ? left++ : -1, hasLeft ? removed.get(k) : "", hasLeft ? "del" : "none",
                        hasRight ? right++ : -1, hasRight ? added.get(k) : "", hasRight ? "add" : "none");
            }
            removed.clear();
            added.clear();
        }

        /**
         * One row in short markup, as a report holds a row per line of every policy (1.4 million in
         * the benchmark's batch): a cell ends where the next begins, number cells are styled by their
         * column, and unchanged lines carry no class. The row still ends at {@code </tr>}, so the line
         * break after it is not part of its last cell, whose spaces are kept.
         */
        private void row(int leftNumber, String leftText, String leftClass,
                         int rightNumber, String rightText, String rightClass) {
            html.append("<tr><td>");
            if (leftNumber >= 0) {
                html.append(leftNumber);
            }
            cell(leftClass, leftText);
            html.append("<td>");
            if (rightNumber >= 0) {
                html.append(rightNumber);
            }
            cell(rightClass, rightText);
            html.append("</tr>\n");
        }

        private void cell(String kind, String text) {
            if (kind == null) {
                html.append("<td>");
            } else {
                html.append("<td class=").append(kind).append('>');
            }
            HtmlText.escapeTo(text, html);
        }
    }
}

package org.iamrefiner.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's output: one row per figure with its target and whether it was met. Written as
 * a Markdown table with padded columns, so it reads in a terminal and pastes into an issue.
 */
final class ResultTable {

    /** What a row says about its target. */
    enum Verdict {
        /** the target is met */
        OK("OK"),
        /** measured, but over the target */
        MISSED("MISSED"),
        /** no figure: the run failed or gave a wrong result (the benchmark exits with 1) */
        FAILED("FAILED"),
        /** a figure without a target, printed for context */
        INFO("");

        final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict met(boolean met) {
            return met ? OK : MISSED;
        }
    }

    record Row(String figure, String measured, String target, Verdict verdict) {
    }

    private static final String NO_TARGET = "—";

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void row(String figure, String measured, String target, Verdict verdict) {
        rows.add(new Row(figure, measured, target, verdict));
    }

    /** A figure printed for context, with no target. */
    void info(String figure, String measured) {
        rows.add(new Row(figure, measured, NO_TARGET, Verdict.INFO));
    }

    /** A line under the table: how something was measured, or what failed. */
    void note(String text) {
        notes.add(text);
    }

    boolean anyFailed() {
        return rows.stream().anyMatch(row -> row.verdict() == Verdict.FAILED);
    }

    void print(PrintStream out, String header) {
        String[] titles = {"figure", "measured", "target", "result"};
        int[] widths = new int[titles.length];
        for (int i = 0; i < titles.length; i++) {
            widths[i] = titles[i].length();
        }
        for (Row row : rows) {
            String[] cells = cells(row);
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        out.println(header);
        out.println();
        out.println(line(titles, widths));
        String[] rule = new String[titles.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        out.println(line(rule, widths));
        for (Row row : rows) {
            out.println(line(cells(row), widths));
        }
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(note -> out.println("- " + note));
        }
        out.flush();
    }

    private static String[] cells(Row row) {
        return new String[] {row.figure(), row.measured(), row.target(), row.verdict().text};
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            line.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        return line.toString();
    }
}

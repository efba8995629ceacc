package org.iamrefiner.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A full-context line diff: every line of both texts, unchanged lines indented, removed lines
 * marked "-" and added lines "+". Lines are compared without a trailing comma, so an entry that
 * moves to the end of a list does not show as changed.
 *
 * <p>Lines the two texts start and end with in common are matched first. What lies between is
 * diffed exactly (a longest common subsequence) while the two parts' line counts multiplied stay
 * within {@link #EXACT_CELLS}; beyond that — a list of thousands of entries rewritten — a linear
 * pass matches each line with its next occurrence on the other side. That diff is still complete
 * and in order, but not always the shortest.
 */
public final class LineDiff {

    static final long EXACT_CELLS = 1L << 20;

    private LineDiff() {
    }

    /** Receives a diff line by line, in order. */
    public interface Sink {
        /** A line both texts have; {@code line} is the line as the second text spells it. */
        void same(String line);

        void removed(String line);

        void added(String line);
    }

    public static String of(List<String> before, List<String> after) {
        return of(before, after, EXACT_CELLS);
    }

    static String of(List<String> before, List<String> after, long exactCells) {
        StringBuilder out = new StringBuilder();
        visit(before, after, exactCells, new Sink() {
            @Override
            public void same(String line) {
                out.append("  ").append(line).append('\n');
            }

            @Override
            public void removed(String line) {
                out.append("- ").append(line).append('\n');
            }

            @Override
            public void added(String line) {
                out.append("+ ").append(line).append('\n');
            }
        });
        return out.toString();
    }

    /** Gives the diff {@link #of} writes to a sink instead, without the text in between. */
    public static void visit(List<String> before, List<String> after, Sink out) {
        visit(before, after, EXACT_CELLS, out);
    }

    private static void visit(List<String> before, List<String> after, long exactCells, Sink out) {
        int n = before.size();
        int m = after.size();
        int head = 0;
        while (head < n && head < m && same(before.get(head), after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && same(before.get(n - 1 - tail), after.get(m - 1 - tail))) {
            tail++;
        }
        for (int k = 0; k < head; k++) {
            out.same(after.get(k));
        }
        List<String> middleBefore = before.subList(head, n - tail);
        List<String> middleAfter = after.subList(head, m - tail);
        if ((long) middleBefore.size() * middleAfter.size() <= exactCells) {
            exact(middleBefore, middleAfter, out);
        } else {
            linear(middleBefore, middleAfter, out);
        }
        for (int k = m - tail; k < m; k++) {
            out.same(after.get(k));
        }
    }

    private static void exact(List<String> before, List<String> after, Sink out) {
        // Each distinct line (without its comma) gets a number, so the table compares numbers.
        Map<String, Integer> numbers = new HashMap<>();
        int[] beforeNumbers = numbered(before, numbers);
        int[] afterNumbers = numbered(after, numbers);
        // A line the other text does not have is in no common subsequence: its row (or column) of
        // the table equals the next one's. So the table holds only the lines both texts have, and
        // every position reads the row and column of the next such line at or after it. A refined
        // policy is mostly new lines, which makes this table a small part of the full one.
        boolean[] inBefore = occurring(beforeNumbers, numbers.size());
        boolean[] inAfter = occurring(afterNumbers, numbers.size());
        int[] rowAt = new int[before.size() + 1];
        int[] rowLines = shared(beforeNumbers, inAfter, rowAt);
        int[] columnAt = new int[after.size() + 1];
        int[] columnLines = shared(afterNumbers, inBefore, columnAt);
        int[][] common = new int[rowLines.length + 1][columnLines.length + 1];
        for (int i = rowLines.length - 1; i >= 0; i--) {
            int line = rowLines[i];
            int[] row = common[i];
            int[] below = common[i + 1];
            for (int j = columnLines.length - 1; j >= 0; j--) {
                row[j] = line == columnLines[j] ? below[j + 1] + 1 : Math.max(below[j], row[j + 1]);
            }
        }
        // common[rowAt[i]][columnAt[j]] is the longest common subsequence of before[i..] and after[j..].
        walk(before, after, (i, j) -> common[rowAt[i + 1]][columnAt[j]] >= common[rowAt[i]][columnAt[j + 1]], out);
    }

    /** Which line numbers occur among these. */
    private static boolean[] occurring(int[] lineNumbers, int distinct) {
        boolean[] occurs = new boolean[distinct];
        for (int number : lineNumbers) {
            occurs[number] = true;
        }
        return occurs;
    }

    /**
     * The numbers of the lines the other text has too, in order; {@code indexAt[k]} is set to the
     * index among them of the first such line at or after position k ({@code indexAt[length]} is
     * their count).
     */
    private static int[] shared(int[] lineNumbers, boolean[] inOther, int[] indexAt) {
        int count = 0;
        for (int number : lineNumbers) {
            if (inOther[number]) {
                count++;
            }
        }
        int[] shared = new int[count];
        int next = count;
        indexAt[lineNumbers.length] = count;
        for (int k = lineNumbers.length - 1; k >= 0; k--) {
            if (inOther[lineNumbers[k]]) {
                shared[--next] = lineNumbers[k];
            }
            indexAt[k] = next;
        }
        return shared;
    }

    /**
     * Walks both texts once. Two different lines: one that never comes again on the other side is
     * removed or added; otherwise the one whose match lies further away is.
     */
    private static void linear(List<String> before, List<String> after, Sink out) {
        Map<String, ArrayDeque<Integer>> inAfter = positions(after);
        Map<String, ArrayDeque<Integer>> inBefore = positions(before);
        walk(before, after, (i, j) -> {
            int beforeLineAgain = next(inAfter, before.get(i), j);
            int afterLineAgain = next(inBefore, after.get(j), i);
            return beforeLineAgain < 0 || (afterLineAgain >= 0 && afterLineAgain - i < beforeLineAgain - j);
        }, out);
    }

    /** Where the lines at {@code i} and {@code j} differ and both texts go on: remove the one before (or add the one after). */
    private interface Choice {
        boolean remove(int i, int j);
    }

    /** Writes the diff: equal lines are kept, and where they differ the choice says which side moves on. */
    private static void walk(List<String> before, List<String> after, Choice choice, Sink out) {
        int n = before.size();
        int m = after.size();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(before.get(i), after.get(j))) {
                out.same(after.get(j));
                i++;
                j++;
            } else if (i < n && (j == m || choice.remove(i, j))) {
                out.removed(before.get(i));
                i++;
            } else {
                out.added(after.get(j));
                j++;
            }
        }
    }

    private static int[] numbered(List<String> lines, Map<String, Integer> numbers) {
        int[] numbered = new int[lines.size()];
        for (int k = 0; k < numbered.length; k++) {
            numbered[k] = numbers.computeIfAbsent(withoutComma(lines.get(k)), line -> numbers.size());
        }
        return numbered;
    }

    private static Map<String, ArrayDeque<Integer>> positions(List<String> lines) {
        Map<String, ArrayDeque<Integer>> positions = new HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            positions.computeIfAbsent(withoutComma(lines.get(k)), line -> new ArrayDeque<>()).addLast(k);
        }
        return positions;
    }

    /** The first position at or after {@code from} where the line occurs, or -1; earlier ones are dropped. */
    private static int next(Map<String, ArrayDeque<Integer>> positions, String line, int from) {
        ArrayDeque<Integer> at = positions.get(withoutComma(line));
        if (at == null) {
            return -1;
        }
        while (!at.isEmpty() && at.peekFirst() < from) {
            at.pollFirst();
        }
        return at.isEmpty() ? -1 : at.peekFirst();
    }

    /** Splits a text into lines, without the final empty one. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Equal but for a trailing comma on either, compared in place. */
    private static boolean same(String a, String b) {
        int lengthA = a.endsWith(",") ? a.length() - 1 : a.length();
        int lengthB = b.endsWith(",") ? b.length() - 1 : b.length();
        return lengthA == lengthB && a.regionMatches(0, b, 0, lengthA);
    }

    private static String withoutComma(String line) {
        return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
    }
}

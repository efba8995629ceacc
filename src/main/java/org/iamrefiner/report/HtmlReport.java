package org.iamrefiner.report;

import static org.iamrefiner.report.HtmlText.escape;
import static org.iamrefiner.report.SummaryFigures.beforeAfter;
import static org.iamrefiner.report.SummaryFigures.number;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code report.html} of a batch run: one self-contained page (inline CSS, no script, nothing
 * fetched from the network) with the totals, the failures, the notes, and a side-by-side diff of
 * every policy that changes or is to be detached.
 */
public final class HtmlReport {

    /** The first few diffs are open when the page loads, so the reader sees one at once. */
    private static final int OPEN_DIFFS = 3;

    private static final String STYLE = """
            :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
                    --del: #ffebe9; --del-strong: #ffcecb; --add: #dafbe1; --add-strong: #aceebb; }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 24px 32px 48px; color: var(--ink); background: #fff;
                   font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
            .meta { color: var(--muted); margin: 0 0 20px; }
            .meta code { color: var(--ink); }
            code, .diff td { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
            .totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
            .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--panel); }
            .card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
            .card .value { font-size: 22px; font-weight: 600; }
            .card .detail { color: var(--muted); font-size: 12px; }
            .card.bad { border-color: #cf222e; background: #fff5f5; }
            table.list { border-collapse: collapse; width: 100%; }
            table.list th, table.list td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line);
                                           vertical-align: top; }
            table.list th { background: var(--panel); font-weight: 600; }
            table.list td.num { text-align: right; white-space: nowrap; }
            ul.notes li { margin: 4px 0; }
            details.policy { border: 1px solid var(--line); border-radius: 8px; margin: 10px 0; overflow: hidden; }
            details.policy > summary { cursor: pointer; padding: 8px 12px; background: var(--panel); list-style-position: inside; }
            details.policy[open] > summary { border-bottom: 1px solid var(--line); }
            .badge { display: inline-block; min-width: 74px; text-align: center; font-size: 11px; font-weight: 600;
                     padding: 1px 8px; border-radius: 10px; margin-right: 6px; text-transform: uppercase; }
            .badge.changed { background: #ddf4ff; color: #0550ae; }
            .badge.detach { background: #ffebe9; color: #a40e26; }
            .figures { color: var(--muted); margin-left: 8px; }
            .file { color: var(--muted); font-size: 12px; padding: 6px 12px 0; margin: 0; }
            .side { display: grid; grid-template-columns: 1fr 1fr; font-size: 12px; color: var(--muted);
                    padding: 6px 12px; }
            table.diff { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 12px; line-height: 1.45; }
            table.diff col.n { width: 3.2em; }
            table.diff td { padding: 0 8px; white-space: pre-wrap; word-break: break-all; vertical-align: top; }
            table.diff td:nth-child(odd) { color: var(--muted); text-align: right; user-select: none; background: var(--panel);
                                           border-right: 1px solid var(--line); }
            table.diff td.del { background: var(--del); }
            table.diff td.add { background: var(--add); }
            table.diff td.none { background: repeating-linear-gradient(135deg, #fafbfc, #fafbfc 4px, #f0f2f4 4px, #f0f2f4 8px); }
            table.diff tr td:nth-child(3) { border-left: 1px solid var(--line); }
            .empty { color: var(--muted); }
            .warning { color: #9a6700; background: #fff8c5; margin: 6px 12px 0; padding: 4px 8px; border-radius: 6px; }
            """;

    private HtmlReport() {
    }

    public static void write(BatchResult result, Writer out) throws IOException {
        BatchTotals totals = result.totals();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>IAM Refiner batch report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>IAM Refiner batch report</h1>\n<p class=\"meta\">Input <code>" + escape(result.input())
                + "</code> · catalog <code>" + escape(result.catalogVersion()) + "</code></p>\n");
        writeTotals(result, totals, out);
        writeFailures(result.allFailures(), out);
        if (!result.notes().isEmpty()) {
            out.write("<h2>Notes</h2>\n<ul class=\"notes\">\n");
            for (String note : result.notes()) {
                out.write("<li>" + escape(note) + "</li>\n");
            }
            out.write("</ul>\n");
        }
        writeDiffs(result, totals, out);
        out.write("</body>\n</html>\n");
    }

    private static void writeTotals(BatchResult result, BatchTotals totals, Writer out) throws IOException {
        BatchResult.PrincipalCounts principals = result.principals();
        out.write("<section class=\"totals\">\n");
        card(out, "Principals", number(principals.total()), number(principals.refined()) + " refined · "
                + number(principals.withoutFinding()) + " without a finding", false);
        card(out, "Policies", number(totals.policies()), "refined per principal", false);
        card(out, "Changed", number(totals.changed()), "new version or new policy", false);
        card(out, "Detach", number(totals.detached()), "grant only unused actions", false);
        card(out, "Unchanged", number(totals.unchanged()), "grant no unused action", false);
        int failures = result.allFailures().size();
        long inputs = failures - totals.failed() - principals.failed();
        String skipped = failures == 0 ? "nothing skipped"
                : SummaryFigures.count(totals.failed(), "policy", "policies") + " · "
                + SummaryFigures.count(principals.failed(), "principal", "principals") + " · "
                + SummaryFigures.count(inputs, "input file", "input files");
        card(out, "Failed", number(failures), skipped, failures > 0);
        card(out, "Action entries", beforeAfter(totals.entriesBefore(), totals.entriesAfter()), "before → after", false);
        card(out, "Characters", beforeAfter(totals.charactersBefore(), totals.charactersAfter()),
                "IAM's count, no white space", false);
        card(out, "No longer granted", number(result.actionsNoLongerGranted()),
                "catalog actions, per principal, added up", false);
        out.write("</section>\n");
    }

    private static void card(Writer out, String label, String value, String detail, boolean bad) throws IOException {
        out.write("<div class=\"card" + (bad ? " bad" : "") + "\"><div class=\"label\">" + escape(label)
                + "</div><div class=\"value\">" + escape(value) + "</div><div class=\"detail\">" + escape(detail)
                + "</div></div>\n");
    }

    private static void writeFailures(List<BatchFailure> failures, Writer out) throws IOException {
        if (failures.isEmpty()) {
            return;
        }
        out.write("<h2>Failures (" + number(failures.size()) + ")</h2>\n<p>Skipped: nothing is recommended for these.</p>\n"
                + "<table class=\"list\"><tr><th>Where</th><th>What is wrong</th></tr>\n");
        for (BatchFailure failure : failures) {
            out.write("<tr><td>" + escape(SummaryFigures.failurePlace(failure)) + "</td><td><code>"
                    + escape(failure.message()) + "</code></td></tr>\n");
        }
        out.write("</table>\n");
    }

    private static void writeDiffs(BatchResult result, BatchTotals totals, Writer out) throws IOException {
        out.write("<h2>Policies that change (" + number(totals.changed() + totals.detached()) + ")</h2>\n");
        if (totals.changed() + totals.detached() == 0) {
            out.write("<p class=\"empty\">None: no policy grants an unused action.</p>\n");
            return;
        }
        int shown = 0;
        for (BatchItem item : result.items()) {
            if (item.status() != BatchStatus.CHANGED && item.status() != BatchStatus.DETACHED) {
                continue;
            }
            String outcome = SummaryFigures.result(item);
            out.write("<details class=\"policy\"" + (shown++ < OPEN_DIFFS ? " open" : "") + "><summary>"
                    + "<span class=\"badge " + outcome + "\">" + outcome + "</span><b>" + escape(item.principal().label())
                    + "</b> · " + escape(SummaryFigures.kindOf(item)) + " <code>" + escape(item.policyName()) + "</code>"
                    + "<span class=\"figures\">entries " + beforeAfter(item.entriesBefore(), item.entriesAfter())
                    + " · characters " + beforeAfter(item.charactersBefore(), item.charactersAfter())
                    + " · " + number(item.actionsRemoved()) + " actions removed</span></summary>\n");
            out.write("<p class=\"file\">Recommendation: <a href=\"" + escape(item.recommendationFile()) + "\">"
                    + escape(item.recommendationFile()) + "</a></p>\n");
            if (item.sizeWarning() != null) {
                out.write("<p class=\"warning\">IAM will refuse this recommendation as too long: "
                        + escape(item.sizeWarning()) + "</p>\n");
            }
            out.write("<div class=\"side\"><span>Original</span><span>"
                    + (item.status() == BatchStatus.DETACHED ? "Recommended: detach the policy" : "Recommended") + "</span></div>\n");
            result.fragments().copy(item.diff(), out);
            out.write("</details>\n");
        }
    }
}

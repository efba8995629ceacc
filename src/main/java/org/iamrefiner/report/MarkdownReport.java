package org.iamrefiner.report;

import static org.iamrefiner.report.SummaryFigures.beforeAfter;
import static org.iamrefiner.report.SummaryFigures.number;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code report.md} of a batch run: the totals, the failures, the notes, and a table of the
 * policies that change or are to be detached, each with its recommendation file. The diffs are in
 * report.html and the commands in remediation.sh.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static void write(BatchResult result, Writer out) throws IOException {
        BatchTotals totals = result.totals();
        out.write("# IAM Refiner batch report\n\n");
        out.write("Input: " + cell(result.input()) + "  \nCatalog: " + cell(result.catalogVersion()) + "\n\n");
        out.write("| | |\n|---|---|\n");
        out.write("| Principals | " + SummaryFigures.principals(result.principals()) + " |\n");
        out.write("| Policies | " + SummaryFigures.policies(totals) + " |\n");
        out.write("| Action entries | " + beforeAfter(totals.entriesBefore(), totals.entriesAfter()) + " |\n");
        out.write("| Characters (IAM's count, no white space) | "
                + beforeAfter(totals.charactersBefore(), totals.charactersAfter()) + " |\n");
        out.write("| Catalog actions no longer granted | " + number(result.actionsNoLongerGranted()) + " |\n\n");
        out.write("Side-by-side diffs: `report.html`. AWS CLI commands to review: `remediation.sh`. "
                + "Figures per policy: `summary.json`.\n");

        List<BatchFailure> failures = result.allFailures();
        if (!failures.isEmpty()) {
            out.write("\n## Failures (" + number(failures.size()) + ")\n\nThese were skipped; nothing is recommended for them.\n\n");
            for (BatchFailure failure : failures) {
                out.write("- **" + inline(SummaryFigures.failurePlace(failure)) + "**: " + inline(failure.message()) + "\n");
            }
        }
        if (!result.notes().isEmpty()) {
            out.write("\n## Notes\n\n");
            for (String note : result.notes()) {
                out.write("- " + inline(note) + "\n");
            }
        }
        out.write("\n## Policies that change\n\n");
        if (totals.changed() + totals.detached() == 0) {
            out.write("None: no policy grants an unused action.\n");
            return;
        }
        out.write("| Principal | Policy | Kind | Result | Entries | Characters | Actions removed | Recommendation |\n");
        out.write("|---|---|---|---|---:|---:|---:|---|\n");
        for (BatchItem item : result.items()) {
            if (item.status() != BatchStatus.CHANGED && item.status() != BatchStatus.DETACHED) {
                continue;
            }
            out.write("| " + cell(item.principal().label()) + " | " + cell(item.policyName()) + " | "
                    + cell(SummaryFigures.kindOf(item)) + " | " + SummaryFigures.result(item) + " | "
                    + beforeAfter(item.entriesBefore(), item.entriesAfter()) + " | "
                    + beforeAfter(item.charactersBefore(), item.charactersAfter()) + " | "
                    + number(item.actionsRemoved()) + " | [" + cell(item.recommendationFile()) + "]("
                    + item.recommendationFile() + ")" + (item.sizeWarning() == null ? "" : " **over IAM's size limit**")
                    + " |\n");
        }
    }

    /** Text inside a table cell: a pipe would end the cell, a line break the row. */
    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** Text on one Markdown line, with Markdown's active characters escaped. */
    private static String inline(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("<", "&lt;");
    }
}

package org.iamrefiner.batch;

import java.io.IOException;
import org.iamrefiner.report.BatchResult;
import org.iamrefiner.report.HtmlReport;
import org.iamrefiner.report.MarkdownReport;
import org.iamrefiner.report.RemediationScript;
import org.iamrefiner.report.SummaryJson;

/** Writes the reports of a run into the output folder, each one atomically. */
final class BatchReports {

    static final String MARKDOWN = "report.md";
    static final String HTML = "report.html";
    static final String REMEDIATION = "remediation.sh";

    private BatchReports() {
    }

    /** summary.json comes last: its presence tells a reader the run finished. */
    static void write(BatchResult result, OutputFolder output) throws IOException {
        output.write(MARKDOWN, out -> MarkdownReport.write(result, out));
        output.write(HTML, out -> HtmlReport.write(result, out));
        output.write(REMEDIATION, out -> RemediationScript.write(result, out));
        output.write(OutputFolder.SUMMARY, out -> SummaryJson.write(result, out));
    }
}

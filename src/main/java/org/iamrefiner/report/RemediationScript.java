package org.iamrefiner.report;

import static org.iamrefiner.report.RemediationCommands.comment;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code remediation.sh} of a batch run: the AWS CLI commands that would apply the
 * recommendations, for review. It stops at its top with {@code exit 1}, so that running it
 * unread does nothing; the tool itself never runs it.
 */
public final class RemediationScript {

    private RemediationScript() {
    }

    public static void write(BatchResult result, Writer out) throws IOException {
        BatchTotals totals = result.totals();
        out.write("#!/usr/bin/env bash\n");
        out.write("# IAM Refiner: AWS CLI commands that would apply the recommendations of a batch run.\n");
        out.write(comment("Input: " + result.input()));
        out.write(comment("Catalog: " + result.catalogVersion()));
        out.write(comment("Policies: " + SummaryFigures.policies(totals)));
        out.write("#\n");
        out.write("# REVIEW BEFORE USE. Nothing here has been run. Read each command beside report.html and the\n"
                + "# recommendation files, then run the ones you accept yourself. Each command changes live IAM\n"
                + "# permissions: a new managed policy version becomes the default at once.\n"
                + "# Inline policies: put-*-policy / delete-*-policy. Managed policies held by one principal: a new\n"
                + "# default version. Managed policies shared by several principals, and AWS managed policies: a new\n"
                + "# policy for the one principal, attached in place of the shared one (said above each command).\n");
        List<BatchFailure> failures = result.allFailures();
        if (!failures.isEmpty()) {
            out.write("#\n# Not refined, so no command below (see report.md):\n");
            for (BatchFailure failure : failures) {
                out.write(comment("  " + SummaryFigures.failurePlace(failure) + ": " + failure.message()));
            }
        }
        out.write("\nset -euo pipefail\n");
        out.write("echo \"remediation.sh: review this script before running it; see the comments at its top.\" >&2\n");
        out.write("exit 1  # remove this line once every command below has been reviewed\n\n");
        boolean any = false;
        for (BatchItem item : result.items()) {
            if (item.remediation().length() > 0) {
                result.fragments().copy(item.remediation(), out);
                any = true;
            }
        }
        if (!any) {
            out.write("# Nothing to apply: no policy changes.\n");
        }
    }
}

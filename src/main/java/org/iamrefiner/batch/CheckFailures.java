package org.iamrefiner.batch;

import org.iamrefiner.check.Violation;
import org.iamrefiner.refine.CheckFailedException;

/** One message for a result the check refused, naming every violation with its place and example. */
final class CheckFailures {

    private CheckFailures() {
    }

    static String describe(CheckFailedException failed) {
        StringBuilder text = new StringBuilder(failed.getMessage()).append(": ");
        String separator = "";
        for (Violation violation : failed.violations()) {
            text.append(separator).append("guarantee ").append(violation.guarantee());
            if (violation.statement() != null) {
                text.append(" at ").append(violation.statement());
            }
            if (violation.entry() != null) {
                text.append(" entry \"").append(violation.entry()).append('"');
            }
            text.append(": ").append(violation.message());
            if (violation.example() != null) {
                text.append(" (e.g. ").append(violation.example()).append(')');
            }
            separator = "; ";
        }
        return text.toString();
    }
}

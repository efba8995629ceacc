package org.iamrefiner.report;

import java.util.Locale;

/** Numbers and phrases the Markdown and HTML reports share, so both say the same thing. */
final class SummaryFigures {

    private SummaryFigures() {
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** "1 policy", "3 policies". */
    static String count(long value, String one, String many) {
        return number(value) + " " + (value == 1 ? one : many);
    }

    static String principals(BatchResult.PrincipalCounts counts) {
        return number(counts.total()) + " (" + number(counts.refined()) + " refined, "
                + number(counts.withoutFinding()) + " without a finding, " + number(counts.failed()) + " failed)";
    }

    static String policies(BatchTotals totals) {
        return number(totals.policies()) + " (" + number(totals.changed()) + " changed, " + number(totals.detached())
                + " detached, " + number(totals.unchanged()) + " unchanged, " + number(totals.failed()) + " failed)";
    }

    static String beforeAfter(long before, long after) {
        return number(before) + " → " + number(after);
    }

    /** "inline policy", "managed policy (shared by 3)", "AWS managed policy", "policy file". */
    static String kindOf(BatchItem item) {
        return switch (item.attachment()) {
            case INLINE -> "inline policy";
            case MANAGED -> (item.awsManaged() ? "AWS managed policy" : "managed policy")
                    + (item.shared() ? " (shared by " + item.principalsSharing() + ")" : "");
            case FILE -> "policy file";
        };
    }

    static String result(BatchItem item) {
        return switch (item.status()) {
            case CHANGED -> "changed";
            case DETACHED -> "detach";
            case UNCHANGED -> "unchanged";
            case FAILED -> "failed";
        };
    }

    static String failurePlace(BatchFailure failure) {
        if (failure.principal() == null) {
            return "input file";
        }
        return failure.policy() == null ? failure.principal() : failure.principal() + " · " + failure.policy();
    }
}

package org.iamrefiner.report;

/**
 * A piece of report text kept on disk while the batch runs (a diff, remediation commands), so
 * that memory holds only where it is, however many policies the account has.
 *
 * @param offset where it starts in its spool file, in characters written before it
 * @param length its length in characters
 */
public record BatchFragment(long offset, int length) {

    public static final BatchFragment NONE = new BatchFragment(0, 0);
}

package org.iamrefiner.report;

import java.io.IOException;
import java.io.Writer;

/** Copies a stored per-policy text into a report being written. */
public interface BatchFragments {

    void copy(BatchFragment fragment, Writer out) throws IOException;
}

package org.iamrefiner.batch;

import org.iamrefiner.input.InputException;

/**
 * A principal of the input, known by its place only until a worker reads it.
 *
 * @param sequence its position in the input
 * @param label    how messages name it before it is read ("role/Deployer")
 * @param reader   reads the principal
 */
record PrincipalEntry(long sequence, String label, Reader reader) {

    /** Reads the principal's entry. */
    @FunctionalInterface
    interface Reader {
        Principal read() throws InputException;
    }

    Principal read() throws InputException {
        return reader.read();
    }
}

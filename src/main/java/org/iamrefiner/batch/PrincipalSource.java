package org.iamrefiner.batch;

import java.util.List;
import org.iamrefiner.input.InputException;

/** The principals of a batch input, handed out one at a time. */
interface PrincipalSource {

    /** Receives each principal entry; may block while the workers are busy. */
    @FunctionalInterface
    interface Sink {
        void accept(PrincipalEntry entry) throws InterruptedException;
    }

    /** How many principals {@link #forEach} hands out. */
    long count();

    /** Hands out every principal, in input order. */
    void forEach(Sink sink) throws InterruptedException, InputException;

    /** What was read, in words, for the reports. */
    String description();

    /** Remarks about the input as a whole (parts not refined, an incomplete export). */
    List<String> notes();
}

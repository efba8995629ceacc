package org.iamrefiner.reference;

import java.util.Comparator;
import java.util.Locale;

/** The two text rules every part of the reference shares: identity ignores case, and so does order. */
final class ReferenceText {

    /** Case-insensitive order; equal-ignoring-case strings fall back to plain String order. */
    static final Comparator<String> ORDER =
            Comparator.comparing(ReferenceText::lower).thenComparing(Comparator.naturalOrder());

    private ReferenceText() {
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

package org.iamrefiner.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Steps 1–4 of SPEC.md "The refinement, entry by entry", for one entry of an Allow statement's Action. */
final class EntryRefiner {

    /**
     * What becomes of one entry.
     *
     * @param keptVerbatim true when the entry stays exactly as written
     * @param replacement  the entries written in its place when it does not (empty when dropped)
     */
    record Outcome(boolean keptVerbatim, List<String> replacement) {

        static Outcome keep() {
            return new Outcome(true, List.of());
        }

        static Outcome replaceWith(List<String> entries) {
            return new Outcome(false, List.copyOf(entries));
        }
    }

    private final ReferenceCatalog catalog;
    private final UnusedNames unused;
    private final ReferenceCover cover;

    EntryRefiner(ReferenceCatalog catalog, UnusedNames unused) {
        this.catalog = catalog;
        this.unused = unused;
        this.cover = new ReferenceCover(catalog, unused);
    }

    Outcome refine(String entry) {
        GlobPattern pattern = new GlobPattern(entry);
        if (!unused.matchedBy(pattern)) {
            return Outcome.keep();
        }
        if (pattern.isLiteral()) {
            return Outcome.replaceWith(List.of());
        }
        Set<String> kept = keptActions(pattern);
        if (kept.isEmpty()) {
            return Outcome.replaceWith(List.of());
        }
        return Outcome.replaceWith(cover.of(pattern, kept));
    }

    /** K = M(p) − U over the whole catalog, lower-case. */
    private Set<String> keptActions(GlobPattern pattern) {
        Set<String> kept = new LinkedHashSet<>();
        for (String action : catalog.canonicalNames()) {
            String lower = ReferenceText.lower(action);
            if (pattern.matches(lower) && !unused.contains(lower)) {
                kept.add(lower);
            }
        }
        return kept;
    }
}

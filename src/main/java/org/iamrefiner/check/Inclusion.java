package org.iamrefiner.check;

/**
 * Decides {@code L(inner) ⊆ L(outer)} directly for the shapes nearly every policy is made of —
 * literals, and a literal prefix followed by wildcards — or says it cannot. Each answer is the one
 * the general search of {@link LanguageSearch} gives; the cases below say why.
 */
enum Inclusion {
    INSIDE, OUTSIDE, UNKNOWN;

    static Inclusion quick(PatternLanguage inner, PatternLanguage outer) {
        if (outer.matchesEverything()) {
            return INSIDE;
        }
        String prefix = inner.literalPrefix();
        if (inner.isLiteral()) {
            // A literal's language is one string: the question is whether outer accepts it.
            return outer.acceptsFolded(prefix) ? INSIDE : OUTSIDE;
        }
        if (outer.endsWithStar() && outer.acceptsFolded(prefix)) {
            // Every string of inner starts with its prefix, and after the prefix outer sits on its
            // trailing star, which takes any continuation.
            return INSIDE;
        }
        if (!prefix.startsWith(outer.literalPrefix()) || outer.isLiteral()) {
            // Inner's first wildcard can take a character no pattern writes, right after inner's
            // prefix: the string so made starts differently from every string of outer, or (outer
            // literal) is longer than it.
            return OUTSIDE;
        }
        return UNKNOWN;
    }
}

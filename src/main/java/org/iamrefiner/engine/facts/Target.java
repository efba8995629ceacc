package org.iamrefiner.engine.facts;

import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.catalog.ActionNames;

/**
 * Derived: a name a cover must match — a kept action for an Action entry, an allowed unused name
 * for a NotAction cover — with the spelling its word boundaries are read from, and how long a
 * prefix it shares with the names its cover must not reach: no node that short can be safe, so
 * its trie path is only built from the first word prefix beyond that.
 */
public final class Target extends Derived {

    private final Cover cover;
    private final String spelling;
    private final String key;
    private final boolean known;
    private final List<TrieStep> steps;
    private final int sharedLength;
    private final TrieStep firstStep;
    private final String pathStart;

    /**
     * @param spelling the catalog's canonical spelling, or the finding's for a name the catalog lacks
     * @param known    true when the catalog knows the name
     * @param avoided  the names the cover must not reach
     */
    public Target(Cover cover, String spelling, boolean known, AvoidedNames avoided, String rule) {
        super(rule);
        this.cover = cover;
        this.spelling = spelling;
        this.key = spelling.toLowerCase(java.util.Locale.ROOT);
        this.known = known;
        this.steps = steps(ActionNames.wordPrefixes(spelling), cover.getRoot());
        this.sharedLength = avoided.sharedLength(key);
        this.firstStep = stepBeyond(sharedLength);
        List<TrieStep> below = stepsBelow(sharedLength);
        this.pathStart = below.isEmpty() ? null : below.get(0).getParent();
    }

    public Cover getCover() {
        return cover;
    }

    public String getSpelling() {
        return spelling;
    }

    /** Lower-case identity. */
    public String getKey() {
        return key;
    }

    public boolean isKnown() {
        return known;
    }

    /**
     * How many characters the target shares with the nearest name its cover must not reach: in key
     * order those names sharing the longest prefix with it are its two neighbours, so two lookups.
     */
    public int getSharedLength() {
        return sharedLength;
    }

    /**
     * The step down to the target's first word prefix longer than its shared length (its last step
     * when it shares its whole name), as {@link #stepBeyond} finds it; null when the target is its
     * cover's root. A property rather than a lookup in the rule, so the rule needs no {@code from}.
     */
    public TrieStep getFirstStep() {
        return firstStep;
    }

    /**
     * Where the target's path below its shared length starts: the prefix the first of
     * {@link #stepsBelow}({@code sharedLength}) leads from, or null when no step is below it.
     */
    public String getPathStart() {
        return pathStart;
    }

    /** The word prefix the first step leads to ({@link #getFirstStep}), or null when there is none. */
    public String getFirstPrefix() {
        return firstStep == null ? null : firstStep.getChild();
    }

    /**
     * The target's path down the trie: one step to each word prefix longer than the cover's root,
     * from the root or the word prefix before it. Under a root above the services, "svc:" is the first.
     */
    public List<TrieStep> getSteps() {
        return steps;
    }

    /**
     * The step down to the first word prefix longer than {@code length} characters, or the last
     * step when no prefix is that long; null when the target is its cover's root.
     */
    public TrieStep stepBeyond(int length) {
        for (TrieStep step : steps) {
            if (step.getChild().length() > length) {
                return step;
            }
        }
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    /** The steps that start from a prefix longer than {@code length} characters. */
    public List<TrieStep> stepsBelow(int length) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getParent().length() > length) {
                return steps.subList(i, steps.size());
            }
        }
        return List.of();
    }

    private static List<TrieStep> steps(List<String> wordPrefixes, String root) {
        List<TrieStep> steps = new ArrayList<>(wordPrefixes.size());
        String parent = root;
        for (int words = 0; words < wordPrefixes.size(); words++) {
            String prefix = wordPrefixes.get(words);
            if (prefix.length() > root.length()) {
                int lastWordStart = words == 0 ? 0 : wordPrefixes.get(words - 1).length();
                steps.add(new TrieStep(parent, prefix, words, lastWordStart));
                parent = prefix;
            }
        }
        return List.copyOf(steps);
    }

    @Override
    public String toString() {
        return spelling;
    }
}

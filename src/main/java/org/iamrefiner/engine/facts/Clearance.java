package org.iamrefiner.engine.facts;

/**
 * Derived: how long a prefix a target shares with the names its cover must not reach. No node that
 * short can be safe, so the target's trie path is only built from the first word prefix beyond it.
 */
public final class Clearance extends Derived {

    private final Target target;
    private final int sharedLength;
    private final TrieStep firstStep;

    /** @param sharedLength characters the target shares with the nearest name to avoid */
    public Clearance(Target target, int sharedLength, String rule) {
        super(rule);
        this.target = target;
        this.sharedLength = sharedLength;
        this.firstStep = target.stepBeyond(sharedLength);
    }

    public Target getTarget() {
        return target;
    }

    public Cover getCover() {
        return target.getCover();
    }

    public int getSharedLength() {
        return sharedLength;
    }

    /**
     * The target's step down to its first word prefix longer than the shared length (its last step
     * when it shares its whole name), as {@link Target#stepBeyond} finds it; null when the target
     * is its cover's root. A property rather than a lookup in the rule, so the rule needs no {@code from}.
     */
    public TrieStep getFirstStep() {
        return firstStep;
    }

    @Override
    public String toString() {
        return target + " shares " + sharedLength + " characters with a name to avoid";
    }
}

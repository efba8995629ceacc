package org.iamrefiner.engine.facts;

/**
 * Derived: how long a prefix a target shares with the names its cover must not reach. No node that
 * short can be safe, so the target's trie path is only built from the first word prefix beyond it.
 */
public final class Clearance extends Derived {

    private final Target target;
    private final int sharedLength;

    /** @param sharedLength characters the target shares with the nearest name to avoid */
    public Clearance(Target target, int sharedLength, String rule) {
        super(rule);
        this.target = target;
        this.sharedLength = sharedLength;
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

    @Override
    public String toString() {
        return target + " shares " + sharedLength + " characters with a name to avoid";
    }
}

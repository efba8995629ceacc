package org.iamrefiner.engine.facts;

/** Derived: the node must not be written as a wildcard, with the reason and the name that shows it. */
public final class Unsafe extends Derived {

    private final Node node;
    private final String reason;
    private final String witness;

    /**
     * @param reason  plain words ("the unused action s3:GetBucketAcl starts with it")
     * @param witness the action name or pattern that makes it unsafe, or null
     */
    public Unsafe(Node node, String reason, String witness, String rule) {
        super(rule);
        this.node = node;
        this.reason = reason;
        this.witness = witness;
    }

    public Node getNode() {
        return node;
    }

    public String getReason() {
        return reason;
    }

    public String getWitness() {
        return witness;
    }

    @Override
    public String toString() {
        return node + " unsafe: " + reason;
    }
}

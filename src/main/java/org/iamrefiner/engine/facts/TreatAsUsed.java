package org.iamrefiner.engine.facts;

import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Extension fact: a reported unused action counts as used (e.g. it was last accessed shortly before
 * the finding). Insert it in the "exempt" phase:
 * {@code insert(new TreatAsUsed($reported.getFullName(), "used 12 days before the finding", drools));}
 */
public final class TreatAsUsed {

    private final String fullName;
    private final String key;
    private final String reason;
    private final String rule;

    /**
     * @param fullName the action, "svc:Name" in any casing
     * @param reason   why, in plain words; shown in explanations
     * @param drools   the inserting rule's context, which names the rule
     */
    public TreatAsUsed(String fullName, String reason, RuleContext drools) {
        this(fullName, reason, drools.getRule().getName());
    }

    public TreatAsUsed(String fullName, String reason, String rule) {
        this.fullName = fullName;
        this.key = fullName.toLowerCase(Locale.ROOT);
        this.reason = reason;
        this.rule = rule;
    }

    public String getFullName() {
        return fullName;
    }

    /** Lower-case identity. */
    public String getKey() {
        return key;
    }

    public String getReason() {
        return reason;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public String toString() {
        return fullName + " treated as used (" + reason + ", rule \"" + rule + "\")";
    }
}

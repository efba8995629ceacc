package org.iamrefiner.engine.facts;

import org.iamrefiner.catalog.Glob;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Extension fact: actions matching this pattern stay granted whatever the finding says
 * (e.g. {@code iam:PassRole}). Insert it in the "exempt" phase:
 * {@code insert(new KeepAction("iam:PassRole", "deployments need it", drools));}
 */
public final class KeepAction {

    private final String pattern;
    private final String reason;
    private final String rule;

    /**
     * @param pattern an action or pattern ("iam:PassRole", "kms:Decrypt*")
     * @param reason  why, in plain words; shown in explanations
     * @param drools  the inserting rule's context ({@code drools} in a rule's consequence), which names the rule
     */
    public KeepAction(String pattern, String reason, RuleContext drools) {
        this(pattern, reason, drools.getRule().getName());
    }

    public KeepAction(String pattern, String reason, String rule) {
        this.pattern = pattern;
        this.reason = reason;
        this.rule = rule;
    }

    public String getPattern() {
        return pattern;
    }

    public String getReason() {
        return reason;
    }

    /** Name of the rule that inserted it. */
    public String getRule() {
        return rule;
    }

    /** True when the pattern matches the action name (case-insensitive). */
    public boolean matches(String action) {
        return Glob.matches(pattern, action);
    }

    /** True when the pattern matches some action of the service. */
    public boolean reachesService(String service) {
        return Glob.matchesSomeExtension(pattern, service + ":");
    }

    @Override
    public String toString() {
        return "keep " + pattern + " (" + reason + ", rule \"" + rule + "\")";
    }
}

package org.iamrefiner.engine.facts;

/** A fact a rule derived; it remembers the rule, so every decision can be traced to one. */
public abstract class Derived {

    private final String rule;

    protected Derived(String rule) {
        this.rule = rule;
    }

    /** Name of the rule that inserted this fact. */
    public String getRule() {
        return rule;
    }
}

package org.iamrefiner.engine;

/**
 * One DRL file to compile into the rule base.
 *
 * @param origin  where it comes from, as shown in messages ("rules/3-decide.drl", a user's path)
 * @param content the DRL text
 */
public record RuleSource(String origin, String content) {
}

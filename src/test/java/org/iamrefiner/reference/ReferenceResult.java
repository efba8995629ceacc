package org.iamrefiner.reference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the reference recommends for one policy.
 *
 * @param policy the refined policy, or {@code null} when the policy should be detached
 * @param step   {@code "CREATE_POLICY"}, {@code "DETACH_POLICY"}, or {@code null} when nothing changed
 */
public record ReferenceResult(JsonNode policy, String step) {

    public static final String CREATE_POLICY = "CREATE_POLICY";
    public static final String DETACH_POLICY = "DETACH_POLICY";
}

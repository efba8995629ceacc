package org.iamrefiner.finding;

import java.util.List;

/**
 * The unused permissions of one principal (IAM role or user).
 *
 * @param source      the file name as the user gave it
 * @param resourceArn the principal's ARN when the finding names it, otherwise null
 * @param services    unused permissions per service; a service appears at most once
 *                    (entries of the same service are merged, service-level wins)
 * @param analyzedAt  when Access Analyzer computed the finding (ISO-8601 text as given), or null
 *                    when the input does not say (the simple list shape)
 */
public record Finding(String source, String resourceArn, List<UnusedService> services, String analyzedAt) {

    public Finding {
        services = List.copyOf(services);
    }

    /** A finding that does not say when it was computed. */
    public Finding(String source, String resourceArn, List<UnusedService> services) {
        this(source, resourceArn, services, null);
    }
}

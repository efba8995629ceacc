package org.iamrefiner.finding;

import java.util.List;

/**
 * The unused permissions of one principal (IAM role or user).
 *
 * @param source      the file name as the user gave it
 * @param resourceArn the principal's ARN when the finding names it, otherwise null
 * @param services    unused permissions per service; a service appears at most once
 *                    (entries of the same service are merged, service-level wins)
 */
public record Finding(String source, String resourceArn, List<UnusedService> services) {

    public Finding {
        services = List.copyOf(services);
    }
}

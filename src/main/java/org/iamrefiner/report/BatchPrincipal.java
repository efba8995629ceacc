package org.iamrefiner.report;

import java.util.Objects;

/**
 * The IAM role or user a batch item belongs to.
 *
 * @param kind "role", "user", or "principal" for a folder of the plain layout (kind unknown)
 * @param name the role or user name, or the folder name
 * @param arn  the principal's ARN, or null when the input does not say
 */
public record BatchPrincipal(String kind, String name, String arn) {

    public BatchPrincipal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** "role/Deployer": how reports name the principal. */
    public String label() {
        return kind + "/" + name;
    }

    /** The 12-digit account of the ARN, or null. */
    public String accountId() {
        if (arn == null) {
            return null;
        }
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && !parts[4].isEmpty() ? parts[4] : null;
    }
}

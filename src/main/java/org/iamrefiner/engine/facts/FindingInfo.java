package org.iamrefiner.engine.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Input fact: what the finding says about itself. */
public final class FindingInfo {

    private final String resourceArn;
    private final String analyzedAt;

    /**
     * @param resourceArn the principal's ARN, or null
     * @param analyzedAt  when the finding was computed (ISO-8601), or null when the input does not say
     */
    public FindingInfo(String resourceArn, String analyzedAt) {
        this.resourceArn = resourceArn;
        this.analyzedAt = analyzedAt;
    }

    public String getResourceArn() {
        return resourceArn;
    }

    public String getAnalyzedAt() {
        return analyzedAt;
    }

    /**
     * Whole days from {@code timestamp} to the finding's analysis time, or -1 when either is missing
     * or not an ISO-8601 instant. Used by rules such as "last accessed within 30 days counts as used".
     */
    public long daysBeforeAnalysis(String timestamp) {
        if (timestamp == null || analyzedAt == null) {
            return -1;
        }
        try {
            return Duration.between(Instant.parse(timestamp), Instant.parse(analyzedAt)).toDays();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return "finding for " + resourceArn + " analyzed at " + analyzedAt;
    }
}

package org.iamrefiner.finding;

import java.util.Locale;

/**
 * One unused action of a finding.
 *
 * @param service      service prefix, lower case
 * @param name         action name as the finding spells it, without the service prefix
 * @param lastAccessed when it was last used (ISO-8601 text as given), or null
 */
public record UnusedAction(String service, String name, String lastAccessed) {

    public UnusedAction {
        service = service.toLowerCase(Locale.ROOT);
    }

    /** "s3:GetBucketAcl", spelled as the finding spells the name. */
    public String fullName() {
        return service + ":" + name;
    }

    /** Lower-case identity, "s3:getbucketacl". */
    public String key() {
        return fullName().toLowerCase(Locale.ROOT);
    }
}

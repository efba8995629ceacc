package org.iamrefiner.finding;

import java.util.Locale;
import java.util.Objects;

/**
 * One unused action of a finding. Its full name and key are made once: a batch looks up every
 * action of a principal's finding for each of the principal's policies.
 */
public final class UnusedAction {

    private final String service;
    private final String name;
    private final String lastAccessed;
    private final String fullName;
    private final String key;

    /**
     * @param service      service prefix (stored lower case)
     * @param name         action name as the finding spells it, without the service prefix
     * @param lastAccessed when it was last used (ISO-8601 text as given), or null
     */
    public UnusedAction(String service, String name, String lastAccessed) {
        this.service = service.toLowerCase(Locale.ROOT);
        this.name = name;
        this.lastAccessed = lastAccessed;
        this.fullName = this.service + ":" + name;
        this.key = fullName.toLowerCase(Locale.ROOT);
    }

    /** Service prefix, lower case ("s3"). */
    public String service() {
        return service;
    }

    /** Action name as the finding spells it, without the service prefix ("GetBucketAcl"). */
    public String name() {
        return name;
    }

    /** When it was last used (ISO-8601 text as given), or null. */
    public String lastAccessed() {
        return lastAccessed;
    }

    /** "s3:GetBucketAcl", spelled as the finding spells the name. */
    public String fullName() {
        return fullName;
    }

    /** Lower-case identity, "s3:getbucketacl". */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnusedAction that && service.equals(that.service) && Objects.equals(name, that.name)
                && Objects.equals(lastAccessed, that.lastAccessed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, name, lastAccessed);
    }

    @Override
    public String toString() {
        return "UnusedAction[service=" + service + ", name=" + name + ", lastAccessed=" + lastAccessed + "]";
    }
}

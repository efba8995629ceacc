package org.iamrefiner.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One action of the catalog with its canonical spelling, e.g. service "s3", name "GetObjectAcl".
 * The full name and the lower-case key are computed once: every join and check asks for them.
 */
public final class CatalogAction {

    private final String service;
    private final String name;
    private final String accessLevel;
    private final List<String> resourceTypes;
    private final String fullName;
    private final String key;

    /**
     * @param service       the service prefix, any case (kept in lower case: "s3")
     * @param name          the action name in its canonical spelling ("GetObjectAcl")
     * @param accessLevel   "List", "Read", "Write", "Permissions management", "Tagging", or null/"" when unknown
     * @param resourceTypes the resource types the action applies to (may be null or empty)
     */
    public CatalogAction(String service, String name, String accessLevel, List<String> resourceTypes) {
        this.service = service.toLowerCase(Locale.ROOT);
        this.name = Objects.requireNonNull(name, "name");
        this.accessLevel = accessLevel == null ? "" : accessLevel;
        this.resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
        this.fullName = this.service + ":" + name;
        this.key = fullName.toLowerCase(Locale.ROOT);
    }

    /** The service prefix, lower case ("s3"). */
    public String service() {
        return service;
    }

    /** The action name in its canonical spelling ("GetObjectAcl"). */
    public String name() {
        return name;
    }

    /** "List", "Read", "Write", "Permissions management", "Tagging", or "" when unknown. */
    public String accessLevel() {
        return accessLevel;
    }

    /** The resource types the action applies to (may be empty). */
    public List<String> resourceTypes() {
        return resourceTypes;
    }

    /** The canonical full name, "s3:GetObjectAcl". */
    public String fullName() {
        return fullName;
    }

    /** The identity of the action: the full name in lower case ("s3:getobjectacl"). */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CatalogAction that && service.equals(that.service) && name.equals(that.name)
                && accessLevel.equals(that.accessLevel) && resourceTypes.equals(that.resourceTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, name, accessLevel, resourceTypes);
    }

    @Override
    public String toString() {
        return "CatalogAction[service=" + service + ", name=" + name + ", accessLevel=" + accessLevel
                + ", resourceTypes=" + resourceTypes + "]";
    }
}

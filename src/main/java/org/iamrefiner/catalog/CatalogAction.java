package org.iamrefiner.catalog;

import java.util.List;
import java.util.Locale;

/**
 * One action of the catalog with its canonical spelling, e.g. service "s3", name "GetObjectAcl".
 *
 * @param service       the service prefix, lower case ("s3")
 * @param name          the action name in its canonical spelling ("GetObjectAcl")
 * @param accessLevel   "List", "Read", "Write", "Permissions management", "Tagging", or "" when unknown
 * @param resourceTypes the resource types the action applies to (may be empty)
 */
public record CatalogAction(String service, String name, String accessLevel, List<String> resourceTypes) {

    public CatalogAction {
        service = service.toLowerCase(Locale.ROOT);
        accessLevel = accessLevel == null ? "" : accessLevel;
        resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
    }

    /** The canonical full name, "s3:GetObjectAcl". */
    public String fullName() {
        return service + ":" + name;
    }

    /** The identity of the action: the full name in lower case ("s3:getobjectacl"). */
    public String key() {
        return fullName().toLowerCase(Locale.ROOT);
    }
}

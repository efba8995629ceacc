package org.iamrefiner.reference;

import java.util.List;

/**
 * The unused permissions of one service, as the reference takes them.
 *
 * @param service the service prefix, any case
 * @param names   unused action names, bare ({@code GetObject}) or prefixed ({@code s3:GetObject}),
 *                any case; {@code null} when the whole service is unused (service-level)
 */
public record UnusedSpec(String service, List<String> names) {

    public UnusedSpec {
        names = names == null ? null : List.copyOf(names);
    }

    /** A service-level entry: every action of the service is unused, known to the catalog or not. */
    public static UnusedSpec wholeService(String service) {
        return new UnusedSpec(service, null);
    }

    public boolean serviceLevel() {
        return names == null;
    }
}

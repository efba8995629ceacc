package org.iamrefiner.finding;

import java.util.List;
import java.util.Locale;

/**
 * The unused permissions of one service.
 *
 * @param service      service prefix, lower case
 * @param serviceLevel true when the finding lists no actions: every action of the service is unused,
 *                     including actions the catalog does not know yet
 * @param actions      the unused actions (empty when serviceLevel)
 * @param lastAccessed when the service was last used, or null
 */
public record UnusedService(String service, boolean serviceLevel, List<UnusedAction> actions, String lastAccessed) {

    public UnusedService {
        service = service.toLowerCase(Locale.ROOT);
        actions = List.copyOf(actions);
    }
}

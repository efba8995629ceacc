package org.iamrefiner.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.UnusedAction;
import org.iamrefiner.finding.UnusedService;
import org.iamrefiner.reference.UnusedSpec;

/**
 * One generated finding in each form a consumer takes: the product's {@link Finding}, the
 * reference's {@link UnusedSpec} list, the simple JSON list {@code refine --unused} reads, and a
 * GetFindingV2 response for the batch. All name the same actions, grouped by service, action-level.
 */
final class FindingForms {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FindingForms() {
    }

    /** The finding as {@code FindingReader} would build it from the simple JSON list. */
    static Finding finding(String source, List<CatalogAction> unused) {
        List<UnusedService> services = new ArrayList<>();
        byService(unused).forEach((service, actions) -> services.add(new UnusedService(service, false,
                actions.stream().map(a -> new UnusedAction(service, a.name(), null)).toList(), null)));
        return new Finding(source, null, services);
    }

    /** The finding as the reference takes it. */
    static List<UnusedSpec> specs(List<CatalogAction> unused) {
        List<UnusedSpec> specs = new ArrayList<>();
        byService(unused).forEach((service, actions) ->
                specs.add(new UnusedSpec(service, actions.stream().map(CatalogAction::name).toList())));
        return specs;
    }

    /** {@code [{"serviceNamespace": "s3", "actions": ["GetObject", …]}, …]}, as {@code refine --unused} reads it. */
    static ArrayNode simpleJson(List<CatalogAction> unused) {
        ArrayNode list = JSON.arrayNode();
        byService(unused).forEach((service, actions) -> {
            ArrayNode names = list.addObject().put("serviceNamespace", service).putArray("actions");
            actions.forEach(a -> names.add(a.name()));
        });
        return list;
    }

    /**
     * An Access Analyzer GetFindingV2 response for an unused-permission finding of a role, as
     * {@code aws accessanalyzer get-finding-v2} prints it (the fields the batch reads and a few more).
     */
    static ObjectNode getFindingV2(String id, String roleArn, String account, List<CatalogAction> unused) {
        ObjectNode finding = JSON.objectNode();
        finding.put("analyzedAt", "2026-11-20T08:00:00Z");
        finding.put("createdAt", "2026-11-20T08:00:00Z");
        finding.put("id", id);
        finding.put("resource", roleArn);
        finding.put("resourceType", "AWS::IAM::Role");
        finding.put("resourceOwnerAccount", account);
        finding.put("status", "ACTIVE");
        finding.put("findingType", "UnusedPermission");
        ArrayNode details = finding.putArray("findingDetails");
        byService(unused).forEach((service, actions) -> {
            ObjectNode detail = details.addObject().putObject("unusedPermissionDetails");
            detail.put("serviceNamespace", service);
            ArrayNode names = detail.putArray("actions");
            actions.forEach(a -> names.addObject().put("action", a.name()));
        });
        return finding;
    }

    private static Map<String, List<CatalogAction>> byService(List<CatalogAction> unused) {
        Map<String, List<CatalogAction>> byService = new LinkedHashMap<>();
        for (CatalogAction action : unused) {
            byService.computeIfAbsent(action.service(), s -> new ArrayList<>()).add(action);
        }
        return byService;
    }
}

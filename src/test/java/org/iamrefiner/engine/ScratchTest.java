package org.iamrefiner.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.*;
import java.util.*;
import org.iamrefiner.catalog.*;
import org.iamrefiner.emit.*;
import org.iamrefiner.finding.*;
import org.iamrefiner.policy.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void blog() throws Exception {
        Path dir = Path.of("/work/shared/fixtures/blog-example");
        List<CatalogAction> actions = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("catalog-2024-08-31-s3-lambda.txt"))) {
            String[] p = line.split(":");
            actions.add(new CatalogAction(p[0], p[1], "", List.of()));
        }
        Catalog catalog = new Catalog("2024", "file", Map.of(), actions);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(dir.resolve("policy.json").toFile());
        List<PolicyStatement> statements = new ArrayList<>();
        int i = 0;
        for (JsonNode st : json.get("Statement")) {
            List<String> entries = new ArrayList<>();
            st.get("Action").forEach(a -> entries.add(a.asText()));
            statements.add(new PolicyStatement(i, (ObjectNode) st, Effect.ALLOW, ActionField.ACTION, entries, false, "/Statement/" + i));
            i++;
        }
        Policy policy = new Policy("policy.json", json, statements, false);
        List<UnusedService> services = new ArrayList<>();
        for (JsonNode s : mapper.readTree(dir.resolve("unused.json").toFile())) {
            String svc = s.get("serviceNamespace").asText();
            List<UnusedAction> ua = new ArrayList<>();
            s.get("actions").forEach(a -> ua.add(new UnusedAction(svc, a.asText(), null)));
            services.add(new UnusedService(svc, false, ua, null));
        }
        Finding finding = new Finding("unused.json", null, services);
        long t0 = System.nanoTime();
        RuleBase base = RuleBase.core();
        long t1 = System.nanoTime();
        RefinementEngine engine = new RefinementEngine(base, catalog);
        Refinement r = PolicyEmitter.emit(policy, engine.run(policy, finding));
        long t2 = System.nanoTime();
        for (int k = 0; k < 200; k++) engine.run(policy, finding);
        long t3 = System.nanoTime();
        System.out.println("build ms " + (t1 - t0) / 1e6 + " first ms " + (t2 - t1) / 1e6 + " warm ms " + (t3 - t2) / 1e6 / 200);
        System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(r.refined()));
        System.out.println(r.action() + " " + r.notes());
        JsonNode expected = mapper.readTree(dir.resolve("expected-2024.json").toFile());
        org.assertj.core.api.Assertions.assertThat(r.refined()).isEqualTo(expected);
    }
}

package org.iamrefiner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch benchmark's account: exactly the refinements asked for, in files the batch command reads. */
class BenchAccountTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** The lightest policies of the workload, so the batch run stays quick. */
    private static List<WorkloadCase> smallPolicies() throws Exception {
        Workload workload = Workload.build(ManagedPolicyFile.read(Path.of(ManagedPolicyFile.LOCATION)),
                CatalogLoader.bundled(), 7, 200);
        return workload.cases().stream()
                .filter(c -> !c.granted().isEmpty())
                .sorted(Comparator.comparingInt((WorkloadCase c) -> c.granted().size()).thenComparing(c -> c.source().name()))
                .limit(12).toList();
    }

    @Test
    void rolesAttachExactlyTheRequestedNumberOfPoliciesAndTheBatchRefinesThemAll() throws Exception {
        BenchAccount.Written account = BenchAccount.write(temp.resolve("account"), smallPolicies(), 37, 42);
        JsonNode export = JSON.readTree(account.export().toFile());

        int pairs = 0;
        for (JsonNode role : export.get("RoleDetailList")) {
            Set<String> arns = new HashSet<>();
            role.get("AttachedManagedPolicies").forEach(p -> arns.add(p.get("PolicyArn").asText()));
            assertThat(arns).hasSize(role.get("AttachedManagedPolicies").size()).hasSizeBetween(1, 10);
            pairs += arns.size();
        }
        assertThat(pairs).isEqualTo(37).isEqualTo(account.refinements());
        try (Stream<Path> files = Files.list(account.findings())) {
            assertThat(files.count()).isEqualTo(export.get("RoleDetailList").size());
        }

        Path output = temp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "batch",
                "--authorization-details", account.export().toString(), "--findings", account.findings().toString(),
                "--output", output.toString(), "--quiet", "--jobs", "2");
        JsonNode summary = JSON.readTree(output.resolve("summary.json").toFile());
        assertThat(code).as(err.toString()).isZero();
        assertThat(summary.at("/policies/total").asInt()).isEqualTo(37);
        assertThat(summary.at("/policies/failed").asInt()).isZero();
        assertThat(summary.at("/principals/withoutFinding").asInt()).isZero();
    }

    @Test
    void theSameSeedWritesTheSameAccount() throws Exception {
        List<WorkloadCase> policies = smallPolicies();
        BenchAccount.write(temp.resolve("a"), policies, 20, 5);
        BenchAccount.write(temp.resolve("b"), policies, 20, 5);
        assertThat(Files.readString(temp.resolve("a").resolve(BenchAccount.EXPORT)))
                .isEqualTo(Files.readString(temp.resolve("b").resolve(BenchAccount.EXPORT)));
        assertThat(Files.readString(temp.resolve("a/findings/role-bench-role-00001.json")))
                .isEqualTo(Files.readString(temp.resolve("b/findings/role-bench-role-00001.json")));
    }
}

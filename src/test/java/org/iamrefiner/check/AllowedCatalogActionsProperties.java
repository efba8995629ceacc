package org.iamrefiner.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.catalog.Glob;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.policy.PolicyReader;

/** The index lookups count exactly the actions a plain match over the whole catalog finds. */
class AllowedCatalogActionsProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = List.of("s3:GetObject", "s3:GetObjectAcl", "s3:PutObject",
            "s3:ListBucket", "sqs:SendMessage", "sqs:GetQueueUrl", "ec2:DescribeInstances", "ec2:GetConsole",
            "s3a:Get", "s:Get");

    @Provide
    Arbitrary<List<String>> patterns() {
        Arbitrary<String> service = Arbitraries.of("s3", "sqs", "ec2", "s", "s3a");
        Arbitrary<String> action = Arbitraries.of("Get", "Object", "get", "*", "?", "Describe", "Put", "Acl",
                "Message", "List").list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("", p));
        Arbitrary<String> pattern = Arbitraries.oneOf(net.jqwik.api.Combinators.combine(service, action)
                .as((s, a) -> s + ":" + a), Arbitraries.just("*"));
        // "*" alone stands for patterns above the services; the reader refuses wildcards in a service part.
        return pattern.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 500)
    void countsWhatAPlainMatchCounts(@ForAll("patterns") List<String> entries, @ForAll boolean notAction) throws Exception {
        List<CatalogAction> actions = new ArrayList<>();
        for (String name : NAMES) {
            int colon = name.indexOf(':');
            actions.add(new CatalogAction(name.substring(0, colon), name.substring(colon + 1), "", List.of()));
        }
        Catalog catalog = new Catalog("test", "inline", Map.of(), actions);
        ObjectNode policy = JSON.createObjectNode().put("Version", "2012-10-17");
        ObjectNode statement = policy.putArray("Statement").addObject().put("Effect", "Allow").put("Resource", "*");
        ArrayNode list = statement.putArray(notAction ? "NotAction" : "Action");
        entries.forEach(list::add);

        BitSet expected = new BitSet();
        for (int i = 0; i < catalog.all().size(); i++) {
            String key = catalog.all().get(i).key();
            boolean matched = entries.stream().anyMatch(entry -> Glob.matches(entry, key));
            if (matched != notAction) {
                expected.set(i);
            }
        }
        assertThat(new AllowedCatalogActions(catalog).of(PolicyReader.fromJson("policy.json", policy))).isEqualTo(expected);
        // The check hands out the same sets, here for a policy checked against itself with nothing unused.
        GuaranteeCheck.Verdict verdict = new GuaranteeCheck(catalog).verify(PolicyReader.fromJson("policy.json", policy),
                PolicyReader.fromJson("policy.json", policy), new Finding("finding.json", null, List.of()));
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.allowedByOriginal()).isEqualTo(expected);
        assertThat(verdict.allowedByRefined()).isEqualTo(expected);
    }
}

package org.iamrefiner.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;

/** Builds the inputs of the check tests from short texts. */
final class CheckFixtures {

    /** The published example, copied into the test resources. */
    static final String BLOG_EXAMPLE = "/blog-example/";

    private CheckFixtures() {
    }

    /** A catalog of the given full names ("s3:GetObject"). */
    static Catalog catalog(List<String> fullNames) {
        List<CatalogAction> actions = new ArrayList<>();
        for (String fullName : fullNames) {
            int colon = fullName.indexOf(':');
            actions.add(new CatalogAction(fullName.substring(0, colon), fullName.substring(colon + 1), "", List.of()));
        }
        return new Catalog("test", "test", Map.of(), actions);
    }

    static Catalog catalog(String... fullNames) {
        return catalog(List.of(fullNames));
    }

    /** A catalog read from {@code service:Action} lines. */
    static Catalog catalogOfLines(String text) {
        List<String> names = text.lines()
                .map(String::strip)
                .filter(line -> line.contains(":") && !line.startsWith("#"))
                .toList();
        return catalog(names);
    }

    /** A policy with Version 2012-10-17, Id "p1" and the given statements (JSON objects). */
    static Policy policy(String... statements) throws InputException {
        return policyText("{\"Version\":\"2012-10-17\",\"Id\":\"p1\",\"Statement\":["
                + String.join(",", statements) + "]}");
    }

    static Policy policyText(String json) throws InputException {
        return PolicyReader.parse("policy.json", json);
    }

    static Finding finding(String json) throws InputException {
        return FindingReader.parse("finding.json", json);
    }

    /** A test resource as text. */
    static String resource(String name) throws IOException {
        try (InputStream in = CheckFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.iamrefiner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.emit.Refinement;
import org.junit.jupiter.api.Test;

/** The word tries drawn for Graphviz. */
class TrieDotTest {

    private static final String GET = "/Statement/1/Action/0";
    private static final Pattern NODE = Pattern.compile("^  ([nus]\\d+) \\[label=\"((?:[^\"\\\\]|\\\\.)*)\"(.*)];$", Pattern.MULTILINE);
    private static final Pattern EDGE = Pattern.compile("^  ([nus]\\d+) -> ([nus]\\d+)(?: \\[(.*)])?;$", Pattern.MULTILINE);

    /** Node id by its first label line (the prefix as the catalog spells it); a trie node before a leaf. */
    private static Map<String, String> ids(String dot) {
        Map<String, String> ids = new java.util.HashMap<>();
        Matcher matcher = NODE.matcher(dot);
        while (matcher.find()) {
            String first = matcher.group(2).split("\\\\n")[0];
            ids.putIfAbsent(first, matcher.group(1)); // trie nodes come first, before the leaves

        }
        return ids;
    }

    /** The attribute part of a node's line, by its first label line. */
    private static String node(String dot, String label) {
        Matcher matcher = NODE.matcher(dot);
        while (matcher.find()) {
            if (matcher.group(2).split("\\\\n")[0].equals(label)) {
                return matcher.group(0);
            }
        }
        throw new AssertionError("no node labelled " + label + " in\n" + dot);
    }

    /** Edge attributes ("" for a plain edge), or null when there is no such edge. */
    private static String edge(String dot, String fromLabel, String toLabel) {
        Map<String, String> ids = ids(dot);
        Matcher matcher = EDGE.matcher(dot);
        while (matcher.find()) {
            if (matcher.group(1).equals(ids.get(fromLabel)) && matcher.group(2).equals(ids.get(toLabel))) {
                return matcher.group(3) == null ? "" : matcher.group(3);
            }
        }
        return null;
    }

    private static final String GREEN = "fillcolor=\"" + TrieDot.SAFE + "\"";
    private static final String ORANGE = "fillcolor=\"" + TrieDot.UNSAFE + "\"";
    private static final String RED = "fillcolor=\"" + TrieDot.UNUSED + "\"";
    private static final String BOLD = "penwidth=" + TrieDot.SELECTED_PENWIDTH;

    @Test
    void thePublishedExampleOnTheCatalogOfItsTime() throws Exception {
        Catalog catalog = ExplanationTextTest.blogCatalog();
        Map<String, String> graphs = TrieDot.graphs(ExplanationTextTest.blog(catalog), catalog);
        assertThat(graphs.keySet()).containsExactly(GET);
        String dot = graphs.get(GET);
        assertThat(dot).startsWith("digraph \"/Statement/1/Action/0 s3:Get*\" {\n").endsWith("}\n");
        assertThat(dot).contains("catalog-2024-08-31-s3-lambda.txt");

        assertThat(node(dot, "s3:Get")).contains(ORANGE).doesNotContain(BOLD);
        assertThat(node(dot, "s3:GetAccess")).contains(GREEN, BOLD, "\\n\u2192 s3:GetAccess* (12)");
        assertThat(node(dot, "s3:GetJob")).contains(GREEN, BOLD, "\\n\u2192 s3:GetJobTagging (1)");
        assertThat(node(dot, "s3:GetAccessPoint")).contains(GREEN).doesNotContain(BOLD);
        assertThat(edge(dot, "s3:Get", "s3:GetAccess")).isEmpty();
        assertThat(edge(dot, "s3:GetAccess", "s3:GetAccessPoint")).isEmpty();
        assertThat(edge(dot, "s3:Get", "s3:GetAccessPoint")).isNull();

        // The unused names hang off the node they make unsafe: on the catalog of 2024 no kept
        // action starts with s3:GetBucket, so the rules derive no such node, and all 22 hang off s3:Get.
        assertThat(ids(dot)).doesNotContainKey("s3:GetBucket");
        assertThat(node(dot, "s3:GetBucketAcl")).contains(RED);
        assertThat(edge(dot, "s3:Get", "s3:GetBucketAcl")).contains("style=dashed");
        assertThat(dot.lines().filter(line -> line.contains(RED))).hasSize(22);
        assertThat(node(dot, "s3:Get")).contains("unsafe: the unused action s3:GetBucketAcl starts with it "
                + "[rule \\\"node is unsafe when an unused name starts with it\\\"]");
    }

    @Test
    void onTheCurrentCatalogGetBucketIsOrangeAndHoldsTheUnusedGetBucketActions() throws Exception {
        Catalog bundled = CatalogLoader.bundled();
        String dot = TrieDot.graphs(ExplanationTextTest.blog(bundled), bundled).get(GET);
        assertThat(node(dot, "s3:GetBucket")).contains(ORANGE).doesNotContain(BOLD);
        assertThat(edge(dot, "s3:Get", "s3:GetBucket")).isEmpty();
        assertThat(node(dot, "s3:GetBucketAbac")).contains(GREEN, BOLD);
        assertThat(node(dot, "s3:GetAccess")).contains(GREEN, BOLD);
        assertThat(edge(dot, "s3:GetBucket", "s3:GetBucketAcl")).contains("style=dashed");
        assertThat(edge(dot, "s3:Get", "s3:GetBucketAcl")).isNull();
        assertThat(edge(dot, "s3:Get", "s3:GetAccelerateConfiguration")).contains("style=dashed");
    }

    @Test
    void upToSelectedLeavesOutWhatLiesBelowTheSelectedNodes() throws Exception {
        Catalog catalog = ExplanationTextTest.blogCatalog();
        String dot = TrieDot.graphs(ExplanationTextTest.blog(catalog), catalog, TrieDot.Extent.UP_TO_SELECTED).get(GET);
        wellFormed(dot);
        assertThat(ids(dot).keySet()).hasSize(1 + 7 + 22)
                .contains("s3:Get", "s3:GetAccess", "s3:GetJob", "s3:GetObject", "s3:GetBucketAcl")
                .doesNotContain("s3:GetAccessPoint", "s3:GetJobTagging", "s3:GetObjectAcl");
        assertThat(node(dot, "s3:GetAccess")).contains(GREEN, BOLD, "\\n\u2192 s3:GetAccess* (12)\\n+24 below");
        assertThat(node(dot, "s3:GetJob")).contains("\\n+1 below");
        assertThat(node(dot, "s3:Get")).contains(ORANGE).doesNotContain("below");
        assertThat(edge(dot, "s3:Get", "s3:GetBucketAcl")).contains("style=dashed");
    }

    @Test
    void outputIsDeterministicAndWellFormed() throws Exception {
        Catalog bundled = CatalogLoader.bundled();
        String first = TrieDot.render(ExplanationTextTest.blog(bundled), bundled);
        String second = TrieDot.render(ExplanationTextTest.blog(bundled), bundled);
        assertThat(first).isEqualTo(second);
        wellFormed(first);

        List<String> prefixes = new ArrayList<>();
        Matcher matcher = Pattern.compile("tooltip=\"([^ \"]*) \\[rule").matcher(first);
        while (matcher.find()) {
            prefixes.add(matcher.group(1));
        }
        assertThat(prefixes).hasSizeGreaterThan(60).isSorted();
    }

    /** Balanced braces, one statement a line, and every edge between declared nodes. */
    private static void wellFormed(String dot) {
        Set<String> declared = new HashSet<>();
        int depth = 0;
        for (String line : dot.split("\n")) {
            if (line.isEmpty()) {
                assertThat(depth).isZero();
            } else if (line.startsWith("digraph ")) {
                assertThat(line).endsWith(" {");
                assertThat(depth++).isZero();
                declared.clear();
            } else if (line.equals("}")) {
                assertThat(--depth).isZero();
            } else {
                assertThat(line).startsWith("  ").endsWith(";");
                Matcher node = NODE.matcher(line);
                Matcher edge = EDGE.matcher(line);
                if (node.matches()) {
                    declared.add(node.group(1));
                } else if (edge.matches()) {
                    assertThat(declared).contains(edge.group(1), edge.group(2));
                } else {
                    assertThat(line).matches("  (graph|node|edge) \\[.*];");
                }
            }
        }
        assertThat(depth).isZero();
    }

    @Test
    void notActionCoverShowsUsedActionsAndWholeServices() throws Exception {
        Catalog catalog = ExplanationTextTest.SMALL;
        Refinement refinement = ExplanationTextTest.refine(catalog,
                "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}",
                "[{\"serviceNamespace\":\"s3\",\"actions\":[\"GetObjectAcl\"]},{\"serviceNamespace\":\"ec2\"}]", true);
        Map<String, String> graphs = TrieDot.graphs(refinement, catalog);
        assertThat(graphs.keySet()).containsExactly("/Statement/0/NotAction");
        String dot = graphs.get("/Statement/0/NotAction");
        wellFormed(dot);
        assertThat(node(dot, "(all services)")).contains(ORANGE);
        assertThat(node(dot, "s3:GetObject")).contains(ORANGE);
        assertThat(node(dot, "s3:GetObjectAcl")).contains(GREEN, BOLD, "color=\"" + TrieDot.UNUSED + "\"");
        assertThat(edge(dot, "(all services)", "ec2:*")).isEqualTo("style=dotted");
        assertThat(node(dot, "ec2:*")).contains("wholly unused service");
        // The used action that makes s3:getobject unsafe hangs off it, blue.
        Matcher leaves = NODE.matcher(dot);
        String usedLeaf = null;
        while (leaves.find()) {
            if (leaves.group(1).startsWith("u") && leaves.group(2).equals("s3:GetObject")) {
                usedLeaf = leaves.group(0);
                assertThat(dot).contains("  " + ids(dot).get("s3:GetObject") + " -> " + leaves.group(1) + " [style=dashed");
            }
        }
        assertThat(usedLeaf).as("a used leaf s3:GetObject in\n" + dot).isNotNull().contains("fillcolor=\"" + TrieDot.USED + "\"");
    }

    @Test
    void labelsAreQuotedAndEscaped() {
        assertThat(TrieDot.quote("plain")).isEqualTo("\"plain\"");
        assertThat(TrieDot.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
        assertThat(TrieDot.quote("")).isEqualTo("\"\"");
    }

    /** Only when Graphviz is installed: dot accepts the published example's trie. */
    @Test
    void graphvizAcceptsTheOutput() throws Exception {
        assumeTrue(dotInstalled(), "Graphviz (dot) is not installed");
        Catalog catalog = ExplanationTextTest.blogCatalog();
        String dot = TrieDot.graphs(ExplanationTextTest.blog(catalog), catalog).get(GET);
        String svg = runDot(dot);
        assertThat(svg).contains("<svg", "s3:GetAccess", "s3:GetBucketAcl");

        String docs = System.getProperty("iamrefiner.docs");
        if (docs != null) {
            // mvn -o -q test -Dtest=TrieDotTest -Diamrefiner.docs=docs redraws the figures in docs/.
            Path folder = Path.of(docs);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("blog-example-trie.dot"), dot);
            Files.writeString(folder.resolve("blog-example-trie.svg"), svg);
            Catalog bundled = CatalogLoader.bundled();
            String current = TrieDot.graphs(ExplanationTextTest.blog(bundled), bundled).get(GET);
            Files.writeString(folder.resolve("blog-example-trie-current-catalog.dot"), current);
            Files.writeString(folder.resolve("blog-example-trie-current-catalog.svg"), runDot(current));
        }
    }

    private static boolean dotInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "dot"))) {
                return true;
            }
        }
        return false;
    }

    private static String runDot(String dot) throws Exception {
        Path input = Files.createTempFile("trie", ".dot");
        Path output = Files.createTempFile("trie", ".svg");
        try {
            Files.writeString(input, dot);
            Process process = new ProcessBuilder("dot", "-Tsvg", "-o", output.toString(), input.toString())
                    .redirectErrorStream(true).start();
            String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("dot -Tsvg: " + messages).isZero();
            assertThat(messages).as("dot's warnings").isEmpty();
            return Files.readString(output);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }
}

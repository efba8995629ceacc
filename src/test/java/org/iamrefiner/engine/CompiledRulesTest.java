package org.iamrefiner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogLoader;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.FindingReader;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.iamrefiner.policy.PolicyWriter;
import org.iamrefiner.refine.Refiner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The core rules as the build compiles them ahead of time: the same rules as compiling the DRL, and
 * never used once the rule files or the classes they import differ from those they came from.
 */
class CompiledRulesTest {

    private static final ClassLoader LOADER = CompiledRulesTest.class.getClassLoader();
    private static List<RuleSource> sources;
    private static RuleBase compiledNow;
    private static byte[] compiledFile;

    @TempDir
    Path temp;

    @BeforeAll
    static void compileTheCoreRules(@TempDir Path folder) throws Exception {
        sources = CoreRules.load();
        compiledNow = RuleBase.coreCompiledNow();
        Path file = folder.resolve("core-rules.bin");
        CompiledRules.write(compiledNow.kieBase(), sources, file);
        compiledFile = Files.readAllBytes(file);
    }

    private static KieBase read(byte[] file, List<RuleSource> rules, ClassLoader loader) {
        return CompiledRules.readOrNull(new ByteArrayInputStream(file), rules, loader);
    }

    @Test
    void theBuildCompilesTheCoreRulesAndTheyAreUsed() {
        // The Maven build writes them (exec-maven-plugin, process-classes) and says so to the tests.
        assumeThat(Boolean.getBoolean("iamrefiner.compiledRulesExpected")).as("run by the Maven build").isTrue();
        assertThat(LOADER.getResource(CompiledRules.RESOURCE)).as(CompiledRules.RESOURCE).isNotNull();
        assertThat(CompiledRules.read(CoreRules.load())).as("the build's compiled rules, up to date").isNotNull();
    }

    @Test
    void compiledRulesAreTheRulesOfTheDrlFiles() throws Exception {
        KieBase read = read(compiledFile, sources, LOADER);
        assertThat(read).isNotNull();
        List<String> expected = fingerprint(compiledNow.kieBase());
        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(fingerprint(read)).containsExactlyElementsOf(expected);
        assertThat(fingerprint(RuleBase.core().kieBase())).containsExactlyElementsOf(expected);
    }

    @Test
    void compiledRulesRefineAsTheDrlFilesDo() throws Exception {
        RuleBase fromFile = RuleBase.checked(read(compiledFile, sources, LOADER), sources);
        Catalog catalog = CatalogLoader.bundled();
        List<Path[]> examples = List.of(
                new Path[] {Path.of("src/test/resources/blog-example/policy.json"), Path.of("src/test/resources/blog-example/unused.json")},
                new Path[] {Path.of("examples/organisation/policy.json"), Path.of("examples/organisation/finding.json")});
        for (Path[] example : examples) {
            Policy policy = PolicyReader.read(example[0]);
            Finding finding = FindingReader.read(example[1]);
            String expected = PolicyWriter.write(new Refiner(compiledNow, catalog).refine(policy, finding).refined());
            assertThat(PolicyWriter.write(new Refiner(fromFile, catalog).refine(policy, finding).refined()))
                    .as(example[0].toString()).isEqualTo(expected);
        }
    }

    @Test
    void compiledRulesOfOtherRuleFilesAreNotUsed() {
        RuleSource first = sources.get(0);
        List<RuleSource> commentAdded = new ArrayList<>(sources);
        commentAdded.set(0, new RuleSource(first.origin(), first.content() + "\n// one more comment\n"));
        List<RuleSource> renamed = new ArrayList<>(sources);
        renamed.set(0, new RuleSource(first.origin().replace(".drl", "-renamed.drl"), first.content()));
        List<RuleSource> added = new ArrayList<>(sources);
        added.add(new RuleSource("rules/9-more.drl", "package org.iamrefiner.rules;\n"));
        List<RuleSource> removed = new ArrayList<>(sources.subList(1, sources.size()));

        assertThat(read(compiledFile, sources, LOADER)).isNotNull();
        assertThat(read(compiledFile, commentAdded, LOADER)).isNull();
        assertThat(read(compiledFile, renamed, LOADER)).isNull();
        assertThat(read(compiledFile, added, LOADER)).isNull();
        assertThat(read(compiledFile, removed, LOADER)).isNull();
    }

    @Test
    void compiledRulesOfOtherFactClassesAreNotUsed() throws Exception {
        List<String> imported = CompiledRules.dependencies(sources, LOADER);
        assertThat(imported).contains("org/iamrefiner/engine/facts/Node.class", "org/iamrefiner/catalog/ActionNames.class");

        byte[] node = LOADER.getResourceAsStream("org/iamrefiner/engine/facts/Node.class").readAllBytes();
        byte[] changed = Arrays.copyOf(node, node.length + 1);
        assertThat(read(compiledFile, sources, loaderWith("org/iamrefiner/engine/facts/Node.class", changed))).isNull();
        assertThat(read(compiledFile, sources, loaderWith("org/iamrefiner/catalog/ActionNames.class", null))).isNull();
    }

    @Test
    void compiledRulesOfAnotherPropertyReactivityAreNotUsed() {
        String setting = System.getProperty("drools.propertySpecific");
        try {
            System.setProperty("drools.propertySpecific", "ALWAYS");
            assertThat(read(compiledFile, sources, LOADER)).isNull();
        } finally {
            if (setting == null) {
                System.clearProperty("drools.propertySpecific");
            } else {
                System.setProperty("drools.propertySpecific", setting);
            }
        }
        assertThat(read(compiledFile, sources, LOADER)).isNotNull();
    }

    @Test
    void unreadableCompiledRulesAreNotUsed() {
        assertThat(read(Arrays.copyOf(compiledFile, compiledFile.length / 2), sources, LOADER)).isNull();
        assertThat(read(Arrays.copyOf(compiledFile, 40), sources, LOADER)).isNull();
        assertThat(read(new byte[0], sources, LOADER)).isNull();
        assertThat(read("not compiled rules at all".getBytes(), sources, LOADER)).isNull();
    }

    @Test
    void everyCompiledRuleMustStillBeInAPhase() throws Exception {
        RuleSource phaseless = new RuleSource("rules/late.drl", "package org.iamrefiner.rules;\n"
                + "import org.iamrefiner.engine.facts.*;\n"
                + "rule \"too late\"\nwhen\n  FindingInfo()\nthen\nend\n");
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.write("src/main/resources/org/iamrefiner/rules/late.drl", phaseless.content());
        services.newKieBuilder(files).buildAll();
        KieBase kieBase = services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
        Path file = temp.resolve("late.bin");
        CompiledRules.write(kieBase, List.of(phaseless), file);

        KieBase read = read(Files.readAllBytes(file), List.of(phaseless), LOADER);
        assertThat(read).isNotNull();
        assertThatThrownBy(() -> RuleBase.checked(read, List.of(phaseless)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("rules/late.drl").hasMessageContaining("too late").hasMessageContaining("ruleflow-group");
    }

    /** A class loader that answers other bytes (or none, when null) for one class file. */
    private static ClassLoader loaderWith(String classFile, byte[] bytes) {
        return new ClassLoader(LOADER) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals(classFile)) {
                    return bytes == null ? null : new ByteArrayInputStream(bytes);
                }
                return super.getResourceAsStream(name);
            }
        };
    }

    /** Every rule and query with its phase, salience, conditions and their constraints, in a stable order. */
    private static List<String> fingerprint(KieBase kieBase) {
        TreeSet<String> rules = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                StringBuilder text = new StringBuilder(kiePackage.getName()).append(" \"").append(rule.getName())
                        .append("\" query=").append(impl.isQuery())
                        .append(" agenda-group=").append(impl.getAgendaGroup())
                        .append(" ruleflow-group=").append(impl.getRuleFlowGroup())
                        .append(" salience=").append(impl.getSalience())
                        .append(" no-loop=").append(impl.isNoLoop())
                        .append(" metadata=").append(impl.getMetaData())
                        .append(" consequence=").append(impl.getConsequence() == null ? null : impl.getConsequence().getName())
                        .append(" when ");
                describe(impl.getLhs(), text);
                rules.add(text.toString());
            }
        }
        return new ArrayList<>(rules);
    }

    private static void describe(RuleConditionElement element, StringBuilder text) {
        if (element instanceof GroupElement group) {
            text.append(group.getType()).append('(');
            for (RuleConditionElement child : group.getChildren()) {
                describe(child, text);
                text.append(", ");
            }
            text.append(')');
        } else if (element instanceof Pattern pattern) {
            text.append(pattern.getObjectType()).append(" as ").append(pattern.getDeclaration() == null ? "" : pattern.getDeclaration().getIdentifier())
                    .append(" from ").append(pattern.getSource() == null ? "" : pattern.getSource().getClass().getSimpleName()).append('[');
            for (Constraint constraint : pattern.getConstraints()) {
                text.append(constraint).append("; ");
            }
            text.append(']');
        } else {
            text.append(element.getClass().getSimpleName());
        }
    }
}

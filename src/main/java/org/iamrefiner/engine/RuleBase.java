package org.iamrefiner.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamrefiner.input.InputException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.Path;
import java.util.ArrayList;

/** Compiles rule files into one Drools rule base; built once per process and shared by all sessions. */
public final class RuleBase {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final String RESOURCES = "src/main/resources/";

    private final KieBase kieBase;
    /** Per fact class: whether some rule's pattern can match its facts; filled on first ask. */
    private final Map<Class<?>, Boolean> matchable = new ConcurrentHashMap<>();

    private RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /**
     * True when some rule or query has a pattern that matches facts of this class, directly or
     * through a supertype. A fact no pattern can match only costs its insertion, so the engine
     * leaves such facts out; a fact only reached through {@code from} needs no insertion.
     */
    boolean matchesFactsOf(Class<?> type) {
        return matchable.computeIfAbsent(type, this::hasPatternFor);
    }

    private boolean hasPatternFor(Class<?> type) {
        Map<ObjectType, ObjectTypeNode> nodes =
                ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes(EntryPointId.DEFAULT);
        for (Map.Entry<ObjectType, ObjectTypeNode> node : nodes.entrySet()) {
            if (node.getKey().isAssignableFrom(type) && node.getValue().getObjectSinkPropagator().size() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The core rules with every {@code .drl} file of the given folders (organisation rules).
     *
     * @throws InputException when a folder holds no rule file, or a file does not compile or puts a
     *                        rule in no known phase
     */
    public static RuleBase withOrganisationRules(List<Path> folders) throws InputException {
        if (folders.isEmpty()) {
            return core();
        }
        List<RuleSource> sources = new ArrayList<>(CoreRules.load());
        for (Path folder : folders) {
            sources.addAll(OrganisationRules.read(folder));
        }
        return of(sources);
    }

    /**
     * The core rules alone: compiled by the build when that compilation is of the rule files and
     * classes on the class path now (see {@link CompiledRules}), else compiled here.
     */
    public static RuleBase core() {
        List<RuleSource> sources = CoreRules.load();
        try {
            KieBase compiled = CompiledRules.read(sources);
            return compiled != null ? checked(compiled, sources) : of(sources);
        } catch (InputException e) {
            throw new IllegalStateException("the core rules do not compile: " + e.getMessage(), e);
        }
    }

    /** The core rules compiled from their DRL here, never taken from the build's compilation. */
    static RuleBase coreCompiledNow() {
        try {
            return of(CoreRules.load());
        } catch (InputException e) {
            throw new IllegalStateException("the core rules do not compile: " + e.getMessage(), e);
        }
    }

    /**
     * Compiles the given rule files together.
     *
     * @throws InputException naming the file, the line and Drools' message when one does not compile
     */
    public static RuleBase of(List<RuleSource> sources) throws InputException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        Map<String, RuleSource> byPath = new HashMap<>();
        int index = 0;
        for (RuleSource source : sources) {
            // Each file goes under its package's folder, as Drools expects, with a unique name.
            String path = RESOURCES + packageOf(source).replace('.', '/')
                    + "/r" + (index++) + "-" + fileName(source.origin());
            files.write(path, source.content());
            byPath.put(path, source);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Message first = errors.get(0);
            // Drools reports the path without the resources folder the file was written under.
            RuleSource source = first.getPath() == null ? null
                    : byPath.getOrDefault(first.getPath(), byPath.get(RESOURCES + first.getPath()));
            String origin = source == null ? String.valueOf(first.getPath()) : source.origin();
            String location = first.getLine() > 0 ? "line " + first.getLine() + ", column " + first.getColumn() : null;
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error(s))" : "";
            throw new InputException(origin, location, "rule file does not compile: " + first.getText().strip() + more);
        }
        KieContainer container = services.newKieContainer(services.getRepository().getDefaultReleaseId());
        KieBase kieBase = container.getKieBase();
        return checked(kieBase, byPath.values());
    }

    /** A rule base of rules compiled from {@code sources}, once every rule is known to be in a phase. */
    static RuleBase checked(KieBase kieBase, Collection<RuleSource> sources) throws InputException {
        checkPhases(kieBase, sources);
        return new RuleBase(kieBase);
    }

    /**
     * Every rule must belong to one of the phases, or it would fire after the refinement is done
     * and change nothing — a silent mistake a rule author should hear about.
     */
    private static void checkPhases(KieBase kieBase, Collection<RuleSource> sources) throws InputException {
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                if (impl.isQuery()) {
                    continue;
                }
                String group = impl.getRuleFlowGroup() != null && !impl.getRuleFlowGroup().isEmpty()
                        ? impl.getRuleFlowGroup() : impl.getAgendaGroup();
                if (!RefinementEngine.PHASES.contains(group)) {
                    RuleSource source = sourceOf(rule.getName(), sources);
                    throw new InputException(source == null ? kiePackage.getName() : source.origin(), null,
                            "rule \"" + rule.getName() + "\" belongs to no phase (it has "
                                    + (group == null || group.isEmpty() || "MAIN".equals(group) ? "no ruleflow-group" : "ruleflow-group \"" + group + "\"")
                                    + "); use ruleflow-group \"exempt\" for exemptions or \"trie\" for forbidden wildcards "
                                    + "(phases: " + String.join(", ", RefinementEngine.PHASES) + ")");
                }
            }
        }
    }

    /** The file that defines a rule (Drools does not keep the path of a file-system source). */
    private static RuleSource sourceOf(String ruleName, Collection<RuleSource> sources) {
        Pattern definition = Pattern.compile("(?m)^\\s*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|'"
                + Pattern.quote(ruleName) + "'|" + Pattern.quote(ruleName) + "\\s)");
        for (RuleSource source : sources) {
            if (definition.matcher(source.content()).find()) {
                return source;
            }
        }
        return null;
    }

    KieBase kieBase() {
        return kieBase;
    }

    private static String packageOf(RuleSource source) {
        Matcher matcher = PACKAGE.matcher(source.content());
        return matcher.find() ? matcher.group(1) : "defaultpkg";
    }

    private static String fileName(String origin) {
        String name = origin.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".drl") ? name : name + ".drl";
    }
}

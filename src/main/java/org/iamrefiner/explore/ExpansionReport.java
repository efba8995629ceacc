package org.iamrefiner.explore;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;
import org.iamrefiner.policy.PolicyWriter;

/**
 * What {@code expand} prints: the catalog actions behind each pattern, or behind each statement
 * of a policy. In text, comment lines ({@code #}) say what follows and data lines are canonical
 * action names, one a line, so that {@code grep -v '^#'} leaves a plain list.
 */
public final class ExpansionReport {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Catalog catalog;
    private final String policySource;
    private final List<PatternExpansion> patterns;
    private final List<StatementExpansion> statements;

    private ExpansionReport(Catalog catalog, String policySource, List<PatternExpansion> patterns,
                            List<StatementExpansion> statements) {
        this.catalog = catalog;
        this.policySource = policySource;
        this.patterns = List.copyOf(patterns);
        this.statements = List.copyOf(statements);
    }

    /** Each pattern on its own. The patterns must have passed {@link ActionPatterns#checkArgument}. */
    public static ExpansionReport ofPatterns(List<String> patterns, Catalog catalog) {
        List<PatternExpansion> expansions = new ArrayList<>();
        for (String pattern : patterns) {
            expansions.add(PatternExpansion.of(pattern, catalog));
        }
        return new ExpansionReport(catalog, null, expansions, List.of());
    }

    /** Each statement of the policy, Deny ones included. */
    public static ExpansionReport ofPolicy(Policy policy, Catalog catalog) {
        List<StatementExpansion> expansions = new ArrayList<>();
        for (PolicyStatement statement : policy.statements()) {
            expansions.add(StatementExpansion.of(statement, catalog));
        }
        return new ExpansionReport(catalog, policy.source(), List.of(), expansions);
    }

    public List<PatternExpansion> patterns() {
        return patterns;
    }

    public List<StatementExpansion> statements() {
        return statements;
    }

    /** Every pattern or entry that matches nothing, as one line each ("ec2:RunInstancez: not in the catalog"). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (PatternExpansion pattern : patterns) {
            if (pattern.problem() != null) {
                problems.add(pattern.summary());
            }
        }
        for (StatementExpansion statement : statements) {
            for (PatternExpansion entry : statement.entries()) {
                if (entry.problem() != null) {
                    problems.add(statement.statement().pointer() + " " + entry.summary());
                }
            }
        }
        return problems;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("# catalog: ").append(catalog.version()).append('\n');
        if (policySource == null) {
            for (PatternExpansion pattern : patterns) {
                out.append("# ").append(pattern.summary()).append('\n');
                appendNames(out, pattern.matches());
            }
            return out.toString();
        }
        out.append("# policy: ").append(policySource).append('\n');
        for (StatementExpansion statement : statements) {
            out.append('\n').append("# ").append(header(statement)).append('\n');
            for (PatternExpansion entry : statement.entries()) {
                out.append("#   ").append(entry.summary()).append('\n');
            }
            appendNames(out, statement.actions());
        }
        return out.toString();
    }

    private String header(StatementExpansion expansion) {
        PolicyStatement statement = expansion.statement();
        int entries = statement.entries().size();
        String field = statement.field().json();
        StringBuilder text = new StringBuilder(expansion.place()).append(": ")
                .append(statement.effect().json()).append(", ")
                .append(Counts.of(entries, field + " entry", field + " entries")).append(": ")
                .append(expansion.verb()).append(' ').append(Counts.actions(expansion.actions().size()));
        if (statement.field() == ActionField.NOT_ACTION) {
            text.append(" (every catalog action except the ")
                    .append(catalog.size() - expansion.actions().size()).append(" its NotAction entries match)");
        }
        return text.toString();
    }

    private static void appendNames(StringBuilder out, List<CatalogAction> actions) {
        for (CatalogAction action : actions) {
            out.append(action.fullName()).append('\n');
        }
    }

    public String jsonText() {
        return PolicyWriter.write(json());
    }

    public ObjectNode json() {
        ObjectNode root = JSON.objectNode();
        root.put("catalogVersion", catalog.version());
        if (policySource == null) {
            ArrayNode list = root.putArray("patterns");
            patterns.forEach(pattern -> list.add(patternJson(pattern)));
            return root;
        }
        root.put("policy", policySource);
        ArrayNode list = root.putArray("statements");
        for (StatementExpansion statement : statements) {
            ObjectNode node = list.addObject();
            node.put("statement", statement.statement().pointer());
            if (statement.sid() != null) {
                node.put("sid", statement.sid());
            }
            node.put("effect", statement.statement().effect().json());
            node.put("field", statement.statement().field().json());
            node.put("count", statement.actions().size());
            node.set("actions", names(statement.actions()));
            ArrayNode entries = node.putArray("entries");
            statement.entries().forEach(entry -> entries.add(patternJson(entry)));
        }
        return root;
    }

    private static ObjectNode patternJson(PatternExpansion pattern) {
        ObjectNode node = JSON.objectNode();
        node.put("pattern", pattern.pattern());
        node.put("count", pattern.matches().size());
        node.set("matches", names(pattern.matches()));
        if (pattern.problem() != null) {
            node.put("problem", pattern.problem());
            if (!pattern.suggestions().isEmpty()) {
                ArrayNode suggestions = node.putArray("suggestions");
                pattern.suggestions().forEach(suggestions::add);
            }
        }
        return node;
    }

    static ArrayNode names(List<CatalogAction> actions) {
        ArrayNode list = JSON.arrayNode(actions.size());
        actions.forEach(action -> list.add(action.fullName()));
        return list;
    }
}

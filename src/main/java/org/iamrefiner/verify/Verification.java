package org.iamrefiner.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.check.GuaranteeCheck;
import org.iamrefiner.check.PatternLanguage;
import org.iamrefiner.check.Violation;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.UnusedAction;
import org.iamrefiner.finding.UnusedService;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * The guarantees of SPEC.md checked for one original policy, one refined policy (however it was
 * made) and the finding. The proof is {@link GuaranteeCheck}'s, which works on pattern languages
 * and catalog sets and shares nothing with the refinement rules; this class only says, for each
 * violation, what kind of access its example stands for.
 */
public final class Verification {

    /** What a violation's example means for access. */
    public enum Kind {
        /** Used access the refined policy no longer grants (guarantee 1). */
        LOST("lost"),
        /** An unused action the refined policy still grants (guarantees 1 and 3). */
        STILL_UNUSED("still granted although unused"),
        /** Access the original did not grant (guarantees 1 and 2). */
        NEWLY_GRANTED("newly granted"),
        /** A change outside Action/NotAction: keys, statements, Deny (guarantee 4). */
        STRUCTURE("structure changed");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A violation with its kind. */
    public record Reported(Violation violation, Kind kind) {
    }

    private final Policy original;
    private final RecommendedPolicy refined;
    private final Finding finding;
    private final Catalog catalog;
    private final List<Reported> violations;

    private Verification(Policy original, RecommendedPolicy refined, Finding finding, Catalog catalog,
                         List<Reported> violations) {
        this.original = original;
        this.refined = refined;
        this.finding = finding;
        this.catalog = catalog;
        this.violations = List.copyOf(violations);
    }

    /** Checks {@code refined} against {@code original} and {@code finding} over {@code catalog}. */
    public static Verification of(Policy original, RecommendedPolicy refined, Finding finding, Catalog catalog) {
        List<Violation> found = new GuaranteeCheck(catalog).check(original, refined.policy(), finding);
        List<Reported> classified = new ArrayList<>(found.size());
        for (Violation violation : found) {
            classified.add(new Reported(violation, kindOf(violation, original, finding)));
        }
        return new Verification(original, refined, finding, catalog, classified);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    public List<Reported> violations() {
        return violations;
    }

    static Kind kindOf(Violation violation, Policy original, Finding finding) {
        return switch (violation.guarantee()) {
            case 1 -> {
                if (violation.example() == null) {
                    yield Kind.LOST;
                }
                if (isUnused(violation.example(), finding)) {
                    yield Kind.STILL_UNUSED;
                }
                PolicyStatement statement = statementAt(original, violation.statement());
                yield statement != null && allows(statement, violation.example()) ? Kind.LOST : Kind.NEWLY_GRANTED;
            }
            case 2 -> Kind.NEWLY_GRANTED;
            case 3 -> Kind.STILL_UNUSED;
            default -> Kind.STRUCTURE;
        };
    }

    private static boolean isUnused(String action, Finding finding) {
        String key = action.toLowerCase(Locale.ROOT);
        for (UnusedService service : finding.services()) {
            if (service.serviceLevel() && key.startsWith(service.service() + ":")) {
                return true;
            }
            for (UnusedAction unused : service.actions()) {
                if (unused.key().equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PolicyStatement statementAt(Policy policy, String pointer) {
        for (PolicyStatement statement : policy.statements()) {
            if (statement.pointer().equals(pointer)) {
                return statement;
            }
        }
        return null;
    }

    private static boolean allows(PolicyStatement statement, String action) {
        boolean matched = statement.entries().stream().anyMatch(entry -> PatternLanguage.of(entry).matches(action));
        return statement.field() == ActionField.ACTION ? matched : !matched;
    }

    /**
     * Services the original policy's Action entries name that the catalog does not know: over
     * them guarantee 1 has no catalog actions to compare, only guarantees 2–4 speak.
     */
    public Set<String> servicesUnknownToCatalog() {
        Set<String> services = new LinkedHashSet<>();
        for (PolicyStatement statement : original.statements()) {
            for (String entry : statement.entries()) {
                String service = PatternLanguage.of(entry).fixedService();
                if (service != null && !catalog.hasService(service)) {
                    services.add(service);
                }
            }
        }
        return services;
    }

    /**
     * The report: a first line {@code PASS: …} or {@code FAIL: …}, then for each violation one
     * line naming the statement, the entry and the kind of access with its example, and one
     * indented line with the guarantee and the explanation.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        String what = refined.description() + " against " + original.source() + " and " + finding.source()
                + " (catalog " + catalog.version() + ")";
        if (passed()) {
            return out.append("PASS: ").append(what).append(": guarantees 1-4 hold\n").toString();
        }
        out.append("FAIL: ").append(what).append(": ").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations").append('\n');
        for (Reported item : violations) {
            Violation violation = item.violation();
            out.append(place(violation));
            if (violation.entry() != null) {
                out.append(" entry \"").append(violation.entry()).append('"');
            }
            out.append(": ").append(item.kind().words());
            if (violation.example() != null) {
                out.append(' ').append(violation.example());
            }
            out.append('\n').append("    guarantee ").append(violation.guarantee()).append(": ")
                    .append(violation.message()).append('\n');
        }
        return out.toString();
    }

    /** The statement's pointer with its Sid ("/Statement/1 (Sid "Read")"), or "policy" for the document. */
    private String place(Violation violation) {
        if (violation.statement() == null) {
            return "policy";
        }
        PolicyStatement statement = statementAt(original, violation.statement());
        JsonNode sid = statement == null ? null : statement.json().get("Sid");
        return sid != null && sid.isTextual() && !sid.textValue().isEmpty()
                ? violation.statement() + " (Sid \"" + sid.textValue() + "\")"
                : violation.statement();
    }
}

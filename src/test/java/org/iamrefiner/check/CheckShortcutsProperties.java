package org.iamrefiner.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.UnusedAction;
import org.iamrefiner.finding.UnusedService;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * The check's shortcuts (lookups by hashing and sorted ranges, direct decisions of inclusion)
 * agree with the general search and the plain scans they replace, on random patterns, catalogs
 * and findings. Characters are few so that patterns collide; capitals, {@code İ} (which folds to
 * one character but lower-cases to two) and the Kelvin sign test case folding.
 */
class CheckShortcutsProperties {

    /** Glob characters: literals in both cases, separators, wildcards and two odd case foldings. */
    private static final char[] GLOB_CHARS = {'a', 'b', 'A', 'B', ':', '-', '*', '?', '*', '\u0130', '\u212A'};
    private static final char[] NAME_CHARS = {'a', 'b', 'A', 'B', '-', 'k', '\u212A'};
    private static final List<String> SERVICES = List.of("s", "sb", "t");

    // ---- generators ----

    /** Any glob over the characters above, also without ':' or with a wildcard service part. */
    @Provide
    Arbitrary<String> globs() {
        // A service part İ folds to "i" in a pattern but lower-cases to two characters in a name.
        Arbitrary<String> oddService = Combinators.combine(Arbitraries.of("\u0130", "i", "I"),
                Arbitraries.strings().withChars(GLOB_CHARS).ofMinLength(1).ofMaxLength(3)).as((s, r) -> s + ":" + r);
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(GLOB_CHARS).ofMinLength(0).ofMaxLength(5),
                actionPatterns(),
                oddService);
    }

    /** {@code service:glob}, {@code *}, or a literal prefix with one trailing star, as policies hold them. */
    @Provide
    Arbitrary<String> actionPatterns() {
        Arbitrary<String> service = Arbitraries.of("s", "S", "sb", "SB", "t", "zz");
        Arbitrary<String> rest = Arbitraries.strings().withChars(GLOB_CHARS).ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> name = Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(0).ofMaxLength(3);
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just("*")),
                Tuple.of(6, Combinators.combine(service, rest).as((s, r) -> s + ":" + r)),
                Tuple.of(4, Combinators.combine(service, name).as((s, n) -> s + ":" + n + "*")),
                Tuple.of(4, Combinators.combine(service, name).as((s, n) -> s + ":" + n + "a")));
    }

    /** Strings to look up: action-like names in any case, and a few odd ones. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> name = Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(0).ofMaxLength(4);
        Arbitrary<String> service = Arbitraries.of("s", "S", "sb", "t", "zz", "", "\u0130", "i");
        return Arbitraries.oneOf(
                Combinators.combine(service, name).as((s, n) -> s + ":" + n),
                Arbitraries.strings().withChars(GLOB_CHARS).ofMaxLength(4).map(t -> t.replace("*", "a").replace("?", "b")));
    }

    @Provide
    Arbitrary<List<String>> entryLists() {
        return globs().list().ofMinSize(0).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> actionEntryLists() {
        return actionPatterns().list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        Arbitrary<String> name = Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> fullName = Combinators.combine(Arbitraries.of(SERVICES), name).as((s, n) -> s + ":" + n);
        // Now and then a name with İ, which lower-cases to two characters but folds to one.
        Arbitrary<String> odd = Arbitraries.of("s:a\u0130", "t:\u0130b", "sb:AA");
        return Combinators.combine(fullName.list().ofMinSize(0).ofMaxSize(25), odd, Arbitraries.integers().between(0, 9))
                .as((names, extra, dice) -> {
                    List<String> all = new ArrayList<>(names);
                    if (dice == 0) {
                        all.add(extra);
                    }
                    return CheckFixtures.catalog(all);
                });
    }

    /** Unused names: catalog-like names in any case, unknown names, and services unused as a whole. */
    @Provide
    Arbitrary<Finding> findings() {
        Arbitrary<String> name = Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(4);
        Arbitrary<UnusedService> service = Combinators.combine(
                Arbitraries.of("s", "sb", "t", "zz"),
                Arbitraries.integers().between(0, 5),
                name.list().ofMaxSize(6)).as((s, level, names) -> level == 0
                        ? new UnusedService(s, true, List.of(), null)
                        : new UnusedService(s, false, names.stream().map(n -> new UnusedAction(s, n, null)).toList(), null));
        return service.list().ofMaxSize(4).map(services -> {
            Map<String, UnusedService> unique = new LinkedHashMap<>();
            services.forEach(s -> unique.putIfAbsent(s.service(), s));
            return new Finding("finding.json", null, new ArrayList<>(unique.values()));
        });
    }

    // ---- inclusion decided directly ----

    @Property(tries = 2000)
    void directInclusionAgreesWithTheSearch(@ForAll("globs") String inner, @ForAll("globs") String outer) {
        PatternLanguage a = PatternLanguage.of(inner);
        PatternLanguage b = PatternLanguage.of(outer);
        boolean searched = LanguageSearch.find(List.of(a), List.of(b)).isEmpty();

        Inclusion quick = Inclusion.quick(a, b);
        if (quick != Inclusion.UNKNOWN) {
            assertThat(quick == Inclusion.INSIDE).as("%s inside %s", inner, outer).isEqualTo(searched);
        }
        assertThat(a.isInside(b)).isEqualTo(searched);
        assertThat(a.isSubsetOf(b)).isEqualTo(LanguageSearch.find(List.of(a), List.of(b)));
    }

    @Property(tries = 1000)
    void oneEntryCoverIsSoundAndExactForLiterals(@ForAll("globs") String pattern,
                                                 @ForAll("entryLists") List<String> entries) {
        StatementScope scope = StatementScope.of(statement(ActionField.ACTION, entries), true);
        PatternLanguage language = PatternLanguage.of(pattern);
        boolean outsideSomewhere = LanguageSearch.find(List.of(language), scope.entries()).isPresent();

        if (scope.coversWithOneEntry(language)) {
            assertThat(outsideSomewhere).as("%s covered by one of %s", pattern, entries).isFalse();
        } else if (language.isLiteral()) {
            assertThat(outsideSomewhere).as("literal %s not covered by %s", pattern, entries).isTrue();
        }
    }

    @Property(tries = 1000)
    void standInWitnessIsAWitness(@ForAll("entryLists") List<String> excluded) {
        List<PatternLanguage> languages = excluded.stream().map(PatternLanguage::of).toList();
        if (LanguageSearch.standInWitnessExists(NoNewAccessCheck.ACTION_SHAPE, languages)) {
            assertThat(LanguageSearch.find(List.of(NoNewAccessCheck.ACTION_SHAPE), languages)).isPresent();
        }
    }

    // ---- lookups against scans ----

    @Property(tries = 1000)
    void scopeLookupsAgreeWithTheScan(@ForAll("entryLists") List<String> entries, @ForAll("texts") String text) {
        PolicyStatement statement = statement(ActionField.ACTION, entries);
        StatementScope scanned = StatementScope.of(statement, false);
        StatementScope looked = StatementScope.of(statement, true);

        for (String action : List.of(text, text.toLowerCase(Locale.ROOT), text.toUpperCase(Locale.ROOT))) {
            assertThat(positionOf(looked, action)).as("%s in %s", action, entries)
                    .isEqualTo(positionOf(scanned, action));
        }
    }

    @Property(tries = 1000)
    void catalogLookupsAgreeWithTheScan(@ForAll("catalogs") Catalog catalog, @ForAll("actionEntryLists") List<String> entries,
                                        @ForAll boolean notAction) {
        CatalogIndex index = CatalogIndex.of(catalog);
        if (!index.plain()) {
            return;
        }
        StatementScope scope = StatementScope.of(
                statement(notAction ? ActionField.NOT_ACTION : ActionField.ACTION, entries), true);
        BitSet allowed = scope.allowedActions(index);
        for (int i = 0; i < catalog.size(); i++) {
            CatalogAction action = catalog.all().get(i);
            assertThat(allowed.get(i)).as("%s under %s", action.fullName(), entries)
                    .isEqualTo(StatementScope.of(statement(scope.field(), entries), false).allows(action.key()));
        }
        for (String entry : entries) {
            BitSet matched = new BitSet();
            index.markMatched(PatternLanguage.of(entry), matched);
            for (int i = 0; i < catalog.size(); i++) {
                assertThat(matched.get(i)).isEqualTo(PatternLanguage.of(entry).matches(catalog.all().get(i).key()));
            }
        }
    }

    @Property(tries = 1000)
    void unusedNameLookupsAgreeWithTheScan(@ForAll("findings") Finding finding,
                                           @ForAll("actionEntryLists") List<String> entries) {
        UnusedNames unused = UnusedNames.of(finding);
        List<Map.Entry<String, String>> names = new ArrayList<>(unused.actionNames().entrySet());
        for (String entry : entries) {
            PatternLanguage language = PatternLanguage.of(entry);
            int expected = -1;
            for (int i = 0; i < names.size(); i++) {
                if (language.matches(names.get(i).getKey())) {
                    expected = i;
                    break;
                }
            }
            assertThat(unused.firstMatchedBy(language)).as("%s over %s", entry, names).isEqualTo(expected);
        }
        StatementScope scanned = StatementScope.of(statement(ActionField.NOT_ACTION, entries), false);
        BitSet matched = unused.matchedByScope(StatementScope.of(statement(ActionField.NOT_ACTION, entries), true));
        for (int i = 0; i < names.size(); i++) {
            assertThat(matched.get(i)).as("%s by %s", names.get(i).getKey(), entries)
                    .isEqualTo(scanned.entryMatching(names.get(i).getKey()) != null);
        }
    }

    // ---- the whole check ----

    /** Statements of an original policy: Allow or Deny, Action or NotAction, mostly alike apart from actions. */
    @Provide
    Arbitrary<List<ObjectNode>> originals() {
        Arbitrary<ObjectNode> statement = Combinators.combine(
                Arbitraries.integers().between(0, 9), actionEntryLists(), Arbitraries.integers().between(0, 4))
                .as((kind, entries, resource) -> {
                    ObjectNode json = JsonNodeFactory.instance.objectNode();
                    json.put("Effect", kind == 0 ? "Deny" : "Allow");
                    set(json, kind == 1 || kind == 2 ? "NotAction" : "Action", entries, kind == 3 && entries.size() == 1);
                    json.put("Resource", resource == 0 ? "arn:x" : "*");
                    return json;
                });
        return statement.list().ofMinSize(1).ofMaxSize(3);
    }

    /**
     * How a statement is refined: kept, dropped, or its entries replaced by some of its own entries,
     * catalog names they cover (in any case), narrowed or widened wildcards and random patterns.
     */
    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 99).list().ofMinSize(12).ofMaxSize(12);
    }

    @Property(tries = 600)
    void shortcutsGiveTheSameViolations(@ForAll("catalogs") Catalog catalog, @ForAll("originals") List<ObjectNode> originals,
                                        @ForAll("edits") List<Integer> edits, @ForAll("findings") Finding finding,
                                        @ForAll("actionEntryLists") List<String> randomEntries) throws Exception {
        Policy original = CheckFixtures.policy(originals.stream().map(ObjectNode::toString).toArray(String[]::new));
        List<ObjectNode> refinedStatements = new ArrayList<>();
        int e = 0;
        for (ObjectNode statement : originals) {
            int edit = edits.get(e++ % edits.size());
            if (edit < 15) {
                continue;
            }
            ObjectNode copy = statement.deepCopy();
            if (edit >= 30 && statement.get("Effect").asText().equals("Allow")) {
                String field = copy.has("Action") ? "Action" : "NotAction";
                List<String> entries = refinedEntries(catalog, copy, field, edits, e, randomEntries);
                copy.remove(field);
                String newField = edit >= 95 ? (field.equals("Action") ? "NotAction" : "Action") : field;
                set(copy, newField, entries, edit % 2 == 0 && entries.size() == 1);
            }
            if (edit == 20) {
                copy.put("Resource", "arn:changed");
            }
            refinedStatements.add(copy);
        }
        if (edits.get(0) > 90 && refinedStatements.size() > 1) {
            refinedStatements.add(refinedStatements.remove(0));
        }
        Policy refined = refinedStatements.isEmpty() ? null
                : CheckFixtures.policy(refinedStatements.stream().map(ObjectNode::toString).toArray(String[]::new));

        List<Violation> general = GuaranteeCheck.withoutShortcuts(catalog).check(original, refined, finding);
        List<Violation> fast = new GuaranteeCheck(catalog).check(original, refined, finding);

        assertThat(fast).isEqualTo(general);
    }

    private static List<String> refinedEntries(Catalog catalog, ObjectNode statement, String field, List<Integer> edits,
                                               int salt, List<String> randomEntries) {
        List<String> before = new ArrayList<>();
        statement.get(field).forEach(node -> before.add(node.asText()));
        if (!statement.get(field).isArray()) {
            before.clear();
            before.add(statement.get(field).asText());
        }
        Set<String> entries = new LinkedHashSet<>();
        int k = salt;
        for (String entry : before) {
            PatternLanguage language = PatternLanguage.of(entry);
            int choice = edits.get(k++ % edits.size()) % 7;
            switch (choice) {
                case 0 -> entries.add(entry);
                case 1 -> { }
                case 2, 3 -> catalog.all().stream().filter(a -> language.matches(a.key()))
                        .filter(a -> a.name().length() % 2 == choice % 2)
                        .forEach(a -> entries.add(choice == 2 ? a.fullName() : a.fullName().toUpperCase(Locale.ROOT)));
                case 4 -> catalog.all().stream().filter(a -> language.matches(a.key()))
                        .forEach(a -> entries.add(a.fullName().substring(0, Math.max(a.service().length() + 2,
                                a.fullName().length() - 1)) + "*"));
                case 5 -> entries.add(entry.equals("*") ? "s:*"
                        : entry.endsWith("*") ? entry.substring(0, entry.length() - 1) + "a*" : entry + "*");
                default -> entries.add(randomEntries.get(k % randomEntries.size()));
            }
        }
        if (entries.isEmpty()) {
            entries.add(randomEntries.get(0));
        }
        return new ArrayList<>(entries);
    }

    // ---- helpers ----

    private static PolicyStatement statement(ActionField field, List<String> entries) {
        return new PolicyStatement(0, JsonNodeFactory.instance.objectNode(), Effect.ALLOW, field, entries, false,
                "/Statement/0");
    }

    private static void set(ObjectNode statement, String field, List<String> entries, boolean asString) {
        if (asString) {
            statement.put(field, entries.get(0));
        } else {
            entries.forEach(statement.putArray(field)::add);
        }
    }

    /** Position of the entry a scope finds for the action, -1 for none. */
    private static int positionOf(StatementScope scope, String action) {
        return scope.entries().indexOf(scope.entryMatching(action));
    }
}

package org.iamrefiner.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * jqwik generators of catalogs, policies and findings for differential tests of the refinement.
 *
 * <p>Names come from a small CamelCase vocabulary so that they collide a lot: names that are string
 * prefixes of others, capital runs, digits, a lower-case initial, a hyphen, all capitals. Cases stay
 * small (at most 4 services of 40 actions, 4 statements of 5 entries). Statements hold Action lists,
 * Action {@code *} (alone or in a list) and NotAction lists.
 */
public final class RandomInputs {

    /** The service prefix that no generated catalog contains. */
    public static final String UNKNOWN_SERVICE = "zz";

    private static final List<String> SERVICES = List.of("a", "b", "s3", "db-x");
    private static final List<String> WORDS = List.of("Get", "Put", "List", "Object", "Acl", "Bucket", "Fo", "Foo",
            "Tag", "Tagging", "DB", "Cluster", "V2", "X", "Create", "Delete");
    private static final List<String> ODD_NAMES = List.of("search", "Get-Thing", "GET", "CreateDBCluster",
            "GetObject", "GetObjectAcl", "Fo", "Foo", "ListV2Objects", "DBX2", "list-Foo");
    private static final List<String> SUFFIXES = List.of("V9", "s", "Zz", "Acl", "-x", "2");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RandomInputs() {
    }

    /** A catalog, a policy over it and a finding over it. */
    public static Arbitrary<RandomCase> cases() {
        return catalogs().flatMap(catalog -> Combinators.combine(policies(catalog), findings(catalog))
                .as((policy, unused) -> new RandomCase(catalog, policy, unused)));
    }

    // ---- catalogs ----

    /** An action name without service: one to three vocabulary words, or one of the odd spellings. */
    public static Arbitrary<String> actionNames() {
        return actionNames(WORDS);
    }

    /** An action name of one to three of the given words, or one of the odd spellings. */
    public static Arbitrary<String> actionNames(List<String> words) {
        Arbitrary<String> camelCase = Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(3)
                .map(chosen -> String.join("", chosen));
        return Arbitraries.frequencyOf(Tuple.of(5, camelCase), Tuple.of(1, Arbitraries.of(ODD_NAMES)));
    }

    /**
     * 1–40 actions {@code service:Name} of one service, no two equal ignoring case. Each service
     * draws its names from 4–8 of the words, so that its names share prefixes and suffixes often,
     * and may hold families that share both ({@code GetObjectAcl}, {@code GetObjectTagAcl}).
     */
    public static Arbitrary<List<String>> serviceActions(String service) {
        return Arbitraries.subsetOf(WORDS).ofMinSize(4).ofMaxSize(8).map(List::copyOf).flatMap(words -> {
            Arbitrary<List<String>> names = actionNames(words).list().ofMinSize(1).ofMaxSize(40)
                    .withSizeDistribution(RandomDistribution.uniform());
            Arbitrary<List<String>> families = nameFamilies(words).list().ofMaxSize(3)
                    .withSizeDistribution(RandomDistribution.uniform())
                    .map(lists -> lists.stream().flatMap(List::stream).toList());
            return Combinators.combine(families, names).as((familyNames, otherNames) -> {
                Map<String, String> byLowerCase = new LinkedHashMap<>();
                Stream.concat(familyNames.stream(), otherNames.stream())
                        .limit(40)
                        .forEach(name -> byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), service + ":" + name));
                return List.copyOf(byLowerCase.values());
            });
        });
    }

    /** Names that share a stem and a tail, {@code StemMiddleTail} and {@code StemMiddleExtraTail}. */
    public static Arbitrary<List<String>> nameFamilies(List<String> words) {
        Arbitrary<String> word = Arbitraries.of(words);
        return Combinators.combine(word, word, word, word).as((stem, middle, extra, tail) ->
                List.of(stem + middle + tail, stem + middle + extra + tail));
    }

    /** 1–4 services with their actions. */
    public static Arbitrary<List<String>> catalogs() {
        return Arbitraries.of(SERVICES).list().ofMinSize(1).ofMaxSize(4).uniqueElements()
                .flatMap(services -> Combinators.combine(services.stream().map(RandomInputs::serviceActions).toList())
                        .as(perService -> perService.stream().flatMap(List::stream).toList()));
    }

    // ---- policies ----

    /** Version 2012-10-17 and 1–4 statements; a single statement is sometimes written as an object. */
    public static Arbitrary<JsonNode> policies(List<String> catalog) {
        return Combinators.combine(statements(catalog).list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false))
                .as((statements, singleAsObject) -> {
                    ObjectNode policy = JSON.objectNode().put("Version", "2012-10-17");
                    if (statements.size() == 1 && singleAsObject) {
                        policy.set("Statement", statements.get(0));
                    } else {
                        policy.putArray("Statement").addAll(statements);
                    }
                    return policy;
                });
    }

    /**
     * A statement, mostly Allow, with an Action (about 10% holding {@code *}) or, about 15% of the
     * time, a NotAction, and sometimes a Sid, Resource, Condition and unknown key.
     */
    public static Arbitrary<JsonNode> statements(List<String> catalog) {
        Arbitrary<String> effect = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("Allow")),
                Tuple.of(1, Arbitraries.just("Deny")));
        Arbitrary<Tuple.Tuple2<String, JsonNode>> actionKeyAndValue = Arbitraries.frequencyOf(
                Tuple.of(75, actionValues(catalog).map(value -> Tuple.of("Action", value))),
                Tuple.of(10, starActionValues(catalog).map(value -> Tuple.of("Action", value))),
                Tuple.of(15, notActionValues(catalog).map(value -> Tuple.of("NotAction", value))));
        Arbitrary<String> sid = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6).injectNull(0.5);
        Arbitrary<JsonNode> resource = Arbitraries.<JsonNode>of(JSON.textNode("*"),
                JSON.textNode("arn:aws:s3:::bucket/*")).injectNull(0.3);
        Arbitrary<JsonNode> condition = Arbitraries.<JsonNode>just(JSON.objectNode()
                .set("Bool", JSON.objectNode().put("aws:SecureTransport", "true"))).injectNull(0.7);
        Arbitrary<Integer> unknownKeyPlace = Arbitraries.of(0, 1, 2);
        return Combinators.combine(effect, actionKeyAndValue, sid, resource, condition, unknownKeyPlace)
                .as((effectValue, action, sidValue, resourceValue, conditionValue, unknownKeyAt) -> {
                    ObjectNode statement = JSON.objectNode();
                    if (unknownKeyAt == 1) {
                        statement.put("Comment", "first");
                    }
                    if (sidValue != null) {
                        statement.put("Sid", sidValue);
                    }
                    statement.put("Effect", effectValue);
                    statement.set(action.get1(), action.get2());
                    if (resourceValue != null) {
                        statement.set("Resource", resourceValue);
                    }
                    if (conditionValue != null) {
                        statement.set("Condition", conditionValue);
                    }
                    if (unknownKeyAt == 2) {
                        statement.put("x-note", "last");
                    }
                    return statement;
                });
    }

    /** An Action value without {@code *}: one entry as a string, or a list of 1–5 entries. */
    public static Arbitrary<JsonNode> actionValues(List<String> catalog) {
        Arbitrary<JsonNode> single = actionEntries(catalog).map(JSON::textNode);
        Arbitrary<JsonNode> list = actionEntries(catalog).list().ofMinSize(1).ofMaxSize(5).map(RandomInputs::arrayOf);
        return Arbitraries.frequencyOf(Tuple.of(1, single), Tuple.of(2, list));
    }

    /** An Action value holding {@code *}: the string {@code "*"}, or a list with {@code *} among 0–4 other entries. */
    public static Arbitrary<JsonNode> starActionValues(List<String> catalog) {
        Arbitrary<JsonNode> list = Combinators.combine(actionEntries(catalog).list().ofMaxSize(4),
                Arbitraries.integers().between(0, 4)).as((others, at) -> {
                    List<String> entries = new ArrayList<>(others);
                    entries.add(Math.min(at, entries.size()), "*");
                    return arrayOf(entries);
                });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(JSON.textNode("*"))), Tuple.of(2, list));
    }

    /** A NotAction value: one entry as a string, or a list of 1–3 entries. */
    public static Arbitrary<JsonNode> notActionValues(List<String> catalog) {
        Arbitrary<JsonNode> single = notActionEntries(catalog).map(JSON::textNode);
        Arbitrary<JsonNode> list = notActionEntries(catalog).list().ofMinSize(1).ofMaxSize(3)
                .map(RandomInputs::arrayOf);
        return Arbitraries.frequencyOf(Tuple.of(1, single), Tuple.of(2, list));
    }

    /** One Action entry of any kind the refinement meets, except {@code *} ({@link #starActionValues}). */
    public static Arbitrary<String> actionEntries(List<String> catalog) {
        Arbitrary<String> action = Arbitraries.of(catalog);
        return Arbitraries.frequencyOf(
                Tuple.of(4, inRandomCasing(action)),
                Tuple.of(1, unknownLiterals(catalog)),
                Tuple.of(4, inRandomCasing(prefixWildcards(action))),
                Tuple.of(1, serviceWildcards(catalog)),
                Tuple.of(2, innerWildcards(action)),
                Tuple.of(3, wordPatterns(action)),
                Tuple.of(1, unknownServiceEntries()));
    }

    /** One NotAction entry: a catalog name, {@code svc:Prefix*}, {@code svc:*}, or a name the catalog lacks. */
    public static Arbitrary<String> notActionEntries(List<String> catalog) {
        Arbitrary<String> action = Arbitraries.of(catalog);
        return Arbitraries.frequencyOf(
                Tuple.of(3, inRandomCasing(action)),
                Tuple.of(3, inRandomCasing(prefixWildcards(action))),
                Tuple.of(1, serviceWildcards(catalog)),
                Tuple.of(1, unknownLiterals(catalog)),
                Tuple.of(1, unknownServiceEntries()));
    }

    /** The same text as written, lower-cased, upper-cased, or with case flipped at random positions. */
    public static Arbitrary<String> inRandomCasing(Arbitrary<String> texts) {
        return Combinators.combine(texts, Arbitraries.of(0, 0, 1, 2, 3), Arbitraries.integers())
                .as(RandomInputs::recase);
    }

    /** {@code svc:Prefix*}, the prefix cut from a catalog name at any position (also empty or whole). */
    public static Arbitrary<String> prefixWildcards(Arbitrary<String> actions) {
        return Combinators.combine(actions, Arbitraries.integers().between(0, 1000)).as((action, cut) -> {
            int colon = action.indexOf(':');
            String name = action.substring(colon + 1);
            return action.substring(0, colon + 1) + name.substring(0, cut % (name.length() + 1)) + "*";
        });
    }

    /** {@code svc:*} for a catalog service. */
    public static Arbitrary<String> serviceWildcards(List<String> catalog) {
        return Arbitraries.of(servicesOf(catalog)).map(service -> service + ":*");
    }

    /**
     * A catalog name with one character replaced by {@code ?} (sometimes cut short after it and
     * ended with {@code *}), or with a run inside it replaced by {@code *}.
     */
    public static Arbitrary<String> innerWildcards(Arbitrary<String> actions) {
        Arbitrary<Integer> positions = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(actions, Arbitraries.of(true, false), positions, positions)
                .as((action, questionMark, first, second) -> {
                    int colon = action.indexOf(':');
                    String service = action.substring(0, colon + 1);
                    String name = action.substring(colon + 1);
                    if (questionMark) {
                        int at = first % name.length();
                        String withQuestionMark = name.substring(0, at) + "?" + name.substring(at + 1);
                        int cut = at + 1 + second % (name.length() - at);
                        return service + (cut == name.length() ? withQuestionMark
                                : withQuestionMark.substring(0, cut) + "*");
                    }
                    int from = first % (name.length() + 1);
                    int to = from + second % (name.length() - from + 1);
                    return service + name.substring(0, from) + "*" + name.substring(to);
                });
    }

    /**
     * Words of a catalog name around inner stars: from {@code GetObjectTagAcl}, {@code a:*Acl},
     * {@code a:Get*Acl}, {@code a:*Object*} or {@code a:Get*Tag*}.
     */
    public static Arbitrary<String> wordPatterns(Arbitrary<String> actions) {
        Arbitrary<Integer> choices = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(actions, Arbitraries.of(0, 1, 2, 3), choices).as((action, shape, choice) -> {
            int colon = action.indexOf(':');
            String service = action.substring(0, colon + 1);
            String[] words = action.substring(colon + 1).split("(?<=[a-z0-9])(?=[A-Z])");
            String first = words[0];
            String last = words[words.length - 1];
            String any = words[choice % words.length];
            return service + switch (shape) {
                case 0 -> "*" + last;
                case 1 -> first + "*" + last;
                case 2 -> "*" + any + "*";
                default -> first + "*" + any + "*";
            };
        });
    }

    /** Literals the catalog most likely lacks: a catalog name extended or cut short, or new words. */
    public static Arbitrary<String> unknownLiterals(List<String> catalog) {
        Arbitrary<String> extended = Combinators.combine(Arbitraries.of(catalog), Arbitraries.of(SUFFIXES))
                .as(String::concat);
        Arbitrary<String> cut = Combinators.combine(Arbitraries.of(catalog), Arbitraries.integers().between(1, 3))
                .as((action, drop) -> action.length() - drop > action.indexOf(':') + 1
                        ? action.substring(0, action.length() - drop) : action + "New");
        Arbitrary<String> newWords = Combinators.combine(Arbitraries.of(servicesOf(catalog)), actionNames())
                .as((service, name) -> service + ":New" + name);
        return Arbitraries.oneOf(extended, cut, newWords);
    }

    /** Entries of a service the catalog does not know. */
    public static Arbitrary<String> unknownServiceEntries() {
        return Arbitraries.of("zz:GetObject", "zz:*", "zz:Get*", "ZZ:getobjectacl", "zz:G?tObject", "zz:Put*Acl");
    }

    // ---- findings ----

    /** 1–3 entries, each of a different service, sometimes of the service the catalog lacks. */
    public static Arbitrary<List<UnusedSpec>> findings(List<String> catalog) {
        List<String> services = new ArrayList<>(servicesOf(catalog));
        services.add(UNKNOWN_SERVICE);
        return Arbitraries.of(services).flatMap(service -> unusedSpecs(service, catalog))
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements(UnusedSpec::service);
    }

    /** The unused permissions of one service: mostly named actions, sometimes the whole service. */
    public static Arbitrary<UnusedSpec> unusedSpecs(String service, List<String> catalog) {
        List<String> bareNames = catalog.stream()
                .filter(action -> action.startsWith(service + ":"))
                .map(action -> action.substring(service.length() + 1))
                .toList();
        Arbitrary<UnusedSpec> named = unusedNames(service, bareNames).list().ofMinSize(1).ofMaxSize(12)
                .map(names -> new UnusedSpec(service, names));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(UnusedSpec.wholeService(service))),
                Tuple.of(7, named));
    }

    /** A name as a finding gives it: bare or prefixed, any casing, known to the catalog or not. */
    public static Arbitrary<String> unusedNames(String service, List<String> bareNamesInCatalog) {
        Arbitrary<String> unknown = Arbitraries.oneOf(actionNames(),
                bareNamesInCatalog.isEmpty() ? actionNames()
                        : Combinators.combine(Arbitraries.of(bareNamesInCatalog), Arbitraries.of(SUFFIXES))
                                .as(String::concat));
        Arbitrary<String> bare = bareNamesInCatalog.isEmpty() ? unknown
                : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(bareNamesInCatalog)), Tuple.of(1, unknown));
        return inRandomCasing(Combinators.combine(bare, Arbitraries.of(true, false))
                .as((name, prefixed) -> prefixed ? service + ":" + name : name));
    }

    // ---- helpers ----

    private static ArrayNode arrayOf(List<String> entries) {
        ArrayNode array = JSON.arrayNode();
        entries.forEach(array::add);
        return array;
    }

    private static Set<String> servicesOf(List<String> catalog) {
        Set<String> services = new LinkedHashSet<>();
        catalog.forEach(action -> services.add(action.substring(0, action.indexOf(':'))));
        return services;
    }

    /** 0 keeps the text, 1 lower-cases, 2 upper-cases, 3 flips the case where the mask has a bit set. */
    private static String recase(String text, int mode, int mask) {
        return switch (mode) {
            case 1 -> text.toLowerCase(Locale.ROOT);
            case 2 -> text.toUpperCase(Locale.ROOT);
            case 3 -> {
                StringBuilder flipped = new StringBuilder(text.length());
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    boolean flip = (mask >>> (i % 32) & 1) == 1;
                    flipped.append(!flip ? c : Character.isUpperCase(c)
                            ? Character.toLowerCase(c) : Character.toUpperCase(c));
                }
                yield flipped.toString();
            }
            default -> text;
        };
    }
}

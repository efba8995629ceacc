package org.iamrefiner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Policy size as IAM counts it against its quotas: the characters of the policy document
 * without white space. A refined policy can be longer than the original (one wildcard may
 * become several entries), so the refined sizes are compared with the limit of the policy's
 * type and the tool warns before a recommendation that IAM would refuse.
 */
public final class PolicySize {

    /** Compact JSON, non-ASCII characters written as themselves (Jackson's default). */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicySize() {
    }

    /** The kinds of policy IAM limits, with the CLI spelling and the limit in characters. */
    public enum PolicyType {
        MANAGED("managed", 6144, false, "a managed policy"),
        INLINE_ROLE("inline-role", 10240, true, "a role's inline policies together"),
        INLINE_USER("inline-user", 2048, true, "a user's inline policies together"),
        INLINE_GROUP("inline-group", 5120, true, "a group's inline policies together");

        private final String cli;
        private final int limit;
        private final boolean countedTogether;
        private final String description;

        PolicyType(String cli, int limit, boolean countedTogether, String description) {
            this.cli = cli;
            this.limit = limit;
            this.countedTogether = countedTogether;
            this.description = description;
        }

        /** The spelling on the command line, e.g. {@code inline-role}. */
        public String cli() {
            return cli;
        }

        /** The most characters (without white space) IAM accepts. */
        public int limit() {
            return limit;
        }

        /**
         * Whether the limit holds for all policies of the principal together (inline policies)
         * rather than for each policy on its own (managed policies).
         */
        public boolean countedTogether() {
            return countedTogether;
        }

        /** What the limit applies to, in plain words: "a managed policy". */
        public String description() {
            return description;
        }

        /**
         * The type spelled {@code value} on the command line (case and surrounding blanks ignored).
         *
         * @throws IllegalArgumentException naming the allowed values when {@code value} is none of them
         */
        public static PolicyType fromCli(String value) {
            String wanted = value == null ? "" : value.trim();
            for (PolicyType type : values()) {
                if (type.cli.equalsIgnoreCase(wanted)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("unknown policy type \"" + value + "\"; allowed values: "
                    + Arrays.stream(values()).map(PolicyType::cli).collect(Collectors.joining(", ")));
        }

        @Override
        public String toString() {
            return cli;
        }
    }

    /**
     * One policy's size.
     *
     * @param name     the policy's name in messages, e.g. its file name
     * @param original characters of the original policy without white space
     * @param refined  characters of the refined policy without white space; 0 when it is detached
     */
    public record Entry(String name, int original, int refined) {

        public Entry {
            Objects.requireNonNull(name, "name");
            if (original < 0 || refined < 0) {
                throw new IllegalArgumentException("a size cannot be negative");
            }
        }

        /**
         * @param refined the refined policy, or null when the policy is detached
         */
        public static Entry of(String name, JsonNode original, JsonNode refined) {
            return new Entry(name, characters(original), refined == null ? 0 : characters(refined));
        }
    }

    /**
     * The sizes of the policies of one principal, compared with the limit of their type: for
     * inline types the refined total, for a managed policy each refined policy on its own.
     *
     * @param type          the policies' type
     * @param limit         the type's limit in characters
     * @param policies      each policy's size, in the order given
     * @param originalTotal the original sizes added up
     * @param refinedTotal  the refined sizes added up (a detached policy counts 0)
     */
    public record SizeReport(PolicyType type, int limit, List<Entry> policies, int originalTotal, int refinedTotal) {

        public SizeReport {
            Objects.requireNonNull(type, "type");
            policies = List.copyOf(policies);
        }

        /** Whether a refined size breaks the limit, so IAM would refuse the recommendation. */
        public boolean overLimit() {
            if (type.countedTogether()) {
                return refinedTotal > limit;
            }
            return policies.stream().anyMatch(policy -> policy.refined() > limit);
        }

        /** One plain sentence per refined size over the limit; empty when all fit. */
        public List<String> warnings() {
            List<String> warnings = new ArrayList<>();
            if (type.countedTogether()) {
                if (refinedTotal > limit) {
                    String names = policies.stream().map(Entry::name).collect(Collectors.joining(", "));
                    warnings.add(names + " together: " + number(refinedTotal) + " characters without white space, over the "
                            + number(limit) + " limit of " + type.description());
                }
            } else {
                for (Entry policy : policies) {
                    if (policy.refined() > limit) {
                        warnings.add(policy.name() + ": " + number(policy.refined()) + " characters without white space, over the "
                                + number(limit) + " limit of " + type.description());
                    }
                }
            }
            return warnings;
        }
    }

    /** The sizes of {@code policies}, all of {@code type}, compared with its limit. */
    public static SizeReport report(PolicyType type, List<Entry> policies) {
        int originalTotal = 0;
        int refinedTotal = 0;
        for (Entry policy : policies) {
            originalTotal = Math.addExact(originalTotal, policy.original());
            refinedTotal = Math.addExact(refinedTotal, policy.refined());
        }
        return new SizeReport(type, type.limit(), policies, originalTotal, refinedTotal);
    }

    /**
     * The number of characters of {@code policy} written as compact JSON, not counting white space.
     *
     * <p>Counting rule: AWS strips all white space before it compares a policy with its limit,
     * so every white-space character is left out — between JSON tokens and inside string values
     * alike ({@code "My Bucket"} counts 10: two quotes and eight letters). White space is what
     * {@link Character#isWhitespace(int)} says it is. Every other character counts once per code
     * point, so a non-ASCII letter or an emoji counts as one. Characters that JSON must escape
     * (quote, backslash, control characters such as a newline inside a string) count as written
     * in the JSON text, e.g. {@code \n} as two.
     */
    public static int characters(JsonNode policy) {
        Objects.requireNonNull(policy, "policy");
        NonWhiteSpaceCount count = new NonWhiteSpaceCount();
        try {
            MAPPER.writeValue(count, policy);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the policy as JSON", e);
        }
        return count.characters;
    }

    /**
     * The same count for a policy already written as JSON text by Jackson, compact or laid out by
     * {@link org.iamrefiner.policy.PolicyWriter}: a layout adds only white space, so both count alike.
     */
    public static int characters(String jsonText) {
        NonWhiteSpaceCount count = new NonWhiteSpaceCount();
        count.add(jsonText);
        return count.characters;
    }

    /**
     * Counts the characters (code points) written that are not white space, without keeping the
     * text: a batch sizes every original and refined policy, some of them thousands of entries long.
     */
    private static final class NonWhiteSpaceCount extends Writer {

        private int characters;
        private boolean afterHighSurrogate;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                add(buffer[i]);
            }
        }

        void add(String text) {
            for (int i = 0; i < text.length(); i++) {
                add(text.charAt(i));
            }
        }

        private void add(char c) {
            // A surrogate pair is one character; no character outside the BMP is white space.
            if (!(afterHighSurrogate && Character.isLowSurrogate(c)) && !Character.isWhitespace(c)) {
                characters++;
            }
            afterHighSurrogate = Character.isHighSurrogate(c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

package org.iamrefiner.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.iamrefiner.check.AllowedCatalogActions;
import org.iamrefiner.emit.Refinement;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;
import org.iamrefiner.policy.PolicyWriter;
import org.iamrefiner.refine.CheckFailedException;
import org.iamrefiner.refine.Refiner;
import org.iamrefiner.report.BatchFailure;
import org.iamrefiner.report.BatchFragment;
import org.iamrefiner.report.BatchItem;
import org.iamrefiner.report.BatchItem.Attachment;
import org.iamrefiner.report.BatchPrincipal;
import org.iamrefiner.report.BatchStatus;
import org.iamrefiner.report.HtmlSideBySideDiff;
import org.iamrefiner.report.PolicySize;
import org.iamrefiner.report.RecommendationJson;
import org.iamrefiner.report.RemediationCommands;

/**
 * Refines every policy of one principal with its finding, writes a recommendation per policy, and
 * keeps a small item per policy. A policy that cannot be read or whose result the check refuses
 * becomes a failed item; the principal's other policies still go on.
 */
final class PrincipalRefinement {

    /** Sequence numbers leave room for this many policies per principal. */
    private static final int POLICY_BITS = 20;
    private static final ObjectMapper COMPACT = new ObjectMapper();

    /**
     * What became of one principal.
     *
     * @param items                  one per policy
     * @param failure                why the whole principal was skipped, or null
     * @param withoutFinding         true when it has no finding (nothing to refine)
     * @param actionsNoLongerGranted catalog actions its policies together no longer grant
     */
    record Outcome(List<BatchItem> items, BatchFailure failure, boolean withoutFinding, long actionsNoLongerGranted) {

        boolean failed() {
            return failure != null || items.stream().anyMatch(item -> item.status() == BatchStatus.FAILED);
        }
    }

    /** One policy on its way: read, then refined, or failed at either step. */
    private static final class Attempt {
        final int index;
        final PolicyReference reference;
        Policy original;
        Refinement refinement;
        /** The refined policy as the check read it; null when detached or failed. */
        Policy refined;
        /** The catalog actions the original and the refined policy allow, as the check counted them; null when failed. */
        BitSet allowedByOriginal;
        BitSet allowedByRefined;
        String failure;
        /**
         * The original and the recommendation (null when detached) as written for the side-by-side
         * diff, written once: their sizes are counted on the same texts.
         */
        String originalText;
        String refinedText;
        /** Non-white-space characters of the original and of the recommendation (0 when detached), counted once. */
        int originalCharacters;
        int refinedCharacters;

        Attempt(int index, PolicyReference reference) {
            this.index = index;
            this.reference = reference;
        }
    }

    private final Refiner refiner;
    private final AllowedCatalogActions granted;
    private final OutputFolder output;
    private final TextSpool spool;

    PrincipalRefinement(Refiner refiner, AllowedCatalogActions granted, OutputFolder output, TextSpool spool) {
        this.refiner = refiner;
        this.granted = granted;
        this.output = output;
        this.spool = spool;
    }

    /** The sequence number of a principal's own failure; its policies follow it. */
    static long firstSequence(PrincipalEntry entry) {
        return entry.sequence() << POLICY_BITS;
    }

    Outcome refine(PrincipalEntry entry) throws IOException {
        long base = firstSequence(entry);
        Principal principal;
        Finding finding;
        try {
            principal = entry.read();
            finding = principal.finding().load();
        } catch (InputException e) {
            return new Outcome(List.of(), new BatchFailure(base, entry.label(), null, e.getMessage()), false, 0);
        }
        if (finding == null) {
            return new Outcome(List.of(), null, true, 0);
        }
        BatchPrincipal who = principal.who();
        if (who.arn() == null && finding.resourceArn() != null) {
            who = new BatchPrincipal(who.kind(), who.name(), finding.resourceArn());
        }
        List<Attempt> attempts = new ArrayList<>();
        for (PolicyReference reference : principal.policies()) {
            attempts.add(attempt(attempts.size(), reference, finding));
        }
        PolicySize.SizeReport inlineSizes = inlineSizes(who, attempts);
        List<BatchItem> items = new ArrayList<>(attempts.size());
        BitSet before = new BitSet();
        BitSet after = new BitSet();
        for (Attempt attempt : attempts) {
            BatchItem item = item(base + attempt.index + 1, who, attempt, inlineSizes, before, after);
            items.add(item);
        }
        before.andNot(after);
        return new Outcome(items, null, false, before.cardinality());
    }

    private Attempt attempt(int index, PolicyReference reference, Finding finding) {
        Attempt attempt = new Attempt(index, reference);
        try {
            attempt.original = reference.load();
            attempt.originalText = PolicyWriter.write(attempt.original.json());
            attempt.originalCharacters = PolicySize.characters(attempt.originalText);
            attempt.refinedCharacters = attempt.originalCharacters;
            Refiner.Checked checked = refiner.refineChecked(attempt.original, finding, false);
            attempt.refinement = checked.refinement();
            attempt.refined = checked.refined();
            attempt.allowedByOriginal = checked.allowedByOriginal();
            attempt.allowedByRefined = checked.allowedByRefined();
            attempt.refinedText = attempt.refinement.refined() == null ? null
                    : PolicyWriter.write(attempt.refinement.refined());
            attempt.refinedCharacters = attempt.refinedText == null ? 0 : PolicySize.characters(attempt.refinedText);
        } catch (InputException e) {
            attempt.failure = e.getMessage();
        } catch (CheckFailedException e) {
            attempt.failure = CheckFailures.describe(e);
        } catch (RuntimeException e) {
            attempt.failure = "internal error while refining " + reference.name() + ": " + e;
        } catch (OutOfMemoryError e) {
            // The session that ran out is gone with the stack, so the other policies can go on.
            attempt.failure = OutOfMemory.describe(reference.name());
        }
        return attempt;
    }

    /**
     * IAM limits a principal's inline policies together, so their sizes are reported together; a
     * policy that failed counts as it is, since it stays.
     */
    private static PolicySize.SizeReport inlineSizes(BatchPrincipal who, List<Attempt> attempts) {
        List<PolicySize.Entry> entries = new ArrayList<>();
        for (Attempt attempt : attempts) {
            if (attempt.reference.attachment() != Attachment.INLINE || attempt.original == null) {
                continue;
            }
            entries.add(attempt.refinement == null
                    ? new PolicySize.Entry(attempt.reference.name(), attempt.originalCharacters, attempt.originalCharacters)
                    : new PolicySize.Entry(RecommendationJson.policyId(attempt.refinement),
                    attempt.originalCharacters, attempt.refinedCharacters));
        }
        PolicySize.PolicyType type = who.kind().equals("user")
                ? PolicySize.PolicyType.INLINE_USER : PolicySize.PolicyType.INLINE_ROLE;
        return PolicySize.report(type, entries);
    }

    private BatchItem item(long sequence, BatchPrincipal who, Attempt attempt, PolicySize.SizeReport inlineSizes,
                           BitSet before, BitSet after) throws IOException {
        PolicyReference reference = attempt.reference;
        Policy original = attempt.original;
        // A policy that failed has no counts from the check; its original still counts as it stays.
        BitSet originalActions = attempt.allowedByOriginal != null ? attempt.allowedByOriginal : granted.of(original);
        before.or(originalActions);
        if (attempt.refinement == null) {
            after.or(originalActions);
            int entries = original == null ? 0 : entries(original);
            int characters = attempt.originalCharacters;
            return new BatchItem(sequence, who, reference.name(), reference.attachment(), reference.managedPolicyArn(),
                    reference.principalsSharing(), BatchStatus.FAILED, attempt.failure, entries, entries,
                    characters, characters, originalActions.cardinality(), originalActions.cardinality(),
                    null, null, BatchFragment.NONE, BatchFragment.NONE);
        }
        Refinement refinement = attempt.refinement;
        Policy refined = attempt.refined;
        BitSet refinedActions = attempt.allowedByRefined;
        after.or(refinedActions);

        String file = output.recommendationPath(who, reference.attachment(), reference.name());
        PolicySize.SizeReport sizes = reference.attachment() == Attachment.INLINE ? inlineSizes
                : PolicySize.report(PolicySize.PolicyType.MANAGED, List.of(new PolicySize.Entry(
                        RecommendationJson.policyId(refinement), attempt.originalCharacters, attempt.refinedCharacters)));
        output.write(file, PolicyWriter.write(RecommendationJson.of(who.arn(), List.of(refinement),
                refiner.catalog().version(), sizes)));

        BatchStatus status = switch (refinement.action()) {
            case CREATE_POLICY -> BatchStatus.CHANGED;
            case DETACH_POLICY -> BatchStatus.DETACHED;
            case NONE -> BatchStatus.UNCHANGED;
        };
        BatchItem item = new BatchItem(sequence, who, reference.name(), reference.attachment(),
                reference.managedPolicyArn(), reference.principalsSharing(), status, null,
                entries(original), refined == null ? 0 : entries(refined),
                attempt.originalCharacters, attempt.refinedCharacters,
                originalActions.cardinality(), refinedActions.cardinality(), file, sizeWarning(sizes, reference),
                BatchFragment.NONE, BatchFragment.NONE);
        if (status == BatchStatus.UNCHANGED) {
            return item;
        }
        BatchFragment diff = spool.add(HtmlSideBySideDiff.of(attempt.originalText,
                attempt.refinedText == null ? "" : attempt.refinedText));
        BatchFragment commands = spool.add(RemediationCommands.of(item, refined == null ? null : compact(refinement)));
        return item.withFragments(diff, commands);
    }

    /** The size warning that concerns this policy: its own, or its principal's inline policies together. */
    private static String sizeWarning(PolicySize.SizeReport sizes, PolicyReference reference) {
        List<String> warnings = sizes.warnings();
        if (warnings.isEmpty()) {
            return null;
        }
        if (sizes.type().countedTogether()) {
            return warnings.get(0);
        }
        return warnings.stream().filter(warning -> warning.startsWith(reference.name() + ":")).findFirst()
                .orElse(warnings.get(0));
    }

    private static int entries(Policy policy) {
        int count = 0;
        for (PolicyStatement statement : policy.statements()) {
            count += statement.entries().size();
        }
        return count;
    }

    private static String compact(Refinement refinement) {
        try {
            return COMPACT.writeValueAsString(refinement.refined());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the refined policy", e);
        }
    }
}

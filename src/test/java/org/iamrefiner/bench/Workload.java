package org.iamrefiner.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.catalog.CatalogAction;
import org.iamrefiner.input.InputException;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;

/**
 * The warm workload: every managed policy (or a seeded sample of them) with a generated finding.
 * Each policy's finding depends only on the seed and the policy's name, so a sample, or another
 * order, gives every policy the same finding.
 *
 * @param cases      the policies the product reads, by name
 * @param unreadable the policies the product's reader refuses, with its message (kept out of the timing, reported)
 * @param available  how many policies there were to choose from
 */
record Workload(List<WorkloadCase> cases, List<String> unreadable, int available) {

    Workload {
        cases = List.copyOf(cases);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * @param sampleSize how many policies to use, chosen with the seed; 0 or at least the number of policies means all
     */
    static Workload build(List<ManagedPolicy> policies, Catalog catalog, long seed, int sampleSize) {
        List<ManagedPolicy> chosen = sample(policies, seed, sampleSize);
        List<WorkloadCase> cases = new ArrayList<>(chosen.size());
        List<String> unreadable = new ArrayList<>();
        for (ManagedPolicy managed : chosen) {
            Policy policy;
            try {
                policy = PolicyReader.fromJson(managed.name(), managed.document().deepCopy());
            } catch (InputException e) {
                unreadable.add(managed.name() + ": " + e.getMessage());
                continue;
            }
            List<CatalogAction> granted = GrantedCatalogActions.of(policy, catalog);
            UnusedSample unused = UnusedSample.draw(granted, randomFor(seed, managed.name()));
            cases.add(new WorkloadCase(managed, policy, granted, unused,
                    FindingForms.finding(managed.name() + " (generated finding)", unused.actions()),
                    FindingForms.specs(unused.actions())));
        }
        return new Workload(cases, unreadable, policies.size());
    }

    /** A random source for one named item; String.hashCode is fixed by the language, so runs agree. */
    static Random randomFor(long seed, String name) {
        return new Random(seed * 0x9E3779B97F4A7C15L + name.hashCode());
    }

    private static List<ManagedPolicy> sample(List<ManagedPolicy> policies, long seed, int size) {
        if (size <= 0 || size >= policies.size()) {
            return policies;
        }
        List<ManagedPolicy> shuffled = new ArrayList<>(policies);
        Collections.shuffle(shuffled, new Random(seed));
        List<ManagedPolicy> chosen = new ArrayList<>(shuffled.subList(0, size));
        chosen.sort(Comparator.comparing(ManagedPolicy::name));
        return chosen;
    }

    /** "1,594 policies", or "100 of 1,594 policies (seeded sample)". */
    String describe() {
        int chosen = cases.size() + unreadable.size();
        return chosen == available ? Units.count(chosen) + " policies"
                : Units.count(chosen) + " of " + Units.count(available) + " policies (seeded sample)";
    }

    /** Catalog actions granted, summed over the workload, for the reader of the table. */
    long grantedTotal() {
        return cases.stream().mapToLong(c -> c.granted().size()).sum();
    }

    /** Unused actions named, summed over the workload's findings. */
    long unusedTotal() {
        return cases.stream().mapToLong(c -> c.unused().actions().size()).sum();
    }
}

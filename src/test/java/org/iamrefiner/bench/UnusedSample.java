package org.iamrefiner.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.iamrefiner.catalog.CatalogAction;

/**
 * The unused actions of a generated finding: a random fraction, drawn uniformly from 10 % to 70 %,
 * of the catalog actions a principal is granted. Real findings name only actions the principal
 * holds, and the fraction spread gives the rules small and large covers alike.
 *
 * @param fraction the drawn fraction
 * @param actions  the unused actions, in the order of the granted list they were drawn from
 */
record UnusedSample(double fraction, List<CatalogAction> actions) {

    static final double LOWEST_FRACTION = 0.10;
    static final double HIGHEST_FRACTION = 0.70;

    UnusedSample {
        actions = List.copyOf(actions);
    }

    /** Draws {@code round(fraction × granted)} of the granted actions; the same random state gives the same sample. */
    static UnusedSample draw(List<CatalogAction> granted, Random random) {
        double fraction = LOWEST_FRACTION + (HIGHEST_FRACTION - LOWEST_FRACTION) * random.nextDouble();
        return new UnusedSample(fraction, pick(granted, (int) Math.round(fraction * granted.size()), random));
    }

    /** Draws exactly {@code fraction × all} of the actions (rounded), for the worst case's fixed 10 %. */
    static UnusedSample drawExactly(List<CatalogAction> all, double fraction, Random random) {
        return new UnusedSample(fraction, pick(all, (int) Math.round(fraction * all.size()), random));
    }

    /** A random subset of {@code count} items (a partial Fisher-Yates shuffle of the indexes), kept in list order. */
    private static List<CatalogAction> pick(List<CatalogAction> from, int count, Random random) {
        int[] indexes = new int[from.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(indexes.length - i);
            int swap = indexes[i];
            indexes[i] = indexes[j];
            indexes[j] = swap;
        }
        int[] chosen = Arrays.copyOf(indexes, count);
        Arrays.sort(chosen);
        List<CatalogAction> picked = new ArrayList<>(count);
        for (int index : chosen) {
            picked.add(from.get(index));
        }
        return picked;
    }
}

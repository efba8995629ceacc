package org.iamrefiner.report;

import java.util.List;

/**
 * The figures over all policy items of a batch. Sizes and entry counts are over the items that
 * were refined (a failed item has no "after").
 */
public record BatchTotals(long policies, long changed, long detached, long unchanged, long failed,
                          long entriesBefore, long entriesAfter, long charactersBefore, long charactersAfter) {

    public static BatchTotals of(List<BatchItem> items) {
        long changed = 0;
        long detached = 0;
        long unchanged = 0;
        long failed = 0;
        long entriesBefore = 0;
        long entriesAfter = 0;
        long charactersBefore = 0;
        long charactersAfter = 0;
        for (BatchItem item : items) {
            switch (item.status()) {
                case CHANGED -> changed++;
                case DETACHED -> detached++;
                case UNCHANGED -> unchanged++;
                case FAILED -> failed++;
            }
            if (item.status() != BatchStatus.FAILED) {
                entriesBefore += item.entriesBefore();
                entriesAfter += item.entriesAfter();
                charactersBefore += item.charactersBefore();
                charactersAfter += item.charactersAfter();
            }
        }
        return new BatchTotals(items.size(), changed, detached, unchanged, failed,
                entriesBefore, entriesAfter, charactersBefore, charactersAfter);
    }
}

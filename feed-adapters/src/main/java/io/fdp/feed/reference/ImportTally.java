package io.fdp.feed.reference;

import java.util.ArrayList;
import java.util.List;

/** Counts rows, records, skipped values and rejections while one import runs, then freezes them in an {@link ImportResult}. */
final class ImportTally {
    private final List<RejectedRow> rejections = new ArrayList<>();
    private long rowsRead;
    private long recordsProduced;
    private long valuesSkipped;
    private long rowsRejected;

    void rowRead() {
        rowsRead++;
    }

    void recordProduced() {
        recordsProduced++;
    }

    void recordsProduced(final int count) {
        recordsProduced += count;
    }

    void valueSkipped() {
        valuesSkipped++;
    }

    void rejected(final long lineNumber, final String reason) {
        rowsRejected++;
        if (rejections.size() < ImportResult.MAX_KEPT_REJECTIONS) {
            rejections.add(new RejectedRow(lineNumber, reason));
        }
    }

    ImportResult result() {
        return new ImportResult(rowsRead, recordsProduced, valuesSkipped, rowsRejected, rejections);
    }
}

package io.fdp.feed.reference;

import java.util.List;

/**
 * What one import read and produced.
 *
 * @param rowsRead data rows read, header and blank lines excluded (for Binance: symbol entries).
 * @param recordsProduced messages handed to the consumer (for ALFRED: observations, one per revision).
 * @param valuesSkipped values the source marks as absent (blank, {@code N/A} or {@code .}) and that produce no
 *     record: one per row for FRED, one per cell for ECB and ALFRED.
 * @param rowsRejected rows not accepted (malformed date or number, wrong column count, ...).
 * @param rejections the first {@link #MAX_KEPT_REJECTIONS} rejected rows with their line numbers and reasons.
 */
public record ImportResult(long rowsRead, long recordsProduced, long valuesSkipped, long rowsRejected,
                           List<RejectedRow> rejections) {
    /** Rejections kept with their reasons; later ones are only counted, so a garbage file cannot exhaust memory. */
    public static final int MAX_KEPT_REJECTIONS = 1_000;

    /**
     * Copies the rejections into an unmodifiable list.
     *
     * @param rowsRead data rows read.
     * @param recordsProduced messages handed to the consumer.
     * @param valuesSkipped absent values.
     * @param rowsRejected rows not accepted.
     * @param rejections the kept rejections.
     */
    public ImportResult {
        rejections = List.copyOf(rejections);
    }
}

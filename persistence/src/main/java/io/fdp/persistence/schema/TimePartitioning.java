package io.fdp.persistence.schema;

/**
 * How a time-series table is split by time: range partitions on plain PostgreSQL, chunks of a TimescaleDB
 * hypertable.
 *
 * @param timeColumn the TIMESTAMPTZ column rows are partitioned by.
 * @param unit partition length: {@code day} or {@code month} (a month chunk is 30 days in TimescaleDB).
 * @param compressSegmentBy TimescaleDB compression {@code segmentby} columns, comma separated.
 * @param compressOrderBy TimescaleDB compression {@code orderby}, such as {@code event_time DESC}.
 * @param compressAfter age after which TimescaleDB compresses a chunk, such as {@code 7 days}.
 */
public record TimePartitioning(String timeColumn, String unit, String compressSegmentBy, String compressOrderBy,
                               String compressAfter) {
    /** Daily partitions. */
    public static final String DAY = "day";
    /** Monthly partitions. */
    public static final String MONTH = "month";

    /**
     * Checks the unit.
     *
     * @param timeColumn partitioning column.
     * @param unit {@link #DAY} or {@link #MONTH}.
     * @param compressSegmentBy segmentby columns.
     * @param compressOrderBy orderby clause.
     * @param compressAfter compression age.
     */
    public TimePartitioning {
        if (!DAY.equals(unit) && !MONTH.equals(unit)) {
            throw new IllegalArgumentException("partition unit must be day or month: " + unit);
        }
    }

    /**
     * The TimescaleDB chunk length.
     *
     * @return an interval literal body, such as {@code 1 day}.
     */
    public String chunkInterval() {
        return DAY.equals(unit) ? "1 day" : "30 days";
    }
}

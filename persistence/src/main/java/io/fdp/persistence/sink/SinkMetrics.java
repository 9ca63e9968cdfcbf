package io.fdp.persistence.sink;

/**
 * What a journal sink reports for monitoring ({@code /metrics}, readiness checks): how far behind the journal it is,
 * and whether its destination is failing. Every method may be called from any thread and costs little.
 */
public interface SinkMetrics {
    /** @return journal documents not yet committed to the destination (read but uncommitted, or not read). */
    long lagRecords();

    /** @return how far behind the journal the committed position is, in seconds (0 when nothing is pending). */
    double lagSeconds();

    /** @return records committed to the destination. */
    long committedRecords();

    /** @return failed attempts to reach or write the destination, each followed by a retry after a backoff. */
    long failures();

    /** @return seconds since the destination started failing without a success in between, or 0 while it works. */
    double outageSeconds();
}

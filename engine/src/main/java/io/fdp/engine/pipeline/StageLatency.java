package io.fdp.engine.pipeline;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A latency histogram of one handler stage with power-of-two nanosecond buckets: bucket {@code i} counts
 * latencies in {@code [2^i, 2^(i+1))} ns (bucket 0 also takes 0 and negative values).
 *
 * <p>One writer (the stage's thread), any readers; recording allocates nothing. A stage records once per batch the
 * time from the ingestion of the batch's last event to the end of its processing, so the cost stays off the
 * per-event path while the figure still shows what a consumer waits.
 */
public final class StageLatency {
    /** Number of buckets (up to about 9.2 s in the last one). */
    public static final int BUCKETS = 64;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS + 1);
    private final String stage;

    StageLatency(final String stage) {
        this.stage = stage;
    }

    void record(final long latencyNs) {
        final int bucket = latencyNs <= 1 ? 0 : 63 - Long.numberOfLeadingZeros(latencyNs);
        counts.lazySet(bucket, counts.get(bucket) + 1);
        counts.lazySet(BUCKETS, counts.get(BUCKETS) + Math.max(0, latencyNs));
    }

    /** @return the sum of every recorded latency, ns. */
    public long sumNs() {
        return counts.get(BUCKETS);
    }

    /** @return the stage's name, for example {@code book}. */
    public String stage() {
        return stage;
    }

    /**
     * Samples in one bucket.
     *
     * @param bucket 0 to {@link #BUCKETS} - 1.
     * @return its count.
     */
    public long count(final int bucket) {
        return counts.get(bucket);
    }

    /**
     * The exclusive upper bound of a bucket.
     *
     * @param bucket 0 to {@link #BUCKETS} - 1.
     * @return {@code 2^(bucket+1)} ns ({@link Long#MAX_VALUE} for the last).
     */
    public static long upperBoundNs(final int bucket) {
        return bucket >= 62 ? Long.MAX_VALUE : 1L << (bucket + 1);
    }
}

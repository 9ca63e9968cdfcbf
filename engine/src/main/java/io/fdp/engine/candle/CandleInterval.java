package io.fdp.engine.candle;

/**
 * Lengths of time candles; buckets are aligned to UTC epoch multiples of the length.
 *
 * <p>{@link #code()} is stable and is what journals and wire formats store; the enum ordinal is not.
 */
public enum CandleInterval {
    /** One second. */
    ONE_SECOND(1, 1_000_000_000L),
    /** One minute. */
    ONE_MINUTE(2, 60_000_000_000L),
    /** Five minutes. */
    FIVE_MINUTES(3, 300_000_000_000L),
    /** Fifteen minutes. */
    FIFTEEN_MINUTES(4, 900_000_000_000L),
    /** One hour. */
    ONE_HOUR(5, 3_600_000_000_000L),
    /** One UTC day, midnight to midnight, without calendar or trading-session logic. */
    ONE_DAY(6, 86_400_000_000_000L);

    private static final CandleInterval[] BY_CODE = byCode();

    private final int code;
    private final long intervalNs;

    CandleInterval(final int code, final long intervalNs) {
        this.code = code;
        this.intervalNs = intervalNs;
    }

    /**
     * Stable small code of this interval, for journaling.
     *
     * @return the code, at least 1.
     */
    public int code() {
        return code;
    }

    /**
     * Length of this interval.
     *
     * @return the length in nanoseconds.
     */
    public long intervalNs() {
        return intervalNs;
    }

    /**
     * Start of the bucket holding a timestamp: the greatest epoch multiple of the interval not after it, so a
     * timestamp exactly on a boundary starts a bucket and negative timestamps round towards negative infinity.
     *
     * @param timestampNs nanoseconds since the Unix epoch, UTC, within
     *                    [{@link CandleAggregator#MIN_TIMESTAMP_NS}, {@link CandleAggregator#MAX_TIMESTAMP_NS}].
     * @return the bucket start in nanoseconds since the Unix epoch; the bucket ends (exclusive) one interval later.
     */
    public long bucketStartNs(final long timestampNs) {
        return Math.floorDiv(timestampNs, intervalNs) * intervalNs;
    }

    /**
     * Interval with the given stable code.
     *
     * @param code a value of {@link #code()}.
     * @return the interval.
     * @throws IllegalArgumentException if no interval has that code.
     */
    public static CandleInterval fromCode(final int code) {
        if (code <= 0 || code >= BY_CODE.length || BY_CODE[code] == null) {
            throw new IllegalArgumentException("unknown candle interval code: " + code);
        }
        return BY_CODE[code];
    }

    private static CandleInterval[] byCode() {
        int maxCode = 0;
        for (final CandleInterval interval : values()) {
            maxCode = Math.max(maxCode, interval.code);
        }
        final CandleInterval[] byCode = new CandleInterval[maxCode + 1];
        for (final CandleInterval interval : values()) {
            byCode[interval.code] = interval;
        }
        return byCode;
    }
}

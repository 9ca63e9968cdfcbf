package io.fdp.engine.subscription;

/** Kinds of data-quality events. */
public final class DataQuality {
    /** Sequence numbers were skipped: the book is stale until a snapshot. */
    public static final int GAP = 1;
    /** The feed's checksum did not match the book. */
    public static final int CHECKSUM_FAILED = 2;
    /** The book turned stale (for any reason). */
    public static final int STALE = 3;
    /** A snapshot rebuilt the book: it is fresh again. */
    public static final int FRESH = 4;
    /** The book is crossed (best bid at or above best ask). */
    public static final int CROSSED = 5;
    /** An event broke a book rule (unknown order, bad size, ...); {@code expected} carries the book's result code. */
    public static final int REJECTED = 6;
    /** A trade came too late for the candle horizon and was dropped. */
    public static final int LATE_TRADE_DROPPED = 7;

    private static final String[] NAMES = {
        "NONE", "GAP", "CHECKSUM_FAILED", "STALE", "FRESH", "CROSSED", "REJECTED", "LATE_TRADE_DROPPED",
    };

    private DataQuality() {
    }

    /**
     * Names a kind for logs.
     *
     * @param kind a kind code.
     * @return its name.
     */
    public static String name(final int kind) {
        return kind > 0 && kind < NAMES.length ? NAMES[kind] : "UNKNOWN(" + kind + ")";
    }
}

package io.fdp.feed.depth;

/**
 * Result codes returned by the venue adapters for each message: zero or positive for expected outcomes, negative
 * for rejections, which are also reported through {@link DepthListener#onRejected(int, int)}.
 */
public final class DecodeResult {
    /** Decoded and delivered to the listener. */
    public static final int OK = 0;
    /** Well formed and recognised, but carries nothing to deliver (heartbeat, status, acknowledgement, ticker). */
    public static final int IGNORED = 1;
    /** A book message left unapplied by the venue's sequencing rules (stale, or waiting for a snapshot). */
    public static final int DROPPED = 2;
    /** A sequence gap was found and reported through {@link DepthListener#onGap(int, long, long)}. */
    public static final int GAP = 3;

    /** The message is not valid JSON. */
    public static final int INVALID_JSON = -1;
    /** Valid JSON, but not a message shape this adapter knows (unknown event, missing or mistyped field). */
    public static final int UNKNOWN_MESSAGE = -2;
    /** The channel id, instrument or product is not subscribed or not known. */
    public static final int UNKNOWN_SYMBOL = -3;
    /** A field has a malformed value (a price that is not a number, an unknown side, a bad timestamp). */
    public static final int INVALID_VALUE = -4;
    /** A decimal cannot be held exactly at the symbol's exponent (too many non-zero digits, or overflow). */
    public static final int OUT_OF_RANGE = -5;
    /** A book update arrived for a symbol that has had no snapshot. */
    public static final int NO_SNAPSHOT = -6;
    /** A new symbol would exceed the adapter's configured symbol capacity. */
    public static final int SYMBOL_LIMIT = -7;
    /** The venue sent an error event. */
    public static final int VENUE_ERROR = -8;

    private DecodeResult() {
    }

    /**
     * Constant name of a result code, for logs.
     *
     * @param code a result code of this class.
     * @return its name, or {@code "UNKNOWN"}.
     */
    public static String name(final int code) {
        switch (code) {
            case OK:
                return "OK";
            case IGNORED:
                return "IGNORED";
            case DROPPED:
                return "DROPPED";
            case GAP:
                return "GAP";
            case INVALID_JSON:
                return "INVALID_JSON";
            case UNKNOWN_MESSAGE:
                return "UNKNOWN_MESSAGE";
            case UNKNOWN_SYMBOL:
                return "UNKNOWN_SYMBOL";
            case INVALID_VALUE:
                return "INVALID_VALUE";
            case OUT_OF_RANGE:
                return "OUT_OF_RANGE";
            case NO_SNAPSHOT:
                return "NO_SNAPSHOT";
            case SYMBOL_LIMIT:
                return "SYMBOL_LIMIT";
            case VENUE_ERROR:
                return "VENUE_ERROR";
            default:
                return "UNKNOWN";
        }
    }
}

package io.fdp.engine.book;

/**
 * Side of a book as {@code byte} constants, so a side travels through ring events and order pools without boxing and an
 * unknown side has a sentinel ({@link #NULL_SIDE}) instead of {@code null}.
 */
public final class Side {
    /** Bids: orders to buy. */
    public static final byte BUY = 0;

    /** Asks (offers): orders to sell. */
    public static final byte SELL = 1;

    /** Sentinel for an absent or unknown side. */
    public static final byte NULL_SIDE = -1;

    private Side() {
    }

    /**
     * Whether {@code side} is {@link #BUY} or {@link #SELL}.
     *
     * @param side to check.
     * @return true for {@link #BUY} or {@link #SELL}, false for anything else including {@link #NULL_SIDE}.
     */
    public static boolean isValid(final byte side) {
        return (side & ~SELL) == BUY; // BUY is 0 and SELL 1: one test, no branch on which of the two it is
    }

    /**
     * Name of a side for logs and test messages (not for the hot path).
     *
     * @param side to describe.
     * @return "BUY", "SELL", "NULL_SIDE" or "UNKNOWN_SIDE(n)".
     */
    public static String describe(final byte side) {
        return switch (side) {
            case BUY -> "BUY";
            case SELL -> "SELL";
            case NULL_SIDE -> "NULL_SIDE";
            default -> "UNKNOWN_SIDE(" + side + ")";
        };
    }
}

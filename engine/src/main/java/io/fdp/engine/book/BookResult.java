package io.fdp.engine.book;

/**
 * Return codes of book operations: {@code >= 0} means the operation was applied, {@code < 0} means it was rejected and the
 * book is unchanged.
 * <p>
 * A crossed book (best bid {@code >=} best ask) is not an error: feeds cross briefly, so the operation is applied and
 * {@link #APPLIED_CROSSED} is returned instead of {@link #OK} whenever the book is crossed after it. The same fact is
 * always available from {@link BookView#isCrossed()}.
 */
public final class BookResult {
    /** Applied; the book is not crossed. */
    public static final int OK = 0;

    /** Applied; the book is crossed afterwards (best bid {@code >=} best ask). */
    public static final int APPLIED_CROSSED = 1;

    /** Rejected: no live order has this order id. */
    public static final int UNKNOWN_ORDER = -1;

    /** Rejected: a live order already has this order id. */
    public static final int DUPLICATE_ORDER = -2;

    /** Rejected: size is not positive where it must be, or an execute or cancel exceeds the remaining size. */
    public static final int NEGATIVE_SIZE = -3;

    /** Rejected: price is {@code NULL_PRICE} or not positive. */
    public static final int INVALID_PRICE = -4;

    /** Rejected: the aggregate size of the level or of the side would overflow a {@code long}. */
    public static final int SIZE_OVERFLOW = -5;

    /** Rejected: the order pool or the side's level array is full. */
    public static final int CAPACITY_EXCEEDED = -6;

    /** Rejected: no level exists at this price on this side. */
    public static final int UNKNOWN_LEVEL = -7;

    /** Rejected: side is neither {@link Side#BUY} nor {@link Side#SELL}. */
    public static final int INVALID_SIDE = -8;

    private BookResult() {
    }

    /**
     * Whether a result means the operation changed the book.
     *
     * @param result returned by a book operation.
     * @return true for {@link #OK} and {@link #APPLIED_CROSSED}.
     */
    public static boolean isApplied(final int result) {
        return result >= 0;
    }

    /**
     * Name of a result for logs and test messages (not for the hot path).
     *
     * @param result returned by a book operation.
     * @return the constant's name, or "UNKNOWN_RESULT(n)".
     */
    public static String describe(final int result) {
        return switch (result) {
            case OK -> "OK";
            case APPLIED_CROSSED -> "APPLIED_CROSSED";
            case UNKNOWN_ORDER -> "UNKNOWN_ORDER";
            case DUPLICATE_ORDER -> "DUPLICATE_ORDER";
            case NEGATIVE_SIZE -> "NEGATIVE_SIZE";
            case INVALID_PRICE -> "INVALID_PRICE";
            case SIZE_OVERFLOW -> "SIZE_OVERFLOW";
            case CAPACITY_EXCEEDED -> "CAPACITY_EXCEEDED";
            case UNKNOWN_LEVEL -> "UNKNOWN_LEVEL";
            case INVALID_SIDE -> "INVALID_SIDE";
            default -> "UNKNOWN_RESULT(" + result + ")";
        };
    }
}

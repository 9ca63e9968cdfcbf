package io.fdp.engine.event;

/**
 * Kinds of {@link MarketEvent}; the byte values are stable because the journal stores them.
 */
public final class EventType {
    /** L3: a new order rests on the book. */
    public static final byte ORDER_ADD = 1;
    /** L3: an order is replaced by a new order id, price and size; the new order loses time priority. */
    public static final byte ORDER_REPLACE = 2;
    /** L3: an order keeps its id and changes price and/or size. */
    public static final byte ORDER_MODIFY = 3;
    /** L3: part of an order's size is cancelled. */
    public static final byte ORDER_CANCEL = 4;
    /** L3: an order is removed entirely. */
    public static final byte ORDER_DELETE = 5;
    /** L3: a resting, visible order is executed (a trade at the order's price). */
    public static final byte ORDER_EXECUTE = 6;
    /** A hidden (non-displayed) order is executed: a trade that does not change the visible book. */
    public static final byte ORDER_EXECUTE_HIDDEN = 7;
    /** L2: the aggregate size at a price level is set (size 0 deletes the level). */
    public static final byte LEVEL_SET = 8;
    /** L2: a price level is removed. */
    public static final byte LEVEL_DELETE = 9;
    /** The instrument's book is emptied. */
    public static final byte BOOK_CLEAR = 10;
    /** A snapshot of the instrument's book starts: the book is cleared and the levels or orders that follow rebuild it. */
    public static final byte SNAPSHOT_BEGIN = 11;
    /** The snapshot that rebuilt the instrument's book is complete: the book is fresh again. */
    public static final byte SNAPSHOT_END = 12;
    /** L1: a top-of-book quote from a feed that sends only the best bid and offer. */
    public static final byte QUOTE = 13;
    /** A trade print not tied to a resting order of the book (for example ITCH P, or a crypto trade). */
    public static final byte TRADE = 14;
    /** The instrument's (or, with instrument id -1, the whole market's) trading status changes. */
    public static final byte MARKET_STATUS = 15;
    /** Time passes without data: closes candles whose bucket has ended. */
    public static final byte HEARTBEAT = 16;
    /** The feed found the book wrong (a checksum mismatch, a gap in its own numbering); the book turns stale. */
    public static final byte FEED_STALE = 17;

    private static final String[] NAMES = {
        "NONE", "ORDER_ADD", "ORDER_REPLACE", "ORDER_MODIFY", "ORDER_CANCEL", "ORDER_DELETE", "ORDER_EXECUTE",
        "ORDER_EXECUTE_HIDDEN", "LEVEL_SET", "LEVEL_DELETE", "BOOK_CLEAR", "SNAPSHOT_BEGIN", "SNAPSHOT_END", "QUOTE",
        "TRADE", "MARKET_STATUS", "HEARTBEAT", "FEED_STALE",
    };

    /** Number of type codes, including the unused code 0. */
    public static final int COUNT = NAMES.length;

    private EventType() {
    }

    /**
     * Names a type code for logs and summaries.
     *
     * @param type the type code.
     * @return the constant's name, or {@code UNKNOWN(n)} for a code that is not defined.
     */
    public static String name(final int type) {
        return type > 0 && type < NAMES.length ? NAMES[type] : "UNKNOWN(" + type + ")";
    }

    /**
     * Tells whether a type code is defined.
     *
     * @param type the type code.
     * @return true for the codes of this class.
     */
    public static boolean isValid(final int type) {
        return type > 0 && type < NAMES.length;
    }
}

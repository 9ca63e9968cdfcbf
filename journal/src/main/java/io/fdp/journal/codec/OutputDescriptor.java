package io.fdp.journal.codec;

/**
 * Layout of one derived record in the output journal: a common header, then a body by record kind.
 *
 * <p>One Chronicle Queue document holds one record; integers are little-endian, {@code i8/u16/i32/i64} as in
 * {@link JournalDescriptor}.
 * <pre>
 *   Common header (6 bytes)
 *    0            1         2                6
 *   +------------+---------+----------------+
 *   | version i8 | kind i8 | instrumentId   |
 *   | (= 1)      |         | i32 (-1: feed) |
 *   +------------+---------+----------------+
 *
 *   CANDLE (108)        6 barKind i8 | 7 state i8 | 8 revision i32 | 12 barSpec i64 | 20 bucketStartNs i64
 *                       | 28 bucketEndNs i64 | 36 open | 44 high | 52 low | 60 close | 68 volume | 76 tradeCount
 *                       | 84 vwap | 92 firstTradeNs | 100 lastTradeNs (all i64)
 *   QUOTE (62)          6 eventTimeNs i64 | 14 bidPrice | 22 bidSize | 30 askPrice | 38 askSize | 46 lastTradePrice
 *                       | 54 lastTradeSize (all i64)
 *   DATA_QUALITY (34)   6 eventTimeNs i64 | 14 kind i32 (DataQuality code) | 18 expected i64 | 26 received i64
 *   BOOK (18 + 20 n)    6 eventTimeNs i64 | 14 bidLevels u16 | 16 askLevels u16 | 18 levels, bids best first then
 *                       asks best first, each: price i64 | size i64 | orderCount i32
 *   TRADE (47)          6 eventTimeNs i64 | 14 ingestionTimeNs i64 | 22 price i64 | 30 size i64
 *                       | 38 aggressorSide i8 | 39 tradeId i64
 * </pre>
 */
public final class OutputDescriptor {
    /** Version of this layout, the first byte of every record. */
    public static final byte VERSION = 1;
    /** Record kind: a closed or revised candle or bar. */
    public static final byte CANDLE = 1;
    /** Record kind: the best bid/offer or last trade changed. */
    public static final byte QUOTE = 2;
    /** Record kind: a data-quality event. */
    public static final byte DATA_QUALITY = 3;
    /** Record kind: a periodic snapshot of the top levels of a book. */
    public static final byte BOOK = 4;
    /** Record kind: a trade printed, with its price and aggressor as the book derived them. */
    public static final byte TRADE = 5;

    /** Length of the common header. */
    public static final int HEADER_LENGTH = 6;
    /** Length of a candle record. */
    public static final int CANDLE_LENGTH = 108;
    /** Length of a quote record. */
    public static final int QUOTE_LENGTH = 62;
    /** Length of a data-quality record. */
    public static final int DATA_QUALITY_LENGTH = 34;
    /** Length of a book record without its levels. */
    public static final int BOOK_HEADER_LENGTH = 18;
    /** Length of a trade record. */
    public static final int TRADE_LENGTH = 47;
    /** Length of one level of a book record. */
    public static final int BOOK_LEVEL_LENGTH = 20;
    /** Most levels per side a book record holds. */
    public static final int MAX_BOOK_LEVELS = 0xFFFF;

    private OutputDescriptor() {
    }
}

package io.fdp.feed.lobster;

/**
 * Layout and codes of LOBSTER files: one CSV line per event in the message file, one per resulting book in the
 * orderbook file, with no header line.
 *
 * <p>Message file line:
 * <pre>
 *   field  0                  1      2          3      4                  5
 *          +------------------+------+----------+------+------------------+-----------+
 *          | time             | type | order id | size | price            | direction |
 *          | s after midnight | 1..7 |          |      | dollars x 10000  | 1 or -1   |
 *          +------------------+------+----------+------+------------------+-----------+
 *   e.g.   34200.004241176    ,1     ,16113575  ,18    ,5853300           ,1
 * </pre>
 * Orderbook file line for N levels (level 1 is the best), 4 N fields:
 * <pre>
 *   field  0          1          2          3          4          ...  4N-1
 *          +----------+----------+----------+----------+----------+-----+----------+
 *          | askPx 1  | askSz 1  | bidPx 1  | bidSz 1  | askPx 2  | ... | bidSz N  |
 *          +----------+----------+----------+----------+----------+-----+----------+
 * </pre>
 * Empty levels hold {@link #EMPTY_ASK_PRICE} or {@link #EMPTY_BID_PRICE} with size 0.
 */
public final class LobsterDescriptor {
    /** Decimal exponent of every LOBSTER price: dollars times 10000. */
    public static final int PRICE_EXPONENT = -4;

    /** Number of fields of a message line. */
    public static final int MESSAGE_FIELD_COUNT = 6;
    /** Number of fields per level of an orderbook line. */
    public static final int FIELDS_PER_LEVEL = 4;
    /** Position of the ask price within a level's fields. */
    public static final int ASK_PRICE_FIELD = 0;
    /** Position of the ask size within a level's fields. */
    public static final int ASK_SIZE_FIELD = 1;
    /** Position of the bid price within a level's fields. */
    public static final int BID_PRICE_FIELD = 2;
    /** Position of the bid size within a level's fields. */
    public static final int BID_SIZE_FIELD = 3;

    /** Price of an empty ask level in the orderbook file. */
    public static final long EMPTY_ASK_PRICE = 9_999_999_999L;
    /** Price of an empty bid level in the orderbook file. */
    public static final long EMPTY_BID_PRICE = -9_999_999_999L;

    /** Message type: submission of a new limit order. */
    public static final int TYPE_NEW_ORDER = 1;
    /** Message type: partial cancellation of a limit order. */
    public static final int TYPE_PARTIAL_CANCEL = 2;
    /** Message type: deletion of a whole limit order. */
    public static final int TYPE_DELETE = 3;
    /** Message type: execution of a visible limit order. */
    public static final int TYPE_EXECUTE_VISIBLE = 4;
    /** Message type: execution of a hidden limit order, which never changes the visible book. */
    public static final int TYPE_EXECUTE_HIDDEN = 5;
    /** Message type: cross trade (auction). */
    public static final int TYPE_CROSS_TRADE = 6;
    /** Message type: trading halt indicator, whose price says which ({@link #HALT_PRICE} and the two resumptions). */
    public static final int TYPE_TRADING_HALT = 7;

    /** Direction of a buy order (an execution of it is seller-initiated). */
    public static final int DIRECTION_BUY = 1;
    /** Direction of a sell order (an execution of it is buyer-initiated). */
    public static final int DIRECTION_SELL = -1;

    /** Price of a {@link #TYPE_TRADING_HALT} message that halts trading. */
    public static final long HALT_PRICE = -1;
    /** Price of a {@link #TYPE_TRADING_HALT} message that resumes quoting. */
    public static final long QUOTING_RESUMES_PRICE = 0;
    /** Price of a {@link #TYPE_TRADING_HALT} message that resumes trading. */
    public static final long TRADING_RESUMES_PRICE = 1;

    private LobsterDescriptor() {
    }
}

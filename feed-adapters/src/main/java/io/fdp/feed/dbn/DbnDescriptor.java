package io.fdp.feed.dbn;

import java.util.Arrays;

/**
 * Byte layout of Databento Binary Encoding (DBN) version 2: the file prefix, the metadata and every record type.
 *
 * <p>All integers are little-endian. A DBN stream is an 8-byte prefix, the metadata, then records back to back:
 * <pre>
 *   0       3         4                      8                 8 + metadata length
 *   +-------+---------+----------------------+-----------------+----------+----------+----
 *   | "DBN" | version | metadata length (u32)| metadata ...    | record   | record   | ...
 *   |   3   |    1    |          4           | metadata length |          |          |
 *   +-------+---------+----------------------+-----------------+----------+----------+----
 * </pre>
 * Every record starts with the same 16-byte header; its first byte is the record length in 4-byte words, so a reader
 * steps over a record of any type, known or not:
 * <pre>
 *   0                  1       2              4               8                  16
 *   +------------------+-------+--------------+---------------+------------------+
 *   | length (words)   | rtype | publisher id | instrument id | ts_event (ns)    |  body ...
 *   | u8               | u8    | u16          | u32           | u64              |
 *   +------------------+-------+--------------+---------------+------------------+
 * </pre>
 * Prices are signed 64-bit mantissas with exponent {@link #PRICE_EXPONENT} ({@code 3722750000000} is 3722.75) and
 * {@link #UNDEF_PRICE} when absent. Timestamps are nanoseconds since the UNIX epoch, {@link #UNDEF_TIMESTAMP} when
 * absent. Text fields are fixed-width, NUL-padded ASCII. Each body diagram below gives the offset from the record start
 * above each field and its type or width below its name; offsets were checked against Databento's published v2 sample
 * files.
 */
public final class DbnDescriptor {
    /** Decimal exponent of every price field: a mantissa of 1 is 0.000000001. */
    public static final int PRICE_EXPONENT = -9;
    /** Price mantissa meaning "no price" ({@code i64::MAX}). */
    public static final long UNDEF_PRICE = Long.MAX_VALUE;
    /** Timestamp meaning "no time" ({@code u64::MAX}, which is {@code -1} as a Java long). */
    public static final long UNDEF_TIMESTAMP = -1L;
    /** Statistic quantity meaning "no quantity" in version 2 ({@code i32::MAX}; version 3 widened it to i64). */
    public static final int UNDEF_STAT_QUANTITY = Integer.MAX_VALUE;

    // ---------------------------------------------------------------------------------------------------------------
    // Prefix and metadata
    // ---------------------------------------------------------------------------------------------------------------

    /** Length of the {@code DBN} magic. */
    public static final int MAGIC_LENGTH = 3;
    /** Offset of the version byte. */
    public static final int VERSION_OFFSET = 3;
    /** Offset of the u32 length of the metadata that follows the prefix. */
    public static final int METADATA_LENGTH_OFFSET = 4;
    /** Length of the prefix: magic, version and metadata length. */
    public static final int PREFIX_LENGTH = 8;
    /** The only DBN version this package decodes. */
    public static final int SUPPORTED_VERSION = 2;
    /** The Zstandard frame magic {@code 28 B5 2F FD} read as a little-endian int. */
    public static final int ZSTD_MAGIC = 0xFD2F_B528;

    /**
     * Fixed part of the version 2 metadata; offsets are from the start of the stream.
     * <pre>
     *   8          24       26        34      42      50        51         52       53                55
     *   +----------+--------+---------+-------+-------+---------+----------+--------+-----------------+----------+
     *   | dataset  | schema | start   | end   | limit | stype   | stype    | ts_out | symbol_cstr_len | reserved |
     *   | (cstr)   |        | (ns)    | (ns)  |       | in      | out      |        |                 |          |
     *   |    16    |  u16   |  u64    |  u64  |  u64  |   u8    |    u8    |   u8   |       u16       |    53    |
     *   +----------+--------+---------+-------+-------+---------+----------+--------+-----------------+----------+
     *   108                        112
     *   +--------------------------+---------------------------------------------------------------------------+
     *   | schema definition length | symbols | partial | not_found | mappings  (variable, see below)           |
     *   |           u32            |                                                                           |
     *   +--------------------------+---------------------------------------------------------------------------+
     * </pre>
     * After the schema definition (always empty so far) come three symbol lists and the mappings, each a u32 count
     * followed by its entries; every symbol is a {@code symbol_cstr_len}-byte cstr (71 in version 2):
     * <pre>
     *   symbols, partial, not_found:  count (u32), count x symbol
     *   mappings:                     count (u32), count x [ raw symbol, interval count (u32),
     *                                                        interval count x [ start date (u32), end date (u32), symbol ] ]
     * </pre>
     * Dates are {@code YYYYMMDD} integers, the end exclusive. When {@code stype_out} is the instrument id, an
     * interval's symbol is the instrument id in decimal.
     */
    public static final int DATASET_OFFSET = 8;
    /** Width of the dataset cstr. */
    public static final int DATASET_LENGTH = 16;
    /** Offset of the u16 schema, {@link #SCHEMA_MIXED} when the stream mixes schemas. */
    public static final int SCHEMA_OFFSET = 24;
    /** Offset of the u64 start of the query in ns. */
    public static final int START_OFFSET = 26;
    /** Offset of the u64 end of the query in ns, {@link #UNDEF_TIMESTAMP} when open. */
    public static final int END_OFFSET = 34;
    /** Offset of the u64 record limit, 0 for none. */
    public static final int LIMIT_OFFSET = 42;
    /** Offset of the u8 input symbology type. */
    public static final int STYPE_IN_OFFSET = 50;
    /** Offset of the u8 output symbology type. */
    public static final int STYPE_OUT_OFFSET = 51;
    /** Offset of the u8 flag telling whether every record carries a trailing 8-byte {@code ts_out}. */
    public static final int TS_OUT_OFFSET = 52;
    /** Offset of the u16 width of every symbol cstr in the metadata. */
    public static final int SYMBOL_CSTR_LEN_OFFSET = 53;
    /** Offset of the reserved bytes. */
    public static final int METADATA_RESERVED_OFFSET = 55;
    /** Number of reserved bytes in version 2 metadata. */
    public static final int METADATA_RESERVED_LENGTH = 53;
    /** Offset of the u32 length of the schema definition that follows it. */
    public static final int SCHEMA_DEFINITION_LENGTH_OFFSET = 108;
    /** Offset of the first variable-length part (the schema definition, then the symbol lists). */
    public static final int METADATA_VARIABLE_OFFSET = 112;
    /** Smallest valid metadata length: the fixed part after the prefix. */
    public static final int METADATA_FIXED_LENGTH = METADATA_VARIABLE_OFFSET - PREFIX_LENGTH;
    /** Width of symbol cstrs in version 2 ({@code SYMBOL_CSTR_LEN_V2}). */
    public static final int SYMBOL_CSTR_LEN_V2 = 71;

    /** Schema value meaning the stream mixes schemas. */
    public static final int SCHEMA_MIXED = 0xFFFF;
    /** Schema: market by order. */
    public static final int SCHEMA_MBO = 0;
    /** Schema: market by price, top level. */
    public static final int SCHEMA_MBP_1 = 1;
    /** Schema: market by price, 10 levels. */
    public static final int SCHEMA_MBP_10 = 2;
    /** Schema: trades with the top of book before each trade (records of rtype {@link #RTYPE_MBP_1}). */
    public static final int SCHEMA_TBBO = 3;
    /** Schema: trades. */
    public static final int SCHEMA_TRADES = 4;
    /** Schema: 1-second bars. */
    public static final int SCHEMA_OHLCV_1S = 5;
    /** Schema: 1-minute bars. */
    public static final int SCHEMA_OHLCV_1M = 6;
    /** Schema: 1-hour bars. */
    public static final int SCHEMA_OHLCV_1H = 7;
    /** Schema: daily bars by UTC day. */
    public static final int SCHEMA_OHLCV_1D = 8;
    /** Schema: instrument definitions. */
    public static final int SCHEMA_DEFINITION = 9;
    /** Schema: venue statistics. */
    public static final int SCHEMA_STATISTICS = 10;
    /** Schema: trading status. */
    public static final int SCHEMA_STATUS = 11;
    /** Schema: auction imbalance. */
    public static final int SCHEMA_IMBALANCE = 12;
    /** Schema: daily bars by trading session. */
    public static final int SCHEMA_OHLCV_EOD = 13;

    /** Symbology type: Databento instrument id. */
    public static final int STYPE_INSTRUMENT_ID = 0;
    /** Symbology type: the publisher's raw symbol. */
    public static final int STYPE_RAW_SYMBOL = 1;
    /** Symbology type: the deprecated smart symbology. */
    public static final int STYPE_SMART = 2;
    /** Symbology type: continuous contract. */
    public static final int STYPE_CONTINUOUS = 3;
    /** Symbology type: parent symbol. */
    public static final int STYPE_PARENT = 4;

    // ---------------------------------------------------------------------------------------------------------------
    // Record header, rtypes, flags and codes
    // ---------------------------------------------------------------------------------------------------------------

    /** Offset of the u8 record length in 4-byte words. */
    public static final int LENGTH_OFFSET = 0;
    /** Offset of the u8 record type. */
    public static final int RTYPE_OFFSET = 1;
    /** Offset of the u16 publisher id. */
    public static final int PUBLISHER_ID_OFFSET = 2;
    /** Offset of the u32 instrument id. */
    public static final int INSTRUMENT_ID_OFFSET = 4;
    /** Offset of the u64 event timestamp. */
    public static final int TS_EVENT_OFFSET = 8;
    /** Length of the record header. */
    public static final int HEADER_LENGTH = 16;
    /** Bytes per unit of the header's length field. */
    public static final int LENGTH_MULTIPLIER = 4;
    /** Longest record the length byte can describe. */
    public static final int MAX_RECORD_LENGTH = 255 * LENGTH_MULTIPLIER;

    /** Record type of a trade ({@code MBP-0}). */
    public static final int RTYPE_MBP_0 = 0x00;
    /** Record type of a top-of-book update or a TBBO trade. */
    public static final int RTYPE_MBP_1 = 0x01;
    /** Record type of a 10-level book update. */
    public static final int RTYPE_MBP_10 = 0x0A;
    /** Record type of a trading status update. */
    public static final int RTYPE_STATUS = 0x12;
    /** Record type of an instrument definition. */
    public static final int RTYPE_INSTRUMENT_DEF = 0x13;
    /** Record type of an auction imbalance. */
    public static final int RTYPE_IMBALANCE = 0x14;
    /** Record type of a live gateway error. */
    public static final int RTYPE_ERROR = 0x15;
    /** Record type of a symbol mapping. */
    public static final int RTYPE_SYMBOL_MAPPING = 0x16;
    /** Record type of a live gateway system message or heartbeat. */
    public static final int RTYPE_SYSTEM = 0x17;
    /** Record type of a statistic. */
    public static final int RTYPE_STATISTICS = 0x18;
    /** Record type of a 1-second bar. */
    public static final int RTYPE_OHLCV_1S = 0x20;
    /** Record type of a 1-minute bar. */
    public static final int RTYPE_OHLCV_1M = 0x21;
    /** Record type of a 1-hour bar. */
    public static final int RTYPE_OHLCV_1H = 0x22;
    /** Record type of a daily bar by UTC day. */
    public static final int RTYPE_OHLCV_1D = 0x23;
    /** Record type of a daily bar by trading session. */
    public static final int RTYPE_OHLCV_EOD = 0x24;
    /** Record type of a market-by-order event. */
    public static final int RTYPE_MBO = 0xA0;

    /** Flag: last record of an event for its instrument; the book is consistent after it. */
    public static final int FLAG_LAST = 1 << 7;
    /** Flag: top-of-book message, not an individual order. */
    public static final int FLAG_TOB = 1 << 6;
    /** Flag: the record comes from a replay or snapshot. */
    public static final int FLAG_SNAPSHOT = 1 << 5;
    /** Flag: aggregated price level, not an individual order. */
    public static final int FLAG_MBP = 1 << 4;
    /** Flag: {@code ts_recv} is inaccurate (clock issue or reordering). */
    public static final int FLAG_BAD_TS_RECV = 1 << 3;
    /** Flag: an unrecoverable gap was detected in the channel. */
    public static final int FLAG_MAYBE_BAD_BOOK = 1 << 2;

    /** Action: an order was added. */
    public static final byte ACTION_ADD = 'A';
    /** Action: an order was cancelled (fully or partly). */
    public static final byte ACTION_CANCEL = 'C';
    /** Action: an order was modified. */
    public static final byte ACTION_MODIFY = 'M';
    /** Action: the book was cleared. */
    public static final byte ACTION_CLEAR = 'R';
    /** Action: an aggressing order traded. */
    public static final byte ACTION_TRADE = 'T';
    /** Action: a resting order was filled. */
    public static final byte ACTION_FILL = 'F';
    /** Action: no action (for example a status-only record). */
    public static final byte ACTION_NONE = 'N';

    /** Side: ask (sell). */
    public static final byte SIDE_ASK = 'A';
    /** Side: bid (buy). */
    public static final byte SIDE_BID = 'B';
    /** Side: none or unknown. */
    public static final byte SIDE_NONE = 'N';

    // ---------------------------------------------------------------------------------------------------------------
    // Record bodies
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Market-by-order record {@link #RTYPE_MBO}.
     * <pre>
     *   16         24      32     36      37        38       39     40        48             52
     *   +----------+-------+------+-------+---------+--------+------+---------+--------------+----------+
     *   | order id | price | size | flags | channel | action | side | ts_recv | ts_in_delta  | sequence |
     *   |   u64    |  i64  | u32  |  u8   |   u8    |  char  | char |   u64   |     i32      |   u32    |
     *   +----------+-------+------+-------+---------+--------+------+---------+--------------+----------+
     * </pre>
     */
    public static final int MBO_LENGTH = 56;
    /** Offset of the u64 order id. */
    public static final int MBO_ORDER_ID_OFFSET = 16;
    /** Offset of the i64 price. */
    public static final int MBO_PRICE_OFFSET = 24;
    /** Offset of the u32 size. */
    public static final int MBO_SIZE_OFFSET = 32;
    /** Offset of the u8 flags. */
    public static final int MBO_FLAGS_OFFSET = 36;
    /** Offset of the u8 channel id. */
    public static final int MBO_CHANNEL_ID_OFFSET = 37;
    /** Offset of the action character. */
    public static final int MBO_ACTION_OFFSET = 38;
    /** Offset of the side character. */
    public static final int MBO_SIDE_OFFSET = 39;
    /** Offset of the u64 capture-server receive time. */
    public static final int MBO_TS_RECV_OFFSET = 40;
    /** Offset of the i32 {@code ts_recv} minus the venue's send time. */
    public static final int MBO_TS_IN_DELTA_OFFSET = 48;
    /** Offset of the u32 venue sequence number. */
    public static final int MBO_SEQUENCE_OFFSET = 52;

    /**
     * Body shared by trades {@link #RTYPE_MBP_0}, top of book and TBBO {@link #RTYPE_MBP_1} and ten levels
     * {@link #RTYPE_MBP_10}; a trade ends at 48, the others append 1 or 10 {@code BidAskPair} levels.
     * <pre>
     *   16      24     28       29     30      31      32        40            44         48
     *   +-------+------+--------+------+-------+-------+---------+-------------+----------+---------------------+
     *   | price | size | action | side | flags | depth | ts_recv | ts_in_delta | sequence | levels[1 or 10] ... |
     *   |  i64  | u32  |  char  | char |  u8   |  u8   |   u64   |     i32     |   u32    | 32 each             |
     *   +-------+------+--------+------+-------+-------+---------+-------------+----------+---------------------+
     * </pre>
     * Each level, offsets from the level start:
     * <pre>
     *   0        8        16       20       24       28
     *   +--------+--------+--------+--------+--------+--------+
     *   | bid_px | ask_px | bid_sz | ask_sz | bid_ct | ask_ct |
     *   |  i64   |  i64   |  u32   |  u32   |  u32   |  u32   |
     *   +--------+--------+--------+--------+--------+--------+
     * </pre>
     */
    public static final int TRADE_LENGTH = 48;
    /** Offset of the i64 price of the event. */
    public static final int MBP_PRICE_OFFSET = 16;
    /** Offset of the u32 size of the event. */
    public static final int MBP_SIZE_OFFSET = 24;
    /** Offset of the action character. */
    public static final int MBP_ACTION_OFFSET = 28;
    /** Offset of the side character. */
    public static final int MBP_SIDE_OFFSET = 29;
    /** Offset of the u8 flags. */
    public static final int MBP_FLAGS_OFFSET = 30;
    /** Offset of the u8 book level the event touched. */
    public static final int MBP_DEPTH_OFFSET = 31;
    /** Offset of the u64 capture-server receive time. */
    public static final int MBP_TS_RECV_OFFSET = 32;
    /** Offset of the i32 {@code ts_recv} minus the venue's send time. */
    public static final int MBP_TS_IN_DELTA_OFFSET = 40;
    /** Offset of the u32 venue sequence number. */
    public static final int MBP_SEQUENCE_OFFSET = 44;
    /** Offset of the first level of an MBP-1 or MBP-10 record. */
    public static final int MBP_LEVELS_OFFSET = 48;
    /** Length of one bid/ask level. */
    public static final int LEVEL_LENGTH = 32;
    /** Offset in a level of the i64 bid price. */
    public static final int LEVEL_BID_PX_OFFSET = 0;
    /** Offset in a level of the i64 ask price. */
    public static final int LEVEL_ASK_PX_OFFSET = 8;
    /** Offset in a level of the u32 bid size. */
    public static final int LEVEL_BID_SZ_OFFSET = 16;
    /** Offset in a level of the u32 ask size. */
    public static final int LEVEL_ASK_SZ_OFFSET = 20;
    /** Offset in a level of the u32 bid order count. */
    public static final int LEVEL_BID_CT_OFFSET = 24;
    /** Offset in a level of the u32 ask order count. */
    public static final int LEVEL_ASK_CT_OFFSET = 28;
    /** Length of an MBP-1 or TBBO record. */
    public static final int MBP_1_LENGTH = MBP_LEVELS_OFFSET + LEVEL_LENGTH;
    /** Number of levels in an MBP-10 record. */
    public static final int MBP_10_LEVEL_COUNT = 10;
    /** Length of an MBP-10 record. */
    public static final int MBP_10_LENGTH = MBP_LEVELS_OFFSET + MBP_10_LEVEL_COUNT * LEVEL_LENGTH;

    /**
     * Bar records {@link #RTYPE_OHLCV_1S} to {@link #RTYPE_OHLCV_EOD}; {@code ts_event} is the bar's open time.
     * <pre>
     *   16     24     32     40      48
     *   +------+------+------+-------+--------+
     *   | open | high | low  | close | volume |
     *   | i64  | i64  | i64  |  i64  |  u64   |
     *   +------+------+------+-------+--------+
     * </pre>
     */
    public static final int OHLCV_LENGTH = 56;
    /** Offset of the i64 open price. */
    public static final int OHLCV_OPEN_OFFSET = 16;
    /** Offset of the i64 high price. */
    public static final int OHLCV_HIGH_OFFSET = 24;
    /** Offset of the i64 low price. */
    public static final int OHLCV_LOW_OFFSET = 32;
    /** Offset of the i64 close price. */
    public static final int OHLCV_CLOSE_OFFSET = 40;
    /** Offset of the u64 volume. */
    public static final int OHLCV_VOLUME_OFFSET = 48;

    /**
     * Trading status record {@link #RTYPE_STATUS}.
     * <pre>
     *   16        24       26       28              30          31          32                33
     *   +---------+--------+--------+---------------+-----------+-----------+-----------------+----------+
     *   | ts_recv | action | reason | trading event | is        | is        | is short sell   | reserved |
     *   |         |        |        |               | trading   | quoting   | restricted      |          |
     *   |   u64   |  u16   |  u16   |      u16      | char      | char      | char            |    7     |
     *   +---------+--------+--------+---------------+-----------+-----------+-----------------+----------+
     * </pre>
     * The three {@code is_*} characters are {@code 'Y'}, {@code 'N'} or {@code '~'} (not available).
     */
    public static final int STATUS_LENGTH = 40;
    /** Offset of the u64 capture-server receive time. */
    public static final int STATUS_TS_RECV_OFFSET = 16;
    /** Offset of the u16 status action. */
    public static final int STATUS_ACTION_OFFSET = 24;
    /** Offset of the u16 status reason. */
    public static final int STATUS_REASON_OFFSET = 26;
    /** Offset of the u16 trading event. */
    public static final int STATUS_TRADING_EVENT_OFFSET = 28;
    /** Offset of the is-trading character. */
    public static final int STATUS_IS_TRADING_OFFSET = 30;
    /** Offset of the is-quoting character. */
    public static final int STATUS_IS_QUOTING_OFFSET = 31;
    /** Offset of the is-short-sell-restricted character. */
    public static final int STATUS_IS_SHORT_SELL_RESTRICTED_OFFSET = 32;

    /**
     * Auction imbalance record {@link #RTYPE_IMBALANCE}.
     * <pre>
     *   16        24          32             40                 48                    56            64
     *   +---------+-----------+--------------+------------------+---------------------+-------------+-------------+
     *   | ts_recv | ref_price | auction_time | cont_book_clr_px | auct_interest_clr_px| ssr_fill_px | ind_match_px|
     *   |   u64   |    i64    |     u64      |       i64        |         i64         |     i64     |     i64     |
     *   +---------+-----------+--------------+------------------+---------------------+-------------+-------------+
     *   72             80             88           92                96                 100
     *   +--------------+--------------+------------+-----------------+------------------+--------------+
     *   | upper_collar | lower_collar | paired_qty | total_imbalance | market_imbalance | unpaired_qty |
     *   |     i64      |     i64      |    u32     |   _qty   u32    |   _qty     u32   |     u32      |
     *   +--------------+--------------+------------+-----------------+------------------+--------------+
     *   104            105    106              107             108              109             110              111
     *   +--------------+------+----------------+---------------+----------------+---------------+----------------+----------+
     *   | auction_type | side | auction_status | freeze_status | num_extensions | unpaired_side | significant    | reserved |
     *   |              |      |                |               |                |               | _imbalance     |          |
     *   |     char     | char |       u8       |      u8       |       u8       |     char      |     char       |    1     |
     *   +--------------+------+----------------+---------------+----------------+---------------+----------------+----------+
     * </pre>
     */
    public static final int IMBALANCE_LENGTH = 112;
    /** Offset of the u64 capture-server receive time. */
    public static final int IMBALANCE_TS_RECV_OFFSET = 16;
    /** Offset of the i64 reference price. */
    public static final int IMBALANCE_REF_PRICE_OFFSET = 24;
    /** Offset of the u64 auction time. */
    public static final int IMBALANCE_AUCTION_TIME_OFFSET = 32;
    /** Offset of the i64 continuous book clearing price. */
    public static final int IMBALANCE_CONT_BOOK_CLR_PRICE_OFFSET = 40;
    /** Offset of the i64 auction interest clearing price. */
    public static final int IMBALANCE_AUCT_INTEREST_CLR_PRICE_OFFSET = 48;
    /** Offset of the i64 short-sale-restriction filling price. */
    public static final int IMBALANCE_SSR_FILLING_PRICE_OFFSET = 56;
    /** Offset of the i64 indicative match price. */
    public static final int IMBALANCE_IND_MATCH_PRICE_OFFSET = 64;
    /** Offset of the i64 upper collar. */
    public static final int IMBALANCE_UPPER_COLLAR_OFFSET = 72;
    /** Offset of the i64 lower collar. */
    public static final int IMBALANCE_LOWER_COLLAR_OFFSET = 80;
    /** Offset of the u32 paired quantity. */
    public static final int IMBALANCE_PAIRED_QTY_OFFSET = 88;
    /** Offset of the u32 total imbalance quantity. */
    public static final int IMBALANCE_TOTAL_IMBALANCE_QTY_OFFSET = 92;
    /** Offset of the u32 market imbalance quantity. */
    public static final int IMBALANCE_MARKET_IMBALANCE_QTY_OFFSET = 96;
    /** Offset of the u32 unpaired quantity. */
    public static final int IMBALANCE_UNPAIRED_QTY_OFFSET = 100;
    /** Offset of the auction type character. */
    public static final int IMBALANCE_AUCTION_TYPE_OFFSET = 104;
    /** Offset of the side character of the total imbalance. */
    public static final int IMBALANCE_SIDE_OFFSET = 105;
    /** Offset of the u8 auction status. */
    public static final int IMBALANCE_AUCTION_STATUS_OFFSET = 106;
    /** Offset of the u8 freeze status. */
    public static final int IMBALANCE_FREEZE_STATUS_OFFSET = 107;
    /** Offset of the u8 number of extensions. */
    public static final int IMBALANCE_NUM_EXTENSIONS_OFFSET = 108;
    /** Offset of the unpaired side character. */
    public static final int IMBALANCE_UNPAIRED_SIDE_OFFSET = 109;
    /** Offset of the significant imbalance character. */
    public static final int IMBALANCE_SIGNIFICANT_IMBALANCE_OFFSET = 110;

    /**
     * Statistics record {@link #RTYPE_STATISTICS}, version 2 layout (version 3 widened the quantity to i64).
     * <pre>
     *   16        24       32      40         44         48            52          54           56       57      58
     *   +---------+--------+-------+----------+----------+-------------+-----------+------------+--------+-------+----------+
     *   | ts_recv | ts_ref | price | quantity | sequence | ts_in_delta | stat_type | channel_id | update | stat  | reserved |
     *   |         |        |       |          |          |             |           |            | action | flags |          |
     *   |   u64   |  u64   |  i64  |   i32    |   u32    |     i32     |    u16    |    u16     |   u8   |  u8   |    6     |
     *   +---------+--------+-------+----------+----------+-------------+-----------+------------+--------+-------+----------+
     * </pre>
     */
    public static final int STAT_LENGTH = 64;
    /** Offset of the u64 capture-server receive time. */
    public static final int STAT_TS_RECV_OFFSET = 16;
    /** Offset of the u64 reference time of the statistic. */
    public static final int STAT_TS_REF_OFFSET = 24;
    /** Offset of the i64 price statistic. */
    public static final int STAT_PRICE_OFFSET = 32;
    /** Offset of the i32 quantity statistic. */
    public static final int STAT_QUANTITY_OFFSET = 40;
    /** Offset of the u32 venue sequence number. */
    public static final int STAT_SEQUENCE_OFFSET = 44;
    /** Offset of the i32 {@code ts_recv} minus the venue's send time. */
    public static final int STAT_TS_IN_DELTA_OFFSET = 48;
    /** Offset of the u16 statistic type. */
    public static final int STAT_STAT_TYPE_OFFSET = 52;
    /** Offset of the u16 channel id. */
    public static final int STAT_CHANNEL_ID_OFFSET = 54;
    /** Offset of the u8 update action: 1 new, 2 delete. */
    public static final int STAT_UPDATE_ACTION_OFFSET = 56;
    /** Offset of the u8 statistic flags. */
    public static final int STAT_STAT_FLAGS_OFFSET = 57;

    /**
     * Live gateway error record {@link #RTYPE_ERROR}.
     * <pre>
     *   16                 318    319
     *   +------------------+------+---------+
     *   | err (cstr)       | code | is_last |
     *   |       302        |  u8  |   u8    |
     *   +------------------+------+---------+
     * </pre>
     */
    public static final int ERROR_LENGTH = 320;
    /** Offset of the error text. */
    public static final int ERROR_ERR_OFFSET = 16;
    /** Width of the error text. */
    public static final int ERROR_ERR_LENGTH = 302;
    /** Offset of the u8 error code. */
    public static final int ERROR_CODE_OFFSET = 318;
    /** Offset of the u8 flag that is non-zero on the last of several errors. */
    public static final int ERROR_IS_LAST_OFFSET = 319;

    /**
     * Symbol mapping record {@link #RTYPE_SYMBOL_MAPPING}.
     * <pre>
     *   16         17                  88          89                   160        168
     *   +----------+-------------------+-----------+--------------------+----------+--------+
     *   | stype_in | stype_in_symbol   | stype_out | stype_out_symbol   | start_ts | end_ts |
     *   |    u8    |      71           |    u8     |       71           |   u64    |  u64   |
     *   +----------+-------------------+-----------+--------------------+----------+--------+
     * </pre>
     */
    public static final int SYMBOL_MAPPING_LENGTH = 176;
    /** Offset of the u8 input symbology type. */
    public static final int SYMBOL_MAPPING_STYPE_IN_OFFSET = 16;
    /** Offset of the input symbol. */
    public static final int SYMBOL_MAPPING_STYPE_IN_SYMBOL_OFFSET = 17;
    /** Offset of the u8 output symbology type. */
    public static final int SYMBOL_MAPPING_STYPE_OUT_OFFSET = 88;
    /** Offset of the output symbol. */
    public static final int SYMBOL_MAPPING_STYPE_OUT_SYMBOL_OFFSET = 89;
    /** Offset of the u64 start of the mapping interval. */
    public static final int SYMBOL_MAPPING_START_TS_OFFSET = 160;
    /** Offset of the u64 end of the mapping interval. */
    public static final int SYMBOL_MAPPING_END_TS_OFFSET = 168;

    /**
     * Live gateway system record {@link #RTYPE_SYSTEM}, also used for heartbeats.
     * <pre>
     *   16                 319
     *   +------------------+------+
     *   | msg (cstr)       | code |
     *   |       303        |  u8  |
     *   +------------------+------+
     * </pre>
     */
    public static final int SYSTEM_LENGTH = 320;
    /** Offset of the message text. */
    public static final int SYSTEM_MSG_OFFSET = 16;
    /** Width of the message text. */
    public static final int SYSTEM_MSG_LENGTH = 303;
    /** Offset of the u8 system code. */
    public static final int SYSTEM_CODE_OFFSET = 319;

    /**
     * Instrument definition record {@link #RTYPE_INSTRUMENT_DEF}, version 2 layout (400 bytes; version 3 differs).
     * <pre>
     *   16        24            32             40          48          56         64         72            80
     *   +---------+-------------+--------------+-----------+-----------+----------+----------+-------------+
     *   | ts_recv | min_price   | display      | expiration| activation| high     | low      | max_price   |
     *   |         | _increment  | _factor      |           |           | _limit_px| _limit_px| _variation  |
     *   |   u64   |    i64      |     i64      |    u64    |    u64    |   i64    |   i64    |     i64     |
     *   +---------+-------------+--------------+-----------+-----------+----------+----------+-------------+
     *   80            88               96                104        112      120          124         128
     *   +-------------+----------------+-----------------+----------+--------+------------+-----------+-----------+
     *   | trading_ref | unit_of        | min_price_incr  | price    | strike | inst_attrib| underlying| raw       |
     *   | _price      | _measure_qty   | _amount         | _ratio   | _price | _value     | _id       | _instr_id |
     *   |    i64      |      i64       |       i64       |   i64    |  i64   |    i32     |    u32    |    u32    |
     *   +-------------+----------------+-----------------+----------+--------+------------+-----------+-----------+
     *   132            136       140          144        148       152         156          160       164
     *   +--------------+---------+------------+----------+---------+-----------+------------+---------+----------+
     *   | market_depth | market  | market     | max      | min_lot | min_lot   | min_lot    | min     | contract |
     *   | _implied     | _depth  | _segment_id| trade_vol| _size   | _block    | _round_lot | trade_v | _multipl |
     *   |     i32      |   i32   |    u32     |   u32    |   i32   |    i32    |    i32     |   u32   |   i32    |
     *   +--------------+---------+------------+----------+---------+-----------+------------+---------+----------+
     *   168        172           176          178     180        182         184       186       190       194
     *   +----------+-------------+------------+-------+----------+-----------+---------+---------+---------+------------+
     *   | decay    | original    | trading    | appl  | maturity | decay     | channel | currency| settl   | secsubtype |
     *   | _quantity| _contract_sz| _ref_date  | _id   | _year    | _start_dt | _id     |         | currency|            |
     *   |   i32    |    i32      |    u16     |  i16  |   u16    |    u16    |   u16   |    4    |    4    |     6      |
     *   +----------+-------------+------------+-------+----------+-----------+---------+---------+---------+------------+
     *   200          271     292        297     304   311             318               349          370
     *   +------------+-------+----------+-------+-----+---------------+-----------------+------------+--------------+
     *   | raw_symbol | group | exchange | asset | cfi | security_type | unit_of_measure | underlying | strike_price |
     *   |            |       |          |       |     |               |                 |            | _currency    |
     *   |     71     |  21   |    5     |   7   |  7  |       7       |       31        |     21     |      4       |
     *   +------------+-------+----------+-------+-----+---------------+-----------------+------------+--------------+
     *   374        375       376        377      378        379        380      381         382      383
     *   +----------+---------+----------+--------+----------+----------+--------+-----------+--------+----------+
     *   | instr    | match   | md_sec   | main   | price    | settl    | sub    | underlying| sec    | maturity |
     *   | _class   | _algo   | _trading | _fract | _display | _price   | _fract | _product  | update | _month   |
     *   |          |         | _status  |        | _format  | _type    |        |           | _action|          |
     *   |   char   |  char   |    u8    |   u8   |    u8    |    u8    |   u8   |    u8     |  char  |    u8    |
     *   +----------+---------+----------+--------+----------+----------+--------+-----------+--------+----------+
     *   384        385        386           387              388             389         390
     *   +----------+----------+-------------+----------------+---------------+-----------+----------+
     *   | maturity | maturity | user        | contract       | flow_schedule | tick_rule | reserved |
     *   | _day     | _week    | _defined    | _multiplier    | _type         |           |          |
     *   |          |          | _instrument | _unit          |               |           |          |
     *   |    u8    |    u8    |    char     |      i8        |      i8       |    u8     |    10    |
     *   +----------+----------+-------------+----------------+---------------+-----------+----------+
     * </pre>
     */
    public static final int INSTRUMENT_DEF_LENGTH = 400;
    /** Offset of the u64 capture-server receive time. */
    public static final int DEF_TS_RECV_OFFSET = 16;
    /** Offset of the i64 minimum price increment. */
    public static final int DEF_MIN_PRICE_INCREMENT_OFFSET = 24;
    /** Offset of the i64 display factor. */
    public static final int DEF_DISPLAY_FACTOR_OFFSET = 32;
    /** Offset of the u64 expiration time. */
    public static final int DEF_EXPIRATION_OFFSET = 40;
    /** Offset of the u64 activation time. */
    public static final int DEF_ACTIVATION_OFFSET = 48;
    /** Offset of the i64 high limit price. */
    public static final int DEF_HIGH_LIMIT_PRICE_OFFSET = 56;
    /** Offset of the i64 low limit price. */
    public static final int DEF_LOW_LIMIT_PRICE_OFFSET = 64;
    /** Offset of the i64 maximum price variation. */
    public static final int DEF_MAX_PRICE_VARIATION_OFFSET = 72;
    /** Offset of the i64 trading reference price. */
    public static final int DEF_TRADING_REFERENCE_PRICE_OFFSET = 80;
    /** Offset of the i64 unit of measure quantity. */
    public static final int DEF_UNIT_OF_MEASURE_QTY_OFFSET = 88;
    /** Offset of the i64 minimum price increment amount. */
    public static final int DEF_MIN_PRICE_INCREMENT_AMOUNT_OFFSET = 96;
    /** Offset of the i64 price ratio. */
    public static final int DEF_PRICE_RATIO_OFFSET = 104;
    /** Offset of the i64 strike price (moved here in version 2). */
    public static final int DEF_STRIKE_PRICE_OFFSET = 112;
    /** Offset of the i32 instrument attribute bitmap. */
    public static final int DEF_INST_ATTRIB_VALUE_OFFSET = 120;
    /** Offset of the u32 underlying instrument id. */
    public static final int DEF_UNDERLYING_ID_OFFSET = 124;
    /** Offset of the u32 publisher's instrument id. */
    public static final int DEF_RAW_INSTRUMENT_ID_OFFSET = 128;
    /** Offset of the i32 implied book depth. */
    public static final int DEF_MARKET_DEPTH_IMPLIED_OFFSET = 132;
    /** Offset of the i32 outright book depth. */
    public static final int DEF_MARKET_DEPTH_OFFSET = 136;
    /** Offset of the u32 market segment id. */
    public static final int DEF_MARKET_SEGMENT_ID_OFFSET = 140;
    /** Offset of the u32 maximum trade volume. */
    public static final int DEF_MAX_TRADE_VOL_OFFSET = 144;
    /** Offset of the i32 minimum lot size. */
    public static final int DEF_MIN_LOT_SIZE_OFFSET = 148;
    /** Offset of the i32 minimum block lot size. */
    public static final int DEF_MIN_LOT_SIZE_BLOCK_OFFSET = 152;
    /** Offset of the i32 round lot size. */
    public static final int DEF_MIN_LOT_SIZE_ROUND_LOT_OFFSET = 156;
    /** Offset of the u32 minimum trade volume. */
    public static final int DEF_MIN_TRADE_VOL_OFFSET = 160;
    /** Offset of the i32 contract multiplier. */
    public static final int DEF_CONTRACT_MULTIPLIER_OFFSET = 164;
    /** Offset of the i32 decay quantity. */
    public static final int DEF_DECAY_QUANTITY_OFFSET = 168;
    /** Offset of the i32 original contract size. */
    public static final int DEF_ORIGINAL_CONTRACT_SIZE_OFFSET = 172;
    /** Offset of the u16 trading reference date in days since the epoch. */
    public static final int DEF_TRADING_REFERENCE_DATE_OFFSET = 176;
    /** Offset of the i16 venue channel (application) id. */
    public static final int DEF_APPL_ID_OFFSET = 178;
    /** Offset of the u16 maturity year. */
    public static final int DEF_MATURITY_YEAR_OFFSET = 180;
    /** Offset of the u16 decay start date. */
    public static final int DEF_DECAY_START_DATE_OFFSET = 182;
    /** Offset of the u16 Databento channel id. */
    public static final int DEF_CHANNEL_ID_OFFSET = 184;
    /** Offset of the price currency. */
    public static final int DEF_CURRENCY_OFFSET = 186;
    /** Width of the currency fields. */
    public static final int DEF_CURRENCY_LENGTH = 4;
    /** Offset of the settlement currency. */
    public static final int DEF_SETTL_CURRENCY_OFFSET = 190;
    /** Offset of the security sub-type. */
    public static final int DEF_SECSUBTYPE_OFFSET = 194;
    /** Width of the security sub-type. */
    public static final int DEF_SECSUBTYPE_LENGTH = 6;
    /** Offset of the raw symbol, {@link #SYMBOL_CSTR_LEN_V2} wide. */
    public static final int DEF_RAW_SYMBOL_OFFSET = 200;
    /** Offset of the security group. */
    public static final int DEF_GROUP_OFFSET = 271;
    /** Width of the security group. */
    public static final int DEF_GROUP_LENGTH = 21;
    /** Offset of the exchange. */
    public static final int DEF_EXCHANGE_OFFSET = 292;
    /** Width of the exchange. */
    public static final int DEF_EXCHANGE_LENGTH = 5;
    /** Offset of the asset (product) code. */
    public static final int DEF_ASSET_OFFSET = 297;
    /** Width of the asset code in version 2. */
    public static final int DEF_ASSET_LENGTH = 7;
    /** Offset of the ISO 10962 CFI code. */
    public static final int DEF_CFI_OFFSET = 304;
    /** Width of the CFI code. */
    public static final int DEF_CFI_LENGTH = 7;
    /** Offset of the security type. */
    public static final int DEF_SECURITY_TYPE_OFFSET = 311;
    /** Width of the security type. */
    public static final int DEF_SECURITY_TYPE_LENGTH = 7;
    /** Offset of the unit of measure. */
    public static final int DEF_UNIT_OF_MEASURE_OFFSET = 318;
    /** Width of the unit of measure. */
    public static final int DEF_UNIT_OF_MEASURE_LENGTH = 31;
    /** Offset of the underlying symbol. */
    public static final int DEF_UNDERLYING_OFFSET = 349;
    /** Width of the underlying symbol. */
    public static final int DEF_UNDERLYING_LENGTH = 21;
    /** Offset of the strike price currency. */
    public static final int DEF_STRIKE_PRICE_CURRENCY_OFFSET = 370;
    /** Offset of the instrument class character. */
    public static final int DEF_INSTRUMENT_CLASS_OFFSET = 374;
    /** Offset of the match algorithm character. */
    public static final int DEF_MATCH_ALGORITHM_OFFSET = 375;
    /** Offset of the u8 market data security trading status. */
    public static final int DEF_MD_SECURITY_TRADING_STATUS_OFFSET = 376;
    /** Offset of the u8 main fraction. */
    public static final int DEF_MAIN_FRACTION_OFFSET = 377;
    /** Offset of the u8 price display format. */
    public static final int DEF_PRICE_DISPLAY_FORMAT_OFFSET = 378;
    /** Offset of the u8 settlement price type bitmap. */
    public static final int DEF_SETTL_PRICE_TYPE_OFFSET = 379;
    /** Offset of the u8 sub fraction. */
    public static final int DEF_SUB_FRACTION_OFFSET = 380;
    /** Offset of the u8 underlying product complex. */
    public static final int DEF_UNDERLYING_PRODUCT_OFFSET = 381;
    /** Offset of the security update action character: {@code 'A'} add, {@code 'M'} modify, {@code 'D'} delete. */
    public static final int DEF_SECURITY_UPDATE_ACTION_OFFSET = 382;
    /** Offset of the u8 maturity month. */
    public static final int DEF_MATURITY_MONTH_OFFSET = 383;
    /** Offset of the u8 maturity day. */
    public static final int DEF_MATURITY_DAY_OFFSET = 384;
    /** Offset of the u8 maturity week. */
    public static final int DEF_MATURITY_WEEK_OFFSET = 385;
    /** Offset of the user-defined instrument character. */
    public static final int DEF_USER_DEFINED_INSTRUMENT_OFFSET = 386;
    /** Offset of the i8 contract multiplier unit. */
    public static final int DEF_CONTRACT_MULTIPLIER_UNIT_OFFSET = 387;
    /** Offset of the i8 flow schedule type. */
    public static final int DEF_FLOW_SCHEDULE_TYPE_OFFSET = 388;
    /** Offset of the u8 tick rule. */
    public static final int DEF_TICK_RULE_OFFSET = 389;

    private static final int[] LENGTH_BY_RTYPE = lengthByRtype();

    private DbnDescriptor() {
    }

    /**
     * Gives the layout length of a record type, the least a record of that type must declare.
     *
     * @param rtype a record type byte, 0 to 255.
     * @return the layout length in bytes, or {@code -1} for a record type this package does not decode.
     */
    public static int recordLength(final int rtype) {
        return LENGTH_BY_RTYPE[rtype & 0xFF];
    }

    /**
     * Tells whether a record type is one of the bar types, whose interval the rtype encodes.
     *
     * @param rtype a record type byte.
     * @return {@code true} for {@link #RTYPE_OHLCV_1S} to {@link #RTYPE_OHLCV_EOD}.
     */
    public static boolean isOhlcv(final int rtype) {
        return rtype >= RTYPE_OHLCV_1S && rtype <= RTYPE_OHLCV_EOD;
    }

    private static int[] lengthByRtype() {
        final int[] lengths = new int[256];
        Arrays.fill(lengths, -1);
        lengths[RTYPE_MBP_0] = TRADE_LENGTH;
        lengths[RTYPE_MBP_1] = MBP_1_LENGTH;
        lengths[RTYPE_MBP_10] = MBP_10_LENGTH;
        lengths[RTYPE_STATUS] = STATUS_LENGTH;
        lengths[RTYPE_INSTRUMENT_DEF] = INSTRUMENT_DEF_LENGTH;
        lengths[RTYPE_IMBALANCE] = IMBALANCE_LENGTH;
        lengths[RTYPE_ERROR] = ERROR_LENGTH;
        lengths[RTYPE_SYMBOL_MAPPING] = SYMBOL_MAPPING_LENGTH;
        lengths[RTYPE_SYSTEM] = SYSTEM_LENGTH;
        lengths[RTYPE_STATISTICS] = STAT_LENGTH;
        for (int rtype = RTYPE_OHLCV_1S; rtype <= RTYPE_OHLCV_EOD; rtype++) {
            lengths[rtype] = OHLCV_LENGTH;
        }
        lengths[RTYPE_MBO] = MBO_LENGTH;
        return lengths;
    }
}

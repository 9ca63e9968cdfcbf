package io.fdp.feed.itch;

import java.util.Arrays;

/**
 * Byte layout of every NASDAQ TotalView-ITCH 5.0 message: type bytes, lengths and field offsets.
 *
 * <p>All integers are big-endian and unsigned. Every message starts with the same 11-byte header:
 * <pre>
 *   0      1              3                 5                                11
 *   +------+--------------+-----------------+--------------------------------+
 *   | type | stock locate | tracking number | timestamp (ns since midnight)  |  body ...
 *   |  1   |      2       |        2        |               6                |
 *   +------+--------------+-----------------+--------------------------------+
 * </pre>
 * Alpha fields are left-justified, space-padded ASCII (see {@link ItchAlpha}). {@code Price(4)} fields are 4-byte
 * mantissas with exponent {@link #PRICE_EXPONENT}; {@code Price(8)} fields (MWCB levels only) are 8-byte mantissas
 * with exponent {@link #MWCB_PRICE_EXPONENT}. Each body diagram below gives the offset from the message start above
 * each field and its width in bytes below its name.
 */
public final class ItchDescriptor {
    /** Decimal exponent of {@code Price(4)} fields: a mantissa of 53167 is 5.3167. */
    public static final int PRICE_EXPONENT = -4;
    /** Decimal exponent of the {@code Price(8)} fields of the MWCB decline level message. */
    public static final int MWCB_PRICE_EXPONENT = -8;

    /** Offset of the message type byte. */
    public static final int TYPE_OFFSET = 0;
    /** Offset of the 2-byte stock locate code. */
    public static final int STOCK_LOCATE_OFFSET = 1;
    /** Offset of the 2-byte tracking number. */
    public static final int TRACKING_NUMBER_OFFSET = 3;
    /** Offset of the 6-byte timestamp in nanoseconds since midnight. */
    public static final int TIMESTAMP_OFFSET = 5;
    /** Length of the header common to every message. */
    public static final int HEADER_LENGTH = 11;
    /** Length of the longest message type (NOII). */
    public static final int MAX_MESSAGE_LENGTH = 50;

    /** Width of a stock symbol field. */
    public static final int STOCK_LENGTH = 8;
    /** Width of an MPID or attribution field. */
    public static final int MPID_LENGTH = 4;
    /** Width of the reason field of the stock trading action message. */
    public static final int REASON_LENGTH = 4;
    /** Width of the issue sub-type field of the stock directory message. */
    public static final int ISSUE_SUB_TYPE_LENGTH = 2;

    /** Buy/sell indicator of a buy order. */
    public static final byte SIDE_BUY = 'B';
    /** Buy/sell indicator of a sell order. */
    public static final byte SIDE_SELL = 'S';

    /**
     * System event message type {@code 'S'}.
     * <pre>
     *   11
     *   +------------+
     *   | event code |
     *   |     1      |
     *   +------------+
     * </pre>
     */
    public static final byte SYSTEM_EVENT_TYPE = 'S';
    /** Length of a system event message. */
    public static final int SYSTEM_EVENT_LENGTH = 12;
    /** Offset of the system event code. */
    public static final int SYSTEM_EVENT_EVENT_CODE_OFFSET = 11;

    /**
     * Stock directory message type {@code 'R'}.
     * <pre>
     *   11      19         20          21          25          26               27
     *   +-------+----------+-----------+-----------+-----------+----------------+----------+
     *   | stock | market   | financial | round lot | round     | issue          | issue    |
     *   |       | category | status    | size      | lots only | classification | sub-type |
     *   |   8   |    1     |     1     |     4     |     1     |       1        |    2     |
     *   +-------+----------+-----------+-----------+-----------+----------------+----------+
     *   29             30           31         32           33         34             38
     *   +--------------+------------+----------+------------+----------+--------------+-----------+
     *   | authenticity | short sale | IPO flag | LULD ref.  | ETP flag | ETP leverage | inverse   |
     *   |              | threshold  |          | price tier |          | factor       | indicator |
     *   |      1       |     1      |    1     |     1      |    1     |      4       |     1     |
     *   +--------------+------------+----------+------------+----------+--------------+-----------+
     * </pre>
     */
    public static final byte STOCK_DIRECTORY_TYPE = 'R';
    /** Length of a stock directory message. */
    public static final int STOCK_DIRECTORY_LENGTH = 39;
    /** Offset of the stock symbol. */
    public static final int STOCK_DIRECTORY_STOCK_OFFSET = 11;
    /** Offset of the market category. */
    public static final int STOCK_DIRECTORY_MARKET_CATEGORY_OFFSET = 19;
    /** Offset of the financial status indicator. */
    public static final int STOCK_DIRECTORY_FINANCIAL_STATUS_INDICATOR_OFFSET = 20;
    /** Offset of the 4-byte round lot size. */
    public static final int STOCK_DIRECTORY_ROUND_LOT_SIZE_OFFSET = 21;
    /** Offset of the round lots only flag. */
    public static final int STOCK_DIRECTORY_ROUND_LOTS_ONLY_OFFSET = 25;
    /** Offset of the issue classification. */
    public static final int STOCK_DIRECTORY_ISSUE_CLASSIFICATION_OFFSET = 26;
    /** Offset of the 2-byte alpha issue sub-type. */
    public static final int STOCK_DIRECTORY_ISSUE_SUB_TYPE_OFFSET = 27;
    /** Offset of the authenticity flag. */
    public static final int STOCK_DIRECTORY_AUTHENTICITY_OFFSET = 29;
    /** Offset of the short sale threshold indicator. */
    public static final int STOCK_DIRECTORY_SHORT_SALE_THRESHOLD_INDICATOR_OFFSET = 30;
    /** Offset of the IPO flag. */
    public static final int STOCK_DIRECTORY_IPO_FLAG_OFFSET = 31;
    /** Offset of the LULD reference price tier. */
    public static final int STOCK_DIRECTORY_LULD_REFERENCE_PRICE_TIER_OFFSET = 32;
    /** Offset of the ETP flag. */
    public static final int STOCK_DIRECTORY_ETP_FLAG_OFFSET = 33;
    /** Offset of the 4-byte ETP leverage factor. */
    public static final int STOCK_DIRECTORY_ETP_LEVERAGE_FACTOR_OFFSET = 34;
    /** Offset of the inverse indicator. */
    public static final int STOCK_DIRECTORY_INVERSE_INDICATOR_OFFSET = 38;

    /**
     * Stock trading action message type {@code 'H'}.
     * <pre>
     *   11      19              20         21
     *   +-------+---------------+----------+--------+
     *   | stock | trading state | reserved | reason |
     *   |   8   |       1       |    1     |   4    |
     *   +-------+---------------+----------+--------+
     * </pre>
     */
    public static final byte STOCK_TRADING_ACTION_TYPE = 'H';
    /** Length of a stock trading action message. */
    public static final int STOCK_TRADING_ACTION_LENGTH = 25;
    /** Offset of the stock symbol. */
    public static final int STOCK_TRADING_ACTION_STOCK_OFFSET = 11;
    /** Offset of the trading state. */
    public static final int STOCK_TRADING_ACTION_TRADING_STATE_OFFSET = 19;
    /** Offset of the reserved byte. */
    public static final int STOCK_TRADING_ACTION_RESERVED_OFFSET = 20;
    /** Offset of the 4-byte alpha trading action reason. */
    public static final int STOCK_TRADING_ACTION_REASON_OFFSET = 21;

    /**
     * Reg SHO short sale price test restricted indicator message type {@code 'Y'}.
     * <pre>
     *   11      19
     *   +-------+----------------+
     *   | stock | Reg SHO action |
     *   |   8   |       1        |
     *   +-------+----------------+
     * </pre>
     */
    public static final byte REG_SHO_RESTRICTION_TYPE = 'Y';
    /** Length of a Reg SHO restriction message. */
    public static final int REG_SHO_RESTRICTION_LENGTH = 20;
    /** Offset of the stock symbol. */
    public static final int REG_SHO_RESTRICTION_STOCK_OFFSET = 11;
    /** Offset of the Reg SHO action. */
    public static final int REG_SHO_RESTRICTION_ACTION_OFFSET = 19;

    /**
     * Market participant position message type {@code 'L'}.
     * <pre>
     *   11     15      23             24             25
     *   +------+-------+--------------+--------------+--------------------+
     *   | MPID | stock | primary      | market maker | market participant |
     *   |      |       | market maker | mode         | state              |
     *   |  4   |   8   |      1       |      1       |         1          |
     *   +------+-------+--------------+--------------+--------------------+
     * </pre>
     */
    public static final byte MARKET_PARTICIPANT_POSITION_TYPE = 'L';
    /** Length of a market participant position message. */
    public static final int MARKET_PARTICIPANT_POSITION_LENGTH = 26;
    /** Offset of the 4-byte alpha MPID. */
    public static final int MARKET_PARTICIPANT_POSITION_MPID_OFFSET = 11;
    /** Offset of the stock symbol. */
    public static final int MARKET_PARTICIPANT_POSITION_STOCK_OFFSET = 15;
    /** Offset of the primary market maker flag. */
    public static final int MARKET_PARTICIPANT_POSITION_PRIMARY_MARKET_MAKER_OFFSET = 23;
    /** Offset of the market maker mode. */
    public static final int MARKET_PARTICIPANT_POSITION_MARKET_MAKER_MODE_OFFSET = 24;
    /** Offset of the market participant state. */
    public static final int MARKET_PARTICIPANT_POSITION_STATE_OFFSET = 25;

    /**
     * MWCB decline level message type {@code 'V'}; its levels are {@code Price(8)}.
     * <pre>
     *   11        19        27
     *   +---------+---------+---------+
     *   | level 1 | level 2 | level 3 |
     *   |    8    |    8    |    8    |
     *   +---------+---------+---------+
     * </pre>
     */
    public static final byte MWCB_DECLINE_LEVEL_TYPE = 'V';
    /** Length of an MWCB decline level message. */
    public static final int MWCB_DECLINE_LEVEL_LENGTH = 35;
    /** Offset of the 8-byte level 1 price. */
    public static final int MWCB_DECLINE_LEVEL_LEVEL_1_OFFSET = 11;
    /** Offset of the 8-byte level 2 price. */
    public static final int MWCB_DECLINE_LEVEL_LEVEL_2_OFFSET = 19;
    /** Offset of the 8-byte level 3 price. */
    public static final int MWCB_DECLINE_LEVEL_LEVEL_3_OFFSET = 27;

    /**
     * MWCB status message type {@code 'W'}.
     * <pre>
     *   11
     *   +----------------+
     *   | breached level |
     *   |       1        |
     *   +----------------+
     * </pre>
     */
    public static final byte MWCB_STATUS_TYPE = 'W';
    /** Length of an MWCB status message. */
    public static final int MWCB_STATUS_LENGTH = 12;
    /** Offset of the breached level. */
    public static final int MWCB_STATUS_BREACHED_LEVEL_OFFSET = 11;

    /**
     * IPO quoting period update message type {@code 'K'}.
     * <pre>
     *   11      19                  23                  24
     *   +-------+-------------------+-------------------+-----------+
     *   | stock | quotation release | quotation release | IPO price |
     *   |       | time (s)          | qualifier         |           |
     *   |   8   |         4         |         1         |     4     |
     *   +-------+-------------------+-------------------+-----------+
     * </pre>
     */
    public static final byte IPO_QUOTING_PERIOD_UPDATE_TYPE = 'K';
    /** Length of an IPO quoting period update message. */
    public static final int IPO_QUOTING_PERIOD_UPDATE_LENGTH = 28;
    /** Offset of the stock symbol. */
    public static final int IPO_QUOTING_PERIOD_UPDATE_STOCK_OFFSET = 11;
    /** Offset of the 4-byte quotation release time in seconds since midnight. */
    public static final int IPO_QUOTING_PERIOD_UPDATE_RELEASE_TIME_OFFSET = 19;
    /** Offset of the quotation release qualifier. */
    public static final int IPO_QUOTING_PERIOD_UPDATE_RELEASE_QUALIFIER_OFFSET = 23;
    /** Offset of the 4-byte IPO price. */
    public static final int IPO_QUOTING_PERIOD_UPDATE_IPO_PRICE_OFFSET = 24;

    /**
     * LULD auction collar message type {@code 'J'}.
     * <pre>
     *   11      19                23             27             31
     *   +-------+-----------------+--------------+--------------+-----------+
     *   | stock | reference price | upper collar | lower collar | collar    |
     *   |       |                 | price        | price        | extension |
     *   |   8   |        4        |      4       |      4       |     4     |
     *   +-------+-----------------+--------------+--------------+-----------+
     * </pre>
     */
    public static final byte LULD_AUCTION_COLLAR_TYPE = 'J';
    /** Length of a LULD auction collar message. */
    public static final int LULD_AUCTION_COLLAR_LENGTH = 35;
    /** Offset of the stock symbol. */
    public static final int LULD_AUCTION_COLLAR_STOCK_OFFSET = 11;
    /** Offset of the 4-byte auction collar reference price. */
    public static final int LULD_AUCTION_COLLAR_REFERENCE_PRICE_OFFSET = 19;
    /** Offset of the 4-byte upper auction collar price. */
    public static final int LULD_AUCTION_COLLAR_UPPER_PRICE_OFFSET = 23;
    /** Offset of the 4-byte lower auction collar price. */
    public static final int LULD_AUCTION_COLLAR_LOWER_PRICE_OFFSET = 27;
    /** Offset of the 4-byte auction collar extension count. */
    public static final int LULD_AUCTION_COLLAR_EXTENSION_OFFSET = 31;

    /**
     * Operational halt message type {@code 'h'}.
     * <pre>
     *   11      19            20
     *   +-------+-------------+-------------+
     *   | stock | market code | operational |
     *   |       |             | halt action |
     *   |   8   |      1      |      1      |
     *   +-------+-------------+-------------+
     * </pre>
     */
    public static final byte OPERATIONAL_HALT_TYPE = 'h';
    /** Length of an operational halt message. */
    public static final int OPERATIONAL_HALT_LENGTH = 21;
    /** Offset of the stock symbol. */
    public static final int OPERATIONAL_HALT_STOCK_OFFSET = 11;
    /** Offset of the market code. */
    public static final int OPERATIONAL_HALT_MARKET_CODE_OFFSET = 19;
    /** Offset of the operational halt action. */
    public static final int OPERATIONAL_HALT_ACTION_OFFSET = 20;

    /**
     * Add order (no MPID attribution) message type {@code 'A'}.
     * <pre>
     *   11                19         20       24      32
     *   +-----------------+----------+--------+-------+-------+
     *   | order reference | buy/sell | shares | stock | price |
     *   | number          |          |        |       |       |
     *   |        8        |    1     |   4    |   8   |   4   |
     *   +-----------------+----------+--------+-------+-------+
     * </pre>
     */
    public static final byte ADD_ORDER_TYPE = 'A';
    /** Length of an add order message. */
    public static final int ADD_ORDER_LENGTH = 36;
    /** Offset of the 8-byte order reference number. */
    public static final int ADD_ORDER_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the buy/sell indicator. */
    public static final int ADD_ORDER_SIDE_OFFSET = 19;
    /** Offset of the 4-byte share count. */
    public static final int ADD_ORDER_SHARES_OFFSET = 20;
    /** Offset of the stock symbol. */
    public static final int ADD_ORDER_STOCK_OFFSET = 24;
    /** Offset of the 4-byte price. */
    public static final int ADD_ORDER_PRICE_OFFSET = 32;

    /**
     * Add order with MPID attribution message type {@code 'F'}.
     * <pre>
     *   11                19         20       24      32      36
     *   +-----------------+----------+--------+-------+-------+-------------+
     *   | order reference | buy/sell | shares | stock | price | attribution |
     *   | number          |          |        |       |       |             |
     *   |        8        |    1     |   4    |   8   |   4   |      4      |
     *   +-----------------+----------+--------+-------+-------+-------------+
     * </pre>
     */
    public static final byte ADD_ORDER_MPID_TYPE = 'F';
    /** Length of an add order with MPID attribution message. */
    public static final int ADD_ORDER_MPID_LENGTH = 40;
    /** Offset of the 8-byte order reference number. */
    public static final int ADD_ORDER_MPID_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the buy/sell indicator. */
    public static final int ADD_ORDER_MPID_SIDE_OFFSET = 19;
    /** Offset of the 4-byte share count. */
    public static final int ADD_ORDER_MPID_SHARES_OFFSET = 20;
    /** Offset of the stock symbol. */
    public static final int ADD_ORDER_MPID_STOCK_OFFSET = 24;
    /** Offset of the 4-byte price. */
    public static final int ADD_ORDER_MPID_PRICE_OFFSET = 32;
    /** Offset of the 4-byte alpha MPID attribution. */
    public static final int ADD_ORDER_MPID_ATTRIBUTION_OFFSET = 36;

    /**
     * Order executed message type {@code 'E'}.
     * <pre>
     *   11                19         23
     *   +-----------------+----------+--------------+
     *   | order reference | executed | match number |
     *   | number          | shares   |              |
     *   |        8        |    4     |      8       |
     *   +-----------------+----------+--------------+
     * </pre>
     */
    public static final byte ORDER_EXECUTED_TYPE = 'E';
    /** Length of an order executed message. */
    public static final int ORDER_EXECUTED_LENGTH = 31;
    /** Offset of the 8-byte order reference number. */
    public static final int ORDER_EXECUTED_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the 4-byte executed share count. */
    public static final int ORDER_EXECUTED_EXECUTED_SHARES_OFFSET = 19;
    /** Offset of the 8-byte match number. */
    public static final int ORDER_EXECUTED_MATCH_NUMBER_OFFSET = 23;

    /**
     * Order executed with price message type {@code 'C'}.
     * <pre>
     *   11                19         23             31          32
     *   +-----------------+----------+--------------+-----------+-----------+
     *   | order reference | executed | match number | printable | execution |
     *   | number          | shares   |              |           | price     |
     *   |        8        |    4     |      8       |     1     |     4     |
     *   +-----------------+----------+--------------+-----------+-----------+
     * </pre>
     */
    public static final byte ORDER_EXECUTED_WITH_PRICE_TYPE = 'C';
    /** Length of an order executed with price message. */
    public static final int ORDER_EXECUTED_WITH_PRICE_LENGTH = 36;
    /** Offset of the 8-byte order reference number. */
    public static final int ORDER_EXECUTED_WITH_PRICE_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the 4-byte executed share count. */
    public static final int ORDER_EXECUTED_WITH_PRICE_EXECUTED_SHARES_OFFSET = 19;
    /** Offset of the 8-byte match number. */
    public static final int ORDER_EXECUTED_WITH_PRICE_MATCH_NUMBER_OFFSET = 23;
    /** Offset of the printable flag. */
    public static final int ORDER_EXECUTED_WITH_PRICE_PRINTABLE_OFFSET = 31;
    /** Offset of the 4-byte execution price. */
    public static final int ORDER_EXECUTED_WITH_PRICE_EXECUTION_PRICE_OFFSET = 32;

    /**
     * Order cancel message type {@code 'X'}.
     * <pre>
     *   11                19
     *   +-----------------+-----------+
     *   | order reference | cancelled |
     *   | number          | shares    |
     *   |        8        |     4     |
     *   +-----------------+-----------+
     * </pre>
     */
    public static final byte ORDER_CANCEL_TYPE = 'X';
    /** Length of an order cancel message. */
    public static final int ORDER_CANCEL_LENGTH = 23;
    /** Offset of the 8-byte order reference number. */
    public static final int ORDER_CANCEL_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the 4-byte cancelled share count. */
    public static final int ORDER_CANCEL_CANCELLED_SHARES_OFFSET = 19;

    /**
     * Order delete message type {@code 'D'}.
     * <pre>
     *   11
     *   +-----------------+
     *   | order reference |
     *   | number          |
     *   |        8        |
     *   +-----------------+
     * </pre>
     */
    public static final byte ORDER_DELETE_TYPE = 'D';
    /** Length of an order delete message. */
    public static final int ORDER_DELETE_LENGTH = 19;
    /** Offset of the 8-byte order reference number. */
    public static final int ORDER_DELETE_ORDER_REFERENCE_NUMBER_OFFSET = 11;

    /**
     * Order replace message type {@code 'U'}.
     * <pre>
     *   11                 19                 27       31
     *   +------------------+------------------+--------+-------+
     *   | original order   | new order        | shares | price |
     *   | reference number | reference number |        |       |
     *   |        8         |        8         |   4    |   4   |
     *   +------------------+------------------+--------+-------+
     * </pre>
     */
    public static final byte ORDER_REPLACE_TYPE = 'U';
    /** Length of an order replace message. */
    public static final int ORDER_REPLACE_LENGTH = 35;
    /** Offset of the 8-byte original order reference number. */
    public static final int ORDER_REPLACE_ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the 8-byte new order reference number. */
    public static final int ORDER_REPLACE_NEW_ORDER_REFERENCE_NUMBER_OFFSET = 19;
    /** Offset of the 4-byte share count of the new order. */
    public static final int ORDER_REPLACE_SHARES_OFFSET = 27;
    /** Offset of the 4-byte price of the new order. */
    public static final int ORDER_REPLACE_PRICE_OFFSET = 31;

    /**
     * Trade (non-cross) message type {@code 'P'}.
     * <pre>
     *   11                19         20       24      32      36
     *   +-----------------+----------+--------+-------+-------+--------------+
     *   | order reference | buy/sell | shares | stock | price | match number |
     *   | number          |          |        |       |       |              |
     *   |        8        |    1     |   4    |   8   |   4   |      8       |
     *   +-----------------+----------+--------+-------+-------+--------------+
     * </pre>
     */
    public static final byte TRADE_TYPE = 'P';
    /** Length of a trade message. */
    public static final int TRADE_LENGTH = 44;
    /** Offset of the 8-byte order reference number. */
    public static final int TRADE_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of the buy/sell indicator. */
    public static final int TRADE_SIDE_OFFSET = 19;
    /** Offset of the 4-byte share count. */
    public static final int TRADE_SHARES_OFFSET = 20;
    /** Offset of the stock symbol. */
    public static final int TRADE_STOCK_OFFSET = 24;
    /** Offset of the 4-byte price. */
    public static final int TRADE_PRICE_OFFSET = 32;
    /** Offset of the 8-byte match number. */
    public static final int TRADE_MATCH_NUMBER_OFFSET = 36;

    /**
     * Cross trade message type {@code 'Q'}.
     * <pre>
     *   11       19      27            31             39
     *   +--------+-------+-------------+--------------+------------+
     *   | shares | stock | cross price | match number | cross type |
     *   |   8    |   8   |      4      |      8       |     1      |
     *   +--------+-------+-------------+--------------+------------+
     * </pre>
     */
    public static final byte CROSS_TRADE_TYPE = 'Q';
    /** Length of a cross trade message. */
    public static final int CROSS_TRADE_LENGTH = 40;
    /** Offset of the 8-byte share count. */
    public static final int CROSS_TRADE_SHARES_OFFSET = 11;
    /** Offset of the stock symbol. */
    public static final int CROSS_TRADE_STOCK_OFFSET = 19;
    /** Offset of the 4-byte cross price. */
    public static final int CROSS_TRADE_CROSS_PRICE_OFFSET = 27;
    /** Offset of the 8-byte match number. */
    public static final int CROSS_TRADE_MATCH_NUMBER_OFFSET = 31;
    /** Offset of the cross type. */
    public static final int CROSS_TRADE_CROSS_TYPE_OFFSET = 39;

    /**
     * Broken trade message type {@code 'B'}.
     * <pre>
     *   11
     *   +--------------+
     *   | match number |
     *   |      8       |
     *   +--------------+
     * </pre>
     */
    public static final byte BROKEN_TRADE_TYPE = 'B';
    /** Length of a broken trade message. */
    public static final int BROKEN_TRADE_LENGTH = 19;
    /** Offset of the 8-byte match number. */
    public static final int BROKEN_TRADE_MATCH_NUMBER_OFFSET = 11;

    /**
     * Net order imbalance indicator (NOII) message type {@code 'I'}.
     * <pre>
     *   11              19                 27          28      36
     *   +---------------+------------------+-----------+-------+-----------+
     *   | paired shares | imbalance shares | imbalance | stock | far price |
     *   |               |                  | direction |       |           |
     *   |       8       |        8         |     1     |   8   |     4     |
     *   +---------------+------------------+-----------+-------+-----------+
     *   40           44                48           49
     *   +------------+-----------------+------------+-----------------+
     *   | near price | current         | cross type | price variation |
     *   |            | reference price |            | indicator       |
     *   |     4      |        4        |     1      |        1        |
     *   +------------+-----------------+------------+-----------------+
     * </pre>
     */
    public static final byte NOII_TYPE = 'I';
    /** Length of a NOII message. */
    public static final int NOII_LENGTH = 50;
    /** Offset of the 8-byte paired share count. */
    public static final int NOII_PAIRED_SHARES_OFFSET = 11;
    /** Offset of the 8-byte imbalance share count. */
    public static final int NOII_IMBALANCE_SHARES_OFFSET = 19;
    /** Offset of the imbalance direction. */
    public static final int NOII_IMBALANCE_DIRECTION_OFFSET = 27;
    /** Offset of the stock symbol. */
    public static final int NOII_STOCK_OFFSET = 28;
    /** Offset of the 4-byte far price. */
    public static final int NOII_FAR_PRICE_OFFSET = 36;
    /** Offset of the 4-byte near price. */
    public static final int NOII_NEAR_PRICE_OFFSET = 40;
    /** Offset of the 4-byte current reference price. */
    public static final int NOII_CURRENT_REFERENCE_PRICE_OFFSET = 44;
    /** Offset of the cross type. */
    public static final int NOII_CROSS_TYPE_OFFSET = 48;
    /** Offset of the price variation indicator. */
    public static final int NOII_PRICE_VARIATION_INDICATOR_OFFSET = 49;

    /**
     * Retail price improvement indicator (RPII) message type {@code 'N'}.
     * <pre>
     *   11      19
     *   +-------+---------------+
     *   | stock | interest flag |
     *   |   8   |       1       |
     *   +-------+---------------+
     * </pre>
     */
    public static final byte RPII_TYPE = 'N';
    /** Length of an RPII message. */
    public static final int RPII_LENGTH = 20;
    /** Offset of the stock symbol. */
    public static final int RPII_STOCK_OFFSET = 11;
    /** Offset of the interest flag. */
    public static final int RPII_INTEREST_FLAG_OFFSET = 19;

    /**
     * Direct listing with capital raise price discovery (DLCR) message type {@code 'O'}.
     * <pre>
     *   11      19                 20                24
     *   +-------+------------------+-----------------+-----------------+
     *   | stock | open eligibility | minimum         | maximum         |
     *   |       | status           | allowable price | allowable price |
     *   |   8   |        1         |        4        |        4        |
     *   +-------+------------------+-----------------+-----------------+
     *   28               32               40             44
     *   +----------------+----------------+--------------+--------------+
     *   | near execution | near execution | lower price  | upper price  |
     *   | price          | time           | range collar | range collar |
     *   |       4        |       8        |      4       |      4       |
     *   +----------------+----------------+--------------+--------------+
     * </pre>
     */
    public static final byte DLCR_TYPE = 'O';
    /** Length of a DLCR message. */
    public static final int DLCR_LENGTH = 48;
    /** Offset of the stock symbol. */
    public static final int DLCR_STOCK_OFFSET = 11;
    /** Offset of the open eligibility status. */
    public static final int DLCR_OPEN_ELIGIBILITY_STATUS_OFFSET = 19;
    /** Offset of the 4-byte minimum allowable price. */
    public static final int DLCR_MINIMUM_ALLOWABLE_PRICE_OFFSET = 20;
    /** Offset of the 4-byte maximum allowable price. */
    public static final int DLCR_MAXIMUM_ALLOWABLE_PRICE_OFFSET = 24;
    /** Offset of the 4-byte near execution price. */
    public static final int DLCR_NEAR_EXECUTION_PRICE_OFFSET = 28;
    /** Offset of the 8-byte near execution time. */
    public static final int DLCR_NEAR_EXECUTION_TIME_OFFSET = 32;
    /** Offset of the 4-byte lower price range collar. */
    public static final int DLCR_LOWER_PRICE_RANGE_COLLAR_OFFSET = 40;
    /** Offset of the 4-byte upper price range collar. */
    public static final int DLCR_UPPER_PRICE_RANGE_COLLAR_OFFSET = 44;

    private static final int[] LENGTH_BY_TYPE = lengthByType();

    private ItchDescriptor() {
    }

    /**
     * Gives the fixed length of a message type, header included.
     *
     * @param type the message type byte.
     * @return the message length, or {@link ItchResult#UNKNOWN_TYPE} when the byte is not an ITCH 5.0 type.
     */
    public static int messageLength(final byte type) {
        return LENGTH_BY_TYPE[type & 0xFF];
    }

    private static int[] lengthByType() {
        final int[] lengths = new int[256];
        Arrays.fill(lengths, ItchResult.UNKNOWN_TYPE);
        lengths[SYSTEM_EVENT_TYPE] = SYSTEM_EVENT_LENGTH;
        lengths[STOCK_DIRECTORY_TYPE] = STOCK_DIRECTORY_LENGTH;
        lengths[STOCK_TRADING_ACTION_TYPE] = STOCK_TRADING_ACTION_LENGTH;
        lengths[REG_SHO_RESTRICTION_TYPE] = REG_SHO_RESTRICTION_LENGTH;
        lengths[MARKET_PARTICIPANT_POSITION_TYPE] = MARKET_PARTICIPANT_POSITION_LENGTH;
        lengths[MWCB_DECLINE_LEVEL_TYPE] = MWCB_DECLINE_LEVEL_LENGTH;
        lengths[MWCB_STATUS_TYPE] = MWCB_STATUS_LENGTH;
        lengths[IPO_QUOTING_PERIOD_UPDATE_TYPE] = IPO_QUOTING_PERIOD_UPDATE_LENGTH;
        lengths[LULD_AUCTION_COLLAR_TYPE] = LULD_AUCTION_COLLAR_LENGTH;
        lengths[OPERATIONAL_HALT_TYPE] = OPERATIONAL_HALT_LENGTH;
        lengths[ADD_ORDER_TYPE] = ADD_ORDER_LENGTH;
        lengths[ADD_ORDER_MPID_TYPE] = ADD_ORDER_MPID_LENGTH;
        lengths[ORDER_EXECUTED_TYPE] = ORDER_EXECUTED_LENGTH;
        lengths[ORDER_EXECUTED_WITH_PRICE_TYPE] = ORDER_EXECUTED_WITH_PRICE_LENGTH;
        lengths[ORDER_CANCEL_TYPE] = ORDER_CANCEL_LENGTH;
        lengths[ORDER_DELETE_TYPE] = ORDER_DELETE_LENGTH;
        lengths[ORDER_REPLACE_TYPE] = ORDER_REPLACE_LENGTH;
        lengths[TRADE_TYPE] = TRADE_LENGTH;
        lengths[CROSS_TRADE_TYPE] = CROSS_TRADE_LENGTH;
        lengths[BROKEN_TRADE_TYPE] = BROKEN_TRADE_LENGTH;
        lengths[NOII_TYPE] = NOII_LENGTH;
        lengths[RPII_TYPE] = RPII_LENGTH;
        lengths[DLCR_TYPE] = DLCR_LENGTH;
        return lengths;
    }
}

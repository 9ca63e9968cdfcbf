package io.fdp.journal.codec;

/**
 * Layout of one input event in the input journal: a common header, then only the fields its type uses.
 *
 * <p>One Chronicle Queue document holds one event. Integers are little-endian (the byte order Chronicle Bytes writes
 * on x86 and ARM); {@code i8/i32/i64} are signed. Fields a type does not use are not stored and read back as the
 * {@link io.fdp.engine.event.MarketEvent#clear() cleared} values, so a decoded event equals the journaled one on
 * every field the engine reads. Derived fields (trade price, size and side, book result) are never journaled.
 * <pre>
 *   Common header, every type (34 bytes)
 *    0                   1                   2       6       10               18               26               34
 *   +-------------------+-------------------+-------+-------+----------------+----------------+----------------+
 *   | version i8 (= 1)  | type i8           | instr | chan  | sequence i64   | eventTimeNs i64| ingestTimeNs   |
 *   |                   | (EventType code)  | i32   | i32   |                |                | i64            |
 *   +-------------------+-------------------+-------+-------+----------------+----------------+----------------+
 *
 *   Body, from offset 34                                                                 total
 *   ORDER_ADD             orderId i64 | side i8 | price i64 | size i64 | participantId i64    67
 *   ORDER_REPLACE         orderId i64 | newOrderId i64 | price i64 | size i64                 66
 *   ORDER_MODIFY          orderId i64 | price i64 | size i64                                  58
 *   ORDER_CANCEL          orderId i64 | size i64                                              50
 *   ORDER_DELETE          orderId i64                                                         42
 *   ORDER_EXECUTE         orderId i64 | size i64 | price i64 | tradeId i64                    66
 *   ORDER_EXECUTE_HIDDEN  side i8 | price i64 | size i64 | tradeId i64                        59
 *   LEVEL_SET             side i8 | price i64 | size i64                                      51
 *   LEVEL_DELETE          side i8 | price i64                                                 43
 *   QUOTE                 bidPrice i64 | bidSize i64 | askPrice i64 | askSize i64             66
 *   TRADE                 side i8 | price i64 | size i64 | tradeId i64                        59
 *   MARKET_STATUS         status i32                                                          38
 *   FEED_STALE            status i32 (the feed's reason code)                                 38
 *   BOOK_CLEAR, SNAPSHOT_BEGIN, SNAPSHOT_END, HEARTBEAT, and unknown type codes: no body        34
 * </pre>
 * A reader that finds another {@link #VERSION} stops with {@link JournalCodec#UNKNOWN_VERSION} rather than guess.
 */
public final class JournalDescriptor {
    /** Version of this layout, the first byte of every record. */
    public static final byte VERSION = 1;

    /** Offset of the version byte. */
    public static final int VERSION_OFFSET = 0;
    /** Offset of the {@link io.fdp.engine.event.EventType} code. */
    public static final int TYPE_OFFSET = 1;
    /** Offset of the instrument id. */
    public static final int INSTRUMENT_OFFSET = 2;
    /** Offset of the feed channel. */
    public static final int CHANNEL_OFFSET = 6;
    /** Offset of the feed sequence number. */
    public static final int SEQUENCE_OFFSET = 10;
    /** Offset of the event time. */
    public static final int EVENT_TIME_OFFSET = 18;
    /** Offset of the ingestion time. */
    public static final int INGESTION_TIME_OFFSET = 26;
    /** Length of the common header; the body starts here. */
    public static final int HEADER_LENGTH = 34;
    /** Length of the longest record (ORDER_ADD). */
    public static final int MAX_LENGTH = HEADER_LENGTH + 33;

    private JournalDescriptor() {
    }
}

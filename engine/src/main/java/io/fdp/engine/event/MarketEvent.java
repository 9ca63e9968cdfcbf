package io.fdp.engine.event;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;

/**
 * The one mutable event of the inbound ring: preallocated by the ring, filled by a publisher, read by the handlers.
 *
 * <p>Every field is primitive. Which fields are meaningful depends on {@link #type()}:
 * <pre>
 *   ORDER_ADD            orderId side price size [participantId]
 *   ORDER_REPLACE        orderId newOrderId price size           (side is the original order's)
 *   ORDER_MODIFY         orderId price size
 *   ORDER_CANCEL         orderId size (cancelled quantity)
 *   ORDER_DELETE         orderId
 *   ORDER_EXECUTE        orderId size (executed quantity) [price: execution price if not the order's] [tradeId]
 *   ORDER_EXECUTE_HIDDEN side price size [tradeId]
 *   LEVEL_SET            side price size (0 deletes)
 *   LEVEL_DELETE         side price
 *   QUOTE                bidPrice bidSize askPrice askSize
 *   TRADE                price size side (aggressor, or NO_SIDE) [tradeId]
 *   MARKET_STATUS        status
 *   FEED_STALE           status (why: a {@code DataQuality} code, GAP or CHECKSUM_FAILED) [sequence: where]
 *   BOOK_CLEAR, SNAPSHOT_BEGIN, SNAPSHOT_END, HEARTBEAT: no payload
 * </pre>
 * Prices and sizes are mantissas at the instrument's exponents; absent prices are {@link #NULL_PRICE}.
 * Times are nanoseconds since the Unix epoch (UTC).
 *
 * <p>The <em>derived</em> fields ({@link #tradePrice()}, {@link #tradeSize()}, {@link #tradeSide()},
 * {@link #bookResult()}) are not input: the book handler writes them for the handlers after it (the execution
 * price of an order comes from the book). Handlers that run beside the book handler, such as the journal, must not
 * read them; {@link #copyFrom} and {@link #clear} reset them.
 */
public final class MarketEvent {
    /** Sentinel for an absent price (the same as the books'). */
    public static final long NULL_PRICE = BookView.NULL_PRICE;
    /** Sentinel for an absent feed sequence number: the event is not sequence-checked. */
    public static final long NO_SEQUENCE = 0;

    private byte type;
    private byte side;
    private int instrumentId;
    private int channel;
    private int status;
    private long sequence;
    private long eventTimeNs;
    private long ingestionTimeNs;
    private long orderId;
    private long newOrderId;
    private long price;
    private long size;
    private long bidPrice;
    private long bidSize;
    private long askPrice;
    private long askSize;
    private long tradeId;
    private long participantId;
    private long tradePrice;
    private long tradeSize;
    private byte tradeSide;
    private int bookResult;

    /** Creates an empty event (type 0). */
    public MarketEvent() {
        clear();
    }

    /** Resets every field to its empty value. */
    public void clear() {
        type = 0;
        side = Side.NULL_SIDE;
        instrumentId = -1;
        channel = 0;
        status = 0;
        sequence = NO_SEQUENCE;
        eventTimeNs = 0;
        ingestionTimeNs = 0;
        orderId = 0;
        newOrderId = 0;
        price = NULL_PRICE;
        size = 0;
        bidPrice = NULL_PRICE;
        bidSize = 0;
        askPrice = NULL_PRICE;
        askSize = 0;
        tradeId = 0;
        participantId = 0;
        clearDerived();
    }

    /** Resets the derived fields (the book handler does this before deriving them). */
    public void clearDerived() {
        tradePrice = NULL_PRICE;
        tradeSize = 0;
        tradeSide = Side.NULL_SIDE;
        bookResult = 0;
    }

    /**
     * Copies every field of another event into this one.
     *
     * @param other the event to copy.
     */
    public void copyFrom(final MarketEvent other) {
        type = other.type;
        side = other.side;
        instrumentId = other.instrumentId;
        channel = other.channel;
        status = other.status;
        sequence = other.sequence;
        eventTimeNs = other.eventTimeNs;
        ingestionTimeNs = other.ingestionTimeNs;
        orderId = other.orderId;
        newOrderId = other.newOrderId;
        price = other.price;
        size = other.size;
        bidPrice = other.bidPrice;
        bidSize = other.bidSize;
        askPrice = other.askPrice;
        askSize = other.askSize;
        tradeId = other.tradeId;
        participantId = other.participantId;
        clearDerived();
    }

    /** @return the {@link EventType} code. */
    public byte type() {
        return type;
    }

    /** @param value the {@link EventType} code. @return this event. */
    public MarketEvent type(final byte value) {
        type = value;
        return this;
    }

    /** @return a {@link Side} code. */
    public byte side() {
        return side;
    }

    /** @param value a {@link Side} code. @return this event. */
    public MarketEvent side(final byte value) {
        side = value;
        return this;
    }

    /** @return the dense instrument id, or -1 for a market-wide event. */
    public int instrumentId() {
        return instrumentId;
    }

    /** @param value the dense instrument id, or -1 for a market-wide event. @return this event. */
    public MarketEvent instrumentId(final int value) {
        instrumentId = value;
        return this;
    }

    /** @return the feed channel the event arrived on (0 when the feed has one channel). */
    public int channel() {
        return channel;
    }

    /** @param value the feed channel the event arrived on. @return this event. */
    public MarketEvent channel(final int value) {
        channel = value;
        return this;
    }

    /** @return the {@link MarketStatus} code of a status event, or a feed's reason code of a stale event. */
    public int status() {
        return status;
    }

    /** @param value the status or reason code. @return this event. */
    public MarketEvent status(final int value) {
        status = value;
        return this;
    }

    /** @return the feed's sequence number for this instrument or channel, or {@link #NO_SEQUENCE}. */
    public long sequence() {
        return sequence;
    }

    /** @param value the feed's sequence number, or {@link #NO_SEQUENCE}. @return this event. */
    public MarketEvent sequence(final long value) {
        sequence = value;
        return this;
    }

    /** @return when the event happened at the venue, ns since the epoch. */
    public long eventTimeNs() {
        return eventTimeNs;
    }

    /** @param value when the event happened at the venue, ns since the epoch. @return this event. */
    public MarketEvent eventTimeNs(final long value) {
        eventTimeNs = value;
        return this;
    }

    /** @return when fdp received the event, ns since the epoch. */
    public long ingestionTimeNs() {
        return ingestionTimeNs;
    }

    /** @param value when fdp received the event, ns since the epoch. @return this event. */
    public MarketEvent ingestionTimeNs(final long value) {
        ingestionTimeNs = value;
        return this;
    }

    /** @return the venue's order id (L3 events). */
    public long orderId() {
        return orderId;
    }

    /** @param value the venue's order id. @return this event. */
    public MarketEvent orderId(final long value) {
        orderId = value;
        return this;
    }

    /** @return the replacing order's id ({@link EventType#ORDER_REPLACE}). */
    public long newOrderId() {
        return newOrderId;
    }

    /** @param value the replacing order's id. @return this event. */
    public MarketEvent newOrderId(final long value) {
        newOrderId = value;
        return this;
    }

    /** @return the price mantissa, or {@link #NULL_PRICE}. */
    public long price() {
        return price;
    }

    /** @param value the price mantissa, or {@link #NULL_PRICE}. @return this event. */
    public MarketEvent price(final long value) {
        price = value;
        return this;
    }

    /** @return the size mantissa (order size, level size, executed, cancelled or traded quantity). */
    public long size() {
        return size;
    }

    /** @param value the size mantissa. @return this event. */
    public MarketEvent size(final long value) {
        size = value;
        return this;
    }

    /** @return the best bid price of a quote, or {@link #NULL_PRICE}. */
    public long bidPrice() {
        return bidPrice;
    }

    /** @param value the best bid price of a quote. @return this event. */
    public MarketEvent bidPrice(final long value) {
        bidPrice = value;
        return this;
    }

    /** @return the best bid size of a quote. */
    public long bidSize() {
        return bidSize;
    }

    /** @param value the best bid size of a quote. @return this event. */
    public MarketEvent bidSize(final long value) {
        bidSize = value;
        return this;
    }

    /** @return the best ask price of a quote, or {@link #NULL_PRICE}. */
    public long askPrice() {
        return askPrice;
    }

    /** @param value the best ask price of a quote. @return this event. */
    public MarketEvent askPrice(final long value) {
        askPrice = value;
        return this;
    }

    /** @return the best ask size of a quote. */
    public long askSize() {
        return askSize;
    }

    /** @param value the best ask size of a quote. @return this event. */
    public MarketEvent askSize(final long value) {
        askSize = value;
        return this;
    }

    /** @return the venue's trade or match id, or 0. */
    public long tradeId() {
        return tradeId;
    }

    /** @param value the venue's trade or match id, or 0. @return this event. */
    public MarketEvent tradeId(final long value) {
        tradeId = value;
        return this;
    }

    /** @return the participant (MPID) as up to 8 ASCII bytes packed big-endian into a long, or 0. */
    public long participantId() {
        return participantId;
    }

    /** @param value the participant as packed ASCII, or 0. @return this event. */
    public MarketEvent participantId(final long value) {
        participantId = value;
        return this;
    }

    /** @return derived: the price of the trade this event caused, or {@link #NULL_PRICE}. */
    public long tradePrice() {
        return tradePrice;
    }

    /** @return derived: the size of the trade this event caused, or 0 when it caused none. */
    public long tradeSize() {
        return tradeSize;
    }

    /** @return derived: the aggressor side of the trade this event caused, or {@link Side#NULL_SIDE}. */
    public byte tradeSide() {
        return tradeSide;
    }

    /**
     * Derived: records the trade this event caused.
     *
     * @param price         trade price mantissa.
     * @param size          trade size mantissa.
     * @param aggressorSide the aggressor's side, or {@link Side#NULL_SIDE}.
     */
    public void derivedTrade(final long price, final long size, final byte aggressorSide) {
        tradePrice = price;
        tradeSize = size;
        tradeSide = aggressorSide;
    }

    /** @return derived: the book's {@link io.fdp.engine.book.BookResult} code for this event (0 when not a book event). */
    public int bookResult() {
        return bookResult;
    }

    /** @param value derived: the book's result code for this event. */
    public void bookResult(final int value) {
        bookResult = value;
    }

    @Override
    public String toString() {
        return EventType.name(type) + "{instrument=" + instrumentId + ", seq=" + sequence + ", t=" + eventTimeNs
            + ", order=" + orderId + ", newOrder=" + newOrderId + ", side=" + side + ", price=" + price + ", size=" + size
            + ", bid=" + bidPrice + "x" + bidSize + ", ask=" + askPrice + "x" + askSize + ", trade=" + tradeId
            + ", status=" + status + ", channel=" + channel + '}';
    }
}

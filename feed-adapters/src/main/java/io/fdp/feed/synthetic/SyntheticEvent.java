package io.fdp.feed.synthetic;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;

/**
 * One synthetic L3 order event, a reusable struct that {@link OrderFlowGenerator} overwrites on every call.
 * <p>
 * Every type carries the order's side and price, so consumers can aggregate levels without a book of their own: for
 * {@link EventType#ORDER_ADD} the new order's, for the others the affected resting order's. {@link #size()} is the
 * new order's size, the cancelled size, the executed size, or for {@link EventType#ORDER_DELETE} the whole remaining
 * size that the delete removes.
 */
public final class SyntheticEvent {
    byte type;
    int instrumentId;
    long sequence;
    long eventTimeNs;
    long orderId;
    byte side;
    long price;
    long size;
    long tradeId;

    /** Creates an empty event. */
    public SyntheticEvent() {
        clear();
    }

    /** Resets every field to its empty value. */
    public void clear() {
        type = 0;
        instrumentId = -1;
        sequence = MarketEvent.NO_SEQUENCE;
        eventTimeNs = 0;
        orderId = 0;
        side = Side.NULL_SIDE;
        price = MarketEvent.NULL_PRICE;
        size = 0;
        tradeId = 0;
    }

    /** @return the {@link EventType}: ORDER_ADD, ORDER_CANCEL (partial), ORDER_DELETE or ORDER_EXECUTE. */
    public byte type() {
        return type;
    }

    /** @return the generator's instrument index, {@code 0 .. instruments - 1}. */
    public int instrumentId() {
        return instrumentId;
    }

    /** @return the instrument's feed sequence number: 1 for its first event, contiguous afterwards. */
    public long sequence() {
        return sequence;
    }

    /** @return the synthetic venue time, nanoseconds since the Unix epoch, strictly increasing across instruments. */
    public long eventTimeNs() {
        return eventTimeNs;
    }

    /** @return the order's id, unique among the live orders of every instrument. */
    public long orderId() {
        return orderId;
    }

    /** @return the order's side, {@link Side#BUY} or {@link Side#SELL}. */
    public byte side() {
        return side;
    }

    /** @return the order's price mantissa, a positive multiple of the tick size. */
    public long price() {
        return price;
    }

    /** @return the added, cancelled, executed or deleted size, a positive multiple of the lot size. */
    public long size() {
        return size;
    }

    /** @return the match number of an execution, counting from 1; 0 for other types. */
    public long tradeId() {
        return tradeId;
    }

    /** {@inheritDoc} */
    @Override
    public String toString() {
        return "SyntheticEvent{" + EventType.name(type) + " instrument=" + instrumentId + " seq=" + sequence + " t="
            + eventTimeNs + " order=" + orderId + " " + Side.describe(side) + " " + size + "@" + price
            + (tradeId != 0 ? " trade=" + tradeId : "") + "}";
    }
}

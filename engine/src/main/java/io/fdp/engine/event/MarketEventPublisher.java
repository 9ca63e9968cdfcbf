package io.fdp.engine.event;

import com.lmax.disruptor.EventTranslatorOneArg;
import com.lmax.disruptor.RingBuffer;
import org.agrona.concurrent.EpochNanoClock;

/**
 * Publishes market events onto the inbound ring from one feed thread, stamping the ingestion time.
 *
 * <p>Not thread-safe: each feed thread owns its publisher. A call fills a private staging event and publishes it
 * through a {@code static final} translator that copies it into the ring's preallocated slot, so nothing on the
 * publish path allocates. A full ring makes the call wait (back-pressure on the feed), never drops.
 */
public final class MarketEventPublisher {
    private static final EventTranslatorOneArg<MarketEvent, MarketEvent> COPY =
        (slot, sequence, staged) -> slot.copyFrom(staged);

    private final RingBuffer<MarketEvent> ring;
    private final EpochNanoClock clock;
    private final MarketEvent staged = new MarketEvent();
    private long published;
    private long toSkip;
    private long periodEvents;
    private long untilPeriodic;
    private Runnable periodic;

    /**
     * Creates a publisher onto a ring.
     *
     * @param ring  the inbound ring.
     * @param clock the clock that stamps ingestion times.
     */
    public MarketEventPublisher(final RingBuffer<MarketEvent> ring, final EpochNanoClock clock) {
        this.ring = ring;
        this.clock = clock;
    }

    /**
     * Publishes a fully prepared event as it is (replay and tests); its ingestion time is kept.
     *
     * @param event the event to copy onto the ring.
     */
    public void publish(final MarketEvent event) {
        if (skipped()) {
            return;
        }
        ring.publishEvent(COPY, event);
        afterPublish();
    }

    /**
     * Drops the next events instead of publishing them: resuming a deterministic input after a restart, the events
     * the journal already holds are produced again and skipped.
     *
     * @param events how many of the next events to drop.
     */
    public void skip(final long events) {
        toSkip = events;
    }

    /**
     * Runs a task on the publishing thread after every {@code everyEvents} published events, between two events
     * (for example a snapshot that drains the engine).
     *
     * @param everyEvents how often, in published events.
     * @param task        the task.
     */
    public void periodic(final long everyEvents, final Runnable task) {
        periodEvents = everyEvents;
        untilPeriodic = everyEvents;
        periodic = task;
    }

    private boolean skipped() {
        if (toSkip > 0) {
            toSkip--;
            return true;
        }
        return false;
    }

    private void afterPublish() {
        published++;
        if (periodic != null && --untilPeriodic == 0) {
            untilPeriodic = periodEvents;
            periodic.run();
        }
    }

    /** @return how many events this publisher has put on the ring (skipped ones excluded). */
    public long published() {
        return published;
    }

    /** @return the clock that stamps ingestion times. */
    public EpochNanoClock clock() {
        return clock;
    }

    private MarketEvent begin(final byte type, final int instrumentId, final long sequence, final long eventTimeNs) {
        staged.clear();
        return staged.type(type).instrumentId(instrumentId).sequence(sequence).eventTimeNs(eventTimeNs)
            .ingestionTimeNs(clock.nanoTime());
    }

    private void send() {
        if (skipped()) {
            return;
        }
        ring.publishEvent(COPY, staged);
        afterPublish();
    }

    /**
     * Publishes {@link EventType#ORDER_ADD}.
     *
     * @param instrumentId  dense instrument id.
     * @param sequence      feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs   venue time.
     * @param orderId       venue order id.
     * @param side          {@link io.fdp.engine.book.Side#BUY} or {@link io.fdp.engine.book.Side#SELL}.
     * @param price         price mantissa.
     * @param size          size mantissa.
     * @param participantId packed MPID, or 0.
     */
    public void orderAdd(final int instrumentId, final long sequence, final long eventTimeNs, final long orderId,
        final byte side, final long price, final long size, final long participantId) {
        begin(EventType.ORDER_ADD, instrumentId, sequence, eventTimeNs).orderId(orderId).side(side).price(price).size(size)
            .participantId(participantId);
        send();
    }

    /**
     * Publishes {@link EventType#ORDER_REPLACE}: the order is replaced by a new id, price and size.
     *
     * @param instrumentId dense instrument id.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param orderId      the replaced order's id.
     * @param newOrderId   the new order's id.
     * @param price        new price mantissa.
     * @param size         new size mantissa.
     */
    public void orderReplace(final int instrumentId, final long sequence, final long eventTimeNs, final long orderId,
        final long newOrderId, final long price, final long size) {
        begin(EventType.ORDER_REPLACE, instrumentId, sequence, eventTimeNs).orderId(orderId).newOrderId(newOrderId)
            .price(price).size(size);
        send();
    }

    /**
     * Publishes {@link EventType#ORDER_MODIFY}: the order keeps its id and changes price and/or size.
     *
     * @param instrumentId dense instrument id.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param orderId      the order's id.
     * @param price        new price mantissa.
     * @param size         new size mantissa.
     */
    public void orderModify(final int instrumentId, final long sequence, final long eventTimeNs, final long orderId,
        final long price, final long size) {
        begin(EventType.ORDER_MODIFY, instrumentId, sequence, eventTimeNs).orderId(orderId).price(price).size(size);
        send();
    }

    /**
     * Publishes {@link EventType#ORDER_CANCEL}: part of the order's size is cancelled.
     *
     * @param instrumentId  dense instrument id.
     * @param sequence      feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs   venue time.
     * @param orderId       the order's id.
     * @param cancelledSize the cancelled quantity.
     */
    public void orderCancel(final int instrumentId, final long sequence, final long eventTimeNs, final long orderId,
        final long cancelledSize) {
        begin(EventType.ORDER_CANCEL, instrumentId, sequence, eventTimeNs).orderId(orderId).size(cancelledSize);
        send();
    }

    /**
     * Publishes {@link EventType#ORDER_DELETE}.
     *
     * @param instrumentId dense instrument id.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param orderId      the order's id.
     */
    public void orderDelete(final int instrumentId, final long sequence, final long eventTimeNs, final long orderId) {
        begin(EventType.ORDER_DELETE, instrumentId, sequence, eventTimeNs).orderId(orderId);
        send();
    }

    /**
     * Publishes {@link EventType#ORDER_EXECUTE}: a resting visible order trades.
     *
     * @param instrumentId dense instrument id.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param orderId      the executed order's id.
     * @param executedSize the executed quantity.
     * @param price        the execution price, or {@link MarketEvent#NULL_PRICE} for the order's own price.
     * @param tradeId      the venue's match number, or 0.
     */
    public void orderExecute(final int instrumentId, final long sequence, final long eventTimeNs, final long orderId,
        final long executedSize, final long price, final long tradeId) {
        begin(EventType.ORDER_EXECUTE, instrumentId, sequence, eventTimeNs).orderId(orderId).size(executedSize)
            .price(price).tradeId(tradeId);
        send();
    }

    /**
     * Publishes {@link EventType#ORDER_EXECUTE_HIDDEN}: a hidden order trades; the visible book does not change.
     *
     * @param instrumentId dense instrument id.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param side         the hidden order's side.
     * @param price        execution price mantissa.
     * @param size         executed quantity.
     * @param tradeId      the venue's match number, or 0.
     */
    public void hiddenExecute(final int instrumentId, final long sequence, final long eventTimeNs, final byte side,
        final long price, final long size, final long tradeId) {
        begin(EventType.ORDER_EXECUTE_HIDDEN, instrumentId, sequence, eventTimeNs).side(side).price(price).size(size)
            .tradeId(tradeId);
        send();
    }

    /**
     * Publishes {@link EventType#LEVEL_SET}: the aggregate size at a price level (0 deletes it).
     *
     * @param instrumentId dense instrument id.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param side         {@link io.fdp.engine.book.Side#BUY} or {@link io.fdp.engine.book.Side#SELL}.
     * @param price        price mantissa.
     * @param size         aggregate size mantissa.
     */
    public void levelSet(final int instrumentId, final long sequence, final long eventTimeNs, final byte side,
        final long price, final long size) {
        begin(EventType.LEVEL_SET, instrumentId, sequence, eventTimeNs).side(side).price(price).size(size);
        send();
    }

    /**
     * Publishes {@link EventType#LEVEL_DELETE}.
     *
     * @param instrumentId dense instrument id.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param side         {@link io.fdp.engine.book.Side#BUY} or {@link io.fdp.engine.book.Side#SELL}.
     * @param price        price mantissa.
     */
    public void levelDelete(final int instrumentId, final long sequence, final long eventTimeNs, final byte side,
        final long price) {
        begin(EventType.LEVEL_DELETE, instrumentId, sequence, eventTimeNs).side(side).price(price);
        send();
    }

    /**
     * Publishes an event without payload: {@link EventType#BOOK_CLEAR}, {@link EventType#SNAPSHOT_BEGIN},
     * {@link EventType#SNAPSHOT_END} or {@link EventType#HEARTBEAT}.
     *
     * @param type         the event type.
     * @param instrumentId dense instrument id (-1 for a heartbeat of the whole feed).
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     */
    public void control(final byte type, final int instrumentId, final long sequence, final long eventTimeNs) {
        begin(type, instrumentId, sequence, eventTimeNs);
        send();
    }

    /**
     * Publishes {@link EventType#QUOTE}: a top-of-book quote.
     *
     * @param instrumentId dense instrument id.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param bidPrice     best bid price or {@link MarketEvent#NULL_PRICE}.
     * @param bidSize      best bid size.
     * @param askPrice     best ask price or {@link MarketEvent#NULL_PRICE}.
     * @param askSize      best ask size.
     */
    public void quote(final int instrumentId, final long sequence, final long eventTimeNs, final long bidPrice,
        final long bidSize, final long askPrice, final long askSize) {
        begin(EventType.QUOTE, instrumentId, sequence, eventTimeNs).bidPrice(bidPrice).bidSize(bidSize).askPrice(askPrice)
            .askSize(askSize);
        send();
    }

    /**
     * Publishes {@link EventType#TRADE}: a trade print.
     *
     * @param instrumentId  dense instrument id.
     * @param sequence      feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs   venue time.
     * @param price         price mantissa.
     * @param size          size mantissa.
     * @param aggressorSide the aggressor's side or {@link io.fdp.engine.book.Side#NULL_SIDE}.
     * @param tradeId       the venue's trade id, or 0.
     */
    public void trade(final int instrumentId, final long sequence, final long eventTimeNs, final long price,
        final long size, final byte aggressorSide, final long tradeId) {
        begin(EventType.TRADE, instrumentId, sequence, eventTimeNs).price(price).size(size).side(aggressorSide)
            .tradeId(tradeId);
        send();
    }

    /**
     * Publishes {@link EventType#MARKET_STATUS} or {@link EventType#FEED_STALE} with its code.
     *
     * @param type         {@link EventType#MARKET_STATUS} or {@link EventType#FEED_STALE}.
     * @param instrumentId dense instrument id, or -1 for the whole market.
     * @param sequence     feed sequence number or {@link MarketEvent#NO_SEQUENCE}.
     * @param eventTimeNs  venue time.
     * @param status       a {@link MarketStatus} code, or the feed's reason code.
     */
    public void status(final byte type, final int instrumentId, final long sequence, final long eventTimeNs,
        final int status) {
        begin(type, instrumentId, sequence, eventTimeNs).status(status);
        send();
    }
}

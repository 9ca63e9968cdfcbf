package io.fdp.engine.subscription;

import io.fdp.engine.candle.Candle;
import io.fdp.engine.view.BookViews;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fans engine updates out to subscriptions without waiting for any of them.
 *
 * <p>The {@code on*} methods are called by the engine thread (each subscription queue has one producer). Subscribing
 * and unsubscribing happen on any thread and replace an array that the engine thread reads, so delivery allocates
 * nothing.
 */
public final class SubscriberHub {
    private final BookViews views;
    private final int defaultQueueCapacity;
    private final List<SubscriptionDispatcher> dispatchers = new ArrayList<>();
    private volatile Subscription[] subscriptions = new Subscription[0];

    /**
     * Creates a hub.
     *
     * @param views                the book views subscribers read.
     * @param defaultQueueCapacity the trade, candle and data-quality queue size of each subscription.
     */
    public SubscriberHub(final BookViews views, final int defaultQueueCapacity) {
        this.views = views;
        this.defaultQueueCapacity = defaultQueueCapacity;
    }

    /**
     * Subscribes a listener and starts a delivery thread for it.
     *
     * @param instrumentId an instrument, or {@link Subscription#ALL_INSTRUMENTS}.
     * @param kinds        a bit set of {@link Subscription#BOOK}, {@link Subscription#QUOTES}, ...
     * @param depth        book levels per side delivered in {@link MarketDataListener#onBook}.
     * @param listener     receives the updates on the delivery thread.
     * @return the subscription; close it to stop.
     */
    public Subscription subscribe(final int instrumentId, final int kinds, final int depth, final MarketDataListener listener) {
        final Subscription subscription = subscribeForPolling(instrumentId, kinds, depth, listener);
        final SubscriptionDispatcher dispatcher = new SubscriptionDispatcher(subscription);
        synchronized (dispatchers) {
            dispatchers.add(dispatcher);
        }
        dispatcher.start();
        return subscription;
    }

    /**
     * Subscribes a listener that the caller delivers to itself by calling {@link Subscription#poll}.
     *
     * @param instrumentId an instrument, or {@link Subscription#ALL_INSTRUMENTS}.
     * @param kinds        a bit set of {@link Subscription#BOOK}, {@link Subscription#QUOTES}, ...
     * @param depth        book levels per side delivered in {@link MarketDataListener#onBook}.
     * @param listener     receives the updates on the polling thread.
     * @return the subscription.
     */
    public synchronized Subscription subscribeForPolling(
        final int instrumentId, final int kinds, final int depth, final MarketDataListener listener) {
        if (instrumentId != Subscription.ALL_INSTRUMENTS && (instrumentId < 0 || instrumentId >= views.capacity())) {
            throw new IllegalArgumentException("no such instrument id: " + instrumentId);
        }
        final Subscription subscription =
            new Subscription(instrumentId, kinds, listener, views, depth, defaultQueueCapacity);
        final Subscription[] current = Arrays.stream(subscriptions).filter(s -> !s.isClosed()).toArray(Subscription[]::new);
        final Subscription[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = subscription;
        subscriptions = next;
        return subscription;
    }

    /** @return the open subscriptions. */
    public List<Subscription> subscriptions() {
        return Arrays.stream(subscriptions).filter(s -> !s.isClosed()).toList();
    }

    /** Closes every subscription and stops their delivery threads. */
    public void close() {
        for (final Subscription subscription : subscriptions) {
            subscription.close();
        }
        synchronized (dispatchers) {
            for (final SubscriptionDispatcher dispatcher : dispatchers) {
                dispatcher.stop();
            }
            dispatchers.clear();
        }
    }

    /**
     * Book stage: an instrument's book view changed.
     *
     * @param instrumentId the instrument.
     * @param l1Changed    whether its best bid/offer or last trade changed.
     */
    public void onBookChanged(final int instrumentId, final boolean l1Changed) {
        for (final Subscription subscription : subscriptions) {
            subscription.onBookChanged(instrumentId, l1Changed);
        }
    }

    /**
     * Book stage: a trade printed.
     *
     * @param instrumentId  the instrument.
     * @param timeNs        trade time.
     * @param price         price mantissa.
     * @param size          size mantissa.
     * @param aggressorSide aggressor side code.
     * @param tradeId       venue trade id or 0.
     */
    public void onTrade(final int instrumentId, final long timeNs, final long price, final long size,
        final byte aggressorSide, final long tradeId) {
        for (final Subscription subscription : subscriptions) {
            if (subscription.wants(instrumentId, Subscription.TRADES)) {
                subscription.offerTrade(instrumentId, timeNs, price, size, aggressorSide, tradeId);
            }
        }
    }

    /**
     * Candle stage: a candle closed or was revised.
     *
     * @param candle the candle; copied before the call returns.
     */
    public void onCandle(final Candle candle) {
        for (final Subscription subscription : subscriptions) {
            if (subscription.wants(candle.instrumentId(), Subscription.CANDLES)) {
                subscription.offerCandle(candle);
            }
        }
    }

    /**
     * Book stage: a data-quality event.
     *
     * @param instrumentId the instrument or -1.
     * @param kind         a {@link DataQuality} code.
     * @param expected     expected value or 0.
     * @param received     received value or 0.
     */
    public void onDataQuality(final int instrumentId, final int kind, final long expected, final long received) {
        for (final Subscription subscription : subscriptions) {
            if (subscription.wants(instrumentId, Subscription.DATA_QUALITY)
                || (instrumentId < 0 && (subscription.kinds() & Subscription.DATA_QUALITY) != 0)) {
                subscription.offerDataQuality(instrumentId, kind, expected, received);
            }
        }
    }
}

package io.fdp.engine.subscription;

import io.fdp.engine.candle.Candle;
import io.fdp.engine.view.BookSnapshot;

/**
 * Receives a subscription's updates on the subscription's delivery thread; every method has an empty default.
 *
 * <p>Objects passed in are reused: copy what must outlive the call.
 */
public interface MarketDataListener {
    /**
     * The instrument's top-of-book levels changed (latest state; intermediate states may have been conflated).
     *
     * @param book the latest view.
     */
    default void onBook(final BookSnapshot book) {
    }

    /**
     * The instrument's best bid/offer or last trade changed (latest state).
     *
     * @param book the latest view; read its L1 accessors.
     */
    default void onQuote(final BookSnapshot book) {
    }

    /**
     * A trade printed.
     *
     * @param instrumentId  the instrument.
     * @param timeNs        trade time, ns since the epoch.
     * @param price         price mantissa.
     * @param size          size mantissa.
     * @param aggressorSide the aggressor's side code, or {@link io.fdp.engine.event.io.fdp.engine.book.Side#NULL_SIDE}.
     * @param tradeId       the venue's trade id, or 0.
     */
    default void onTrade(
        final int instrumentId, final long timeNs, final long price, final long size, final byte aggressorSide,
        final long tradeId) {
    }

    /**
     * A candle closed or was revised.
     *
     * @param candle the candle; valid during the call.
     */
    default void onCandle(final Candle candle) {
    }

    /**
     * A data-quality event: a gap, a checksum failure, an integrity problem, or the book turning stale or fresh.
     *
     * @param instrumentId the instrument, or -1.
     * @param kind         a {@link DataQuality} code.
     * @param expected     the expected value (for example the sequence number), or 0.
     * @param received     the received value, or 0.
     */
    default void onDataQuality(final int instrumentId, final int kind, final long expected, final long received) {
    }
}

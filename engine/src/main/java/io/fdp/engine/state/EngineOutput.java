package io.fdp.engine.state;

import io.fdp.engine.book.BookView;
import io.fdp.engine.candle.Candle;

/**
 * Receives what the engine derives, synchronously on the engine thread that derives it; every method has an empty
 * default.
 *
 * <p>Unlike subscriptions, which drop under load, this hook sees every derived event, in order, because it runs on
 * the engine thread itself: an implementation must be quick, must not block for long and must not throw. Every call
 * comes from the one engine thread that runs the book stage and then the candle stage, in the order the engine
 * derives them. Install it with {@code Engine.setOutput} before the engine starts.
 */
public interface EngineOutput {
    /** The output that ignores everything. */
    EngineOutput NONE = new EngineOutput() {
    };

    /**
     * Candle stage: a candle or bar closed or was revised.
     *
     * @param candle a reused flyweight, valid only during the call.
     */
    default void onCandle(final Candle candle) {
    }

    /**
     * Book stage: an instrument's best bid/offer or last trade changed.
     *
     * @param instrumentId   the instrument.
     * @param eventTimeNs    event time of the change.
     * @param bidPrice       best bid price, or the null price.
     * @param bidSize        best bid size.
     * @param askPrice       best ask price, or the null price.
     * @param askSize        best ask size.
     * @param lastTradePrice last trade price, or the null price.
     * @param lastTradeSize  last trade size.
     */
    default void onQuote(final int instrumentId, final long eventTimeNs, final long bidPrice, final long bidSize,
        final long askPrice, final long askSize, final long lastTradePrice, final long lastTradeSize) {
    }

    /**
     * Book stage: a trade printed (an execution of a resting order, a hidden execution or a trade print).
     *
     * @param instrumentId    the instrument.
     * @param eventTimeNs     trade time.
     * @param ingestionTimeNs when fdp received the event.
     * @param price           price mantissa.
     * @param size            size mantissa.
     * @param aggressorSide   aggressor side code.
     * @param tradeId         venue trade id, or 0.
     */
    default void onTrade(final int instrumentId, final long eventTimeNs, final long ingestionTimeNs, final long price,
        final long size, final byte aggressorSide, final long tradeId) {
    }

    /**
     * Book or candle stage: a data-quality event (gap, checksum failure, stale, fresh, crossed, reject, late trade).
     *
     * @param instrumentId the instrument, or -1 for the whole feed.
     * @param kind         a {@link io.fdp.engine.subscription.DataQuality} code.
     * @param eventTimeNs  event time of the event that caused it.
     * @param expected     expected value (for example a sequence number), or 0.
     * @param received     received value, or 0.
     */
    default void onDataQuality(final int instrumentId, final int kind, final long eventTimeNs, final long expected,
        final long received) {
    }

    /**
     * Book stage: an instrument's book view was refreshed (after every event that touched the instrument).
     *
     * @param instrumentId the instrument.
     * @param eventTimeNs  event time of the change.
     * @param book         the live book; read it only during the call.
     */
    default void onBook(final int instrumentId, final long eventTimeNs, final BookView book) {
    }
}

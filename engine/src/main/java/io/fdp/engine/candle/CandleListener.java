package io.fdp.engine.candle;

/**
 * Receives closed and revised candles; called on the engine thread that drives the {@link CandleAggregator}.
 *
 * <p>Implementations must not block, must not throw, and must not call back into the aggregator.
 */
@FunctionalInterface
public interface CandleListener {
    /**
     * Called once per published candle, with state {@link Candle#STATE_FINAL} or {@link Candle#STATE_REVISED}.
     *
     * @param candle a reused flyweight, valid only during this call.
     */
    void onCandle(Candle candle);
}

package io.fdp.benchmarks.baseline;

import io.fdp.engine.candle.Candle;
import io.fdp.engine.candle.CandleInterval;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Candle aggregation written the straightforward way, the baseline for the engine's
 * {@link io.fdp.engine.candle.CandleAggregator}: open candles in a {@code HashMap} keyed by instrument and bar, one
 * {@link NaiveCandle} object per candle with a {@code BigDecimal} notional, a new object for each new candle.
 * <p>
 * It builds the same candles as the engine for trades in time order: every {@link CandleInterval}, tick bars of N
 * trades and volume bars closing on the trade that reaches V, published in the same order (intervals, then the tick
 * bar, then the volume bar). It does not handle late trades, which the benchmark stream never has.
 * Threading: owned by one thread.
 */
public final class NaiveCandleAggregator {
    private static final CandleInterval[] INTERVALS = CandleInterval.values();
    private static final int TICK_BAR = INTERVALS.length;
    private static final int VOLUME_BAR = INTERVALS.length + 1;
    private static final int BARS = INTERVALS.length + 2;

    private final long tickBarTrades;
    private final long volumeBarSize;
    private final Consumer<NaiveCandle> listener;
    private final Map<Long, NaiveCandle> open = new HashMap<>();

    /**
     * Creates an aggregator.
     *
     * @param tickBarTrades trades per tick bar.
     * @param volumeBarSize volume per volume bar.
     * @param listener      receives each closed candle.
     */
    public NaiveCandleAggregator(final long tickBarTrades, final long volumeBarSize, final Consumer<NaiveCandle> listener) {
        this.tickBarTrades = tickBarTrades;
        this.volumeBarSize = volumeBarSize;
        this.listener = listener;
    }

    /**
     * Applies a trade to every candle and bar of its instrument.
     *
     * @param instrumentId the instrument.
     * @param timestampNs  trade time, not before the previous trade of the instrument.
     * @param price        price mantissa.
     * @param size         size mantissa.
     * @return the number of candles this trade closed.
     */
    public int onTrade(final int instrumentId, final long timestampNs, final long price, final long size) {
        int closed = 0;
        for (int i = 0; i < INTERVALS.length; i++) {
            final long intervalNs = INTERVALS[i].intervalNs();
            final long bucketStartNs = Math.floorDiv(timestampNs, intervalNs) * intervalNs;
            final long key = key(instrumentId, i);
            NaiveCandle candle = open.get(key);
            if (candle != null && candle.bucketStartNs() != bucketStartNs) {
                listener.accept(candle);
                closed++;
                candle = null;
            }
            if (candle == null) {
                candle = new NaiveCandle(instrumentId, Candle.KIND_TIME, intervalNs, bucketStartNs);
                open.put(key, candle);
            }
            candle.add(timestampNs, price, size);
        }
        final NaiveCandle tick = bar(instrumentId, TICK_BAR, Candle.KIND_TICK, tickBarTrades);
        tick.add(timestampNs, price, size);
        if (tick.tradeCount() >= tickBarTrades) {
            open.remove(key(instrumentId, TICK_BAR));
            listener.accept(tick);
            closed++;
        }
        final NaiveCandle volume = bar(instrumentId, VOLUME_BAR, Candle.KIND_VOLUME, volumeBarSize);
        volume.add(timestampNs, price, size);
        if (volume.volume() >= volumeBarSize) {
            open.remove(key(instrumentId, VOLUME_BAR));
            listener.accept(volume);
            closed++;
        }
        return closed;
    }

    private NaiveCandle bar(final int instrumentId, final int bar, final int kind, final long spec) {
        return open.computeIfAbsent(key(instrumentId, bar), ignored -> new NaiveCandle(instrumentId, kind, spec, 0));
    }

    private static long key(final int instrumentId, final int bar) {
        return (long) instrumentId * BARS + bar;
    }
}

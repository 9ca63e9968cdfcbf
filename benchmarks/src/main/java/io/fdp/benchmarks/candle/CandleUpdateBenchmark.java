package io.fdp.benchmarks.candle;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.benchmarks.stream.TradeStream;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.candle.CandleAggregator;
import io.fdp.engine.candle.CandleInterval;
import io.fdp.engine.candle.CandleListener;
import io.fdp.engine.pipeline.EngineConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.EnumSet;

/**
 * Trades per second through the engine's {@link CandleAggregator} with every {@link CandleInterval}, tick bars and
 * volume bars (the engine's defaults), replaying the trades of {@link OrderFlowStream#standard()} with times shifted
 * forward on every pass; compare with {@link CandleBaselineBenchmark}.
 */
@State(Scope.Thread)
public class CandleUpdateBenchmark extends BenchmarkSettings {
    private final ClosedCandles closed = new ClosedCandles();
    private TradeStream stream;
    private CandleAggregator candles;
    private int cursor;
    private long timeShiftNs;

    /** Extracts the trades and builds an empty aggregator. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = TradeStream.of(OrderFlowStream.standard());
        final EngineConfig defaults = new EngineConfig();
        candles = new CandleAggregator(stream.instruments, EnumSet.allOf(CandleInterval.class), defaults.tickBarTrades(),
            defaults.volumeBarSize(), defaults.candleLateHorizonNs(), closed);
        cursor = 0;
        timeShiftNs = 0;
    }

    /**
     * Applies the next {@value BenchmarkSettings#BATCH} trades.
     *
     * @return the sum of the aggregator's results (all {@code OK}) and the candles closed so far.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long update() {
        final TradeStream s = stream;
        final CandleAggregator c = candles;
        long results = 0;
        int i = cursor;
        for (int n = 0; n < BATCH; n++) {
            results += c.onTrade(s.instrumentIds[i], s.timesNs[i] + timeShiftNs, s.prices[i], s.sizes[i]);
            if (++i == s.length) {
                i = 0;
                timeShiftNs += s.spanNs;
            }
        }
        cursor = i;
        return results + closed.count;
    }

    /** Counts closed candles and reads a field of each, as a subscriber would. */
    private static final class ClosedCandles implements CandleListener {
        private long count;

        @Override
        public void onCandle(final Candle candle) {
            count += 1 + (candle.vwap() & 1);
        }
    }
}

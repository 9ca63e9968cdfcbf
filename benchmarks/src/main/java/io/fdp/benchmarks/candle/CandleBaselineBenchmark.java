package io.fdp.benchmarks.candle;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.benchmarks.baseline.NaiveCandle;
import io.fdp.benchmarks.baseline.NaiveCandleAggregator;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.benchmarks.stream.TradeStream;
import io.fdp.engine.pipeline.EngineConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.function.Consumer;

/**
 * Trades per second through the baseline {@link NaiveCandleAggregator} (HashMap of candle objects, BigDecimal VWAP),
 * building the same candles and bars from the same trades as {@link CandleUpdateBenchmark}.
 */
@State(Scope.Thread)
public class CandleBaselineBenchmark extends BenchmarkSettings {
    private final ClosedCandles closed = new ClosedCandles();
    private TradeStream stream;
    private NaiveCandleAggregator candles;
    private int cursor;
    private long timeShiftNs;

    /** Extracts the trades and builds an empty aggregator. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = TradeStream.of(OrderFlowStream.standard());
        final EngineConfig defaults = new EngineConfig();
        candles = new NaiveCandleAggregator(defaults.tickBarTrades(), defaults.volumeBarSize(), closed);
        cursor = 0;
        timeShiftNs = 0;
    }

    /**
     * Applies the next {@value BenchmarkSettings#BATCH} trades.
     *
     * @return the candles closed by these trades plus those closed so far.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long update() {
        final TradeStream s = stream;
        final NaiveCandleAggregator c = candles;
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

    /** Counts closed candles and reads the VWAP of each, as the engine's listener in the other benchmark does. */
    private static final class ClosedCandles implements Consumer<NaiveCandle> {
        private long count;

        @Override
        public void accept(final NaiveCandle candle) {
            count += 1 + (candle.vwap() & 1);
        }
    }
}

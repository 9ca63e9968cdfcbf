package io.fdp.engine.candle;

import static io.fdp.engine.candle.CandleFixtures.MILLI_NS;
import static io.fdp.engine.candle.CandleFixtures.SECOND_NS;
import static io.fdp.engine.candle.CandleFixtures.tenAm;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AllocationTest {
    private static final int INSTRUMENTS = 100;
    private static final int WARM_UP_TRADES = 200_000;
    private static final int MEASURED_TRADES = 1_000_000;
    private static final long ALLOWED_BYTES = 64 * 1024;

    /** Counts candles without keeping them, so the listener itself does not allocate. */
    private static final class CountingListener implements CandleListener {
        long candles;
        long checksum;

        @Override
        public void onCandle(final Candle candle) {
            candles++;
            checksum += candle.vwap() ^ candle.revision();
        }
    }

    @Test
    void allocatesNothingPerTradeOrTimerTick() {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final CountingListener listener = new CountingListener();
        final CandleAggregator aggregator = new CandleAggregator(
            INSTRUMENTS, EnumSet.allOf(CandleInterval.class), 50, 5_000_000, 5 * SECOND_NS, listener);
        long clockNs = drive(aggregator, tenAm("00:00"), WARM_UP_TRADES, 1);
        threads.getCurrentThreadAllocatedBytes();

        final long before = threads.getCurrentThreadAllocatedBytes();
        clockNs = drive(aggregator, clockNs, MEASURED_TRADES, 2);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(listener.candles > MEASURED_TRADES / 100, "the run publishes candles: " + listener.candles);
        assertTrue(aggregator.revisedCandles() > 0 && aggregator.droppedLateTrades() > 0 && aggregator.rejectedTrades() > 0,
            "the run takes the late, dropped and rejected paths");
        assertTrue(allocated < ALLOWED_BYTES,
            allocated + " bytes for " + MEASURED_TRADES + " trades, clock " + clockNs + ", checksum " + listener.checksum);
    }

    /** Feeds a deterministic mix of in-order, late, too-late and invalid trades plus timer ticks; returns the clock. */
    private static long drive(final CandleAggregator aggregator, final long startNs, final int trades, final long seed) {
        long state = seed;
        long clockNs = startNs;
        for (int i = 0; i < trades; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            final int roll = (int) (state >>> 33);
            final int instrumentId = Math.floorMod(roll, INSTRUMENTS);
            clockNs += Math.floorMod(roll >>> 7, 3) * MILLI_NS;
            long timestampNs = clockNs;
            if (Math.floorMod(roll, 17) == 0) {
                timestampNs -= Math.floorMod(roll >>> 3, 8) * SECOND_NS;
            }
            final long price = Math.floorMod(i == 0 ? 0 : roll >>> 5, 1_000) == 999 ? 0 : 10_000 + Math.floorMod(roll, 500);
            aggregator.onTrade(instrumentId, timestampNs, price, 1 + Math.floorMod(roll >>> 11, 100_000));
            if (Math.floorMod(i, 1_000) == 0) {
                aggregator.onTime(clockNs);
            }
        }
        return clockNs;
    }
}

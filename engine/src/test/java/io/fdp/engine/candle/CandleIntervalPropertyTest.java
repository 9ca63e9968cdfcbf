package io.fdp.engine.candle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class CandleIntervalPropertyTest {
    @Property(seed = "5550123", tries = 2000)
    void bucketHoldsTimestampAndIsAligned(
        @ForAll final CandleInterval interval,
        @ForAll @LongRange(min = CandleAggregator.MIN_TIMESTAMP_NS, max = CandleAggregator.MAX_TIMESTAMP_NS)
        final long timestampNs) {
        final long startNs = interval.bucketStartNs(timestampNs);

        assertTrue(startNs <= timestampNs && timestampNs < startNs + interval.intervalNs());
        assertEquals(0, Math.floorMod(startNs, interval.intervalNs()));
        assertEquals(startNs, interval.bucketStartNs(startNs), "a bucket start is in its own bucket");
    }
}

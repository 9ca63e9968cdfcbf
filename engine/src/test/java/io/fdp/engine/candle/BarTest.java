package io.fdp.engine.candle;

import static io.fdp.engine.candle.CandleFixtures.MILLI_NS;
import static io.fdp.engine.candle.CandleFixtures.SECOND_NS;
import static io.fdp.engine.candle.CandleFixtures.tenAm;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fdp.engine.candle.CandleFixtures.RecordingListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BarTest {
    private static final long VOLUME_BAR = 10;

    private final RecordingListener listener = new RecordingListener();
    private final Candle candle = new Candle();

    private CandleAggregator bars(final long tickBarTrades, final long volumeBarSize) {
        return new CandleAggregator(
            2, EnumSet.noneOf(CandleInterval.class), tickBarTrades, volumeBarSize, 5 * SECOND_NS, listener);
    }

    @ParameterizedTest(name = "every {0} trades")
    @ValueSource(longs = {1, 2, 3, 5, 10, 11})
    void closesTickBarEveryNTrades(final long n) {
        final CandleAggregator aggregator = bars(n, 0);
        final int trades = 10;
        for (int i = 0; i < trades; i++) {
            assertEquals(CandleAggregator.OK, aggregator.onTrade(0, tenAm("00:00") + i * 300 * MILLI_NS, 100 + i, i + 1));
        }

        final List<Candle> ticks = listener.of(Candle.KIND_TICK, n);
        assertEquals(trades / n, ticks.size());
        for (int b = 0; b < ticks.size(); b++) {
            final Candle bar = ticks.get(b);
            final long first = b * n;
            final long last = first + n - 1;
            assertAll(
                () -> assertEquals(n, bar.tradeCount(), "tradeCount"),
                () -> assertEquals(100 + first, bar.open(), "open"),
                () -> assertEquals(100 + last, bar.close(), "close"),
                () -> assertEquals(100 + last, bar.high(), "high"),
                () -> assertEquals(100 + first, bar.low(), "low"),
                () -> assertEquals((first + 1 + last + 1) * n / 2, bar.volume(), "volume"),
                () -> assertEquals(tenAm("00:00") + first * 300 * MILLI_NS, bar.bucketStartNs(), "bucketStartNs"),
                () -> assertEquals(tenAm("00:00") + last * 300 * MILLI_NS, bar.bucketEndNs(), "bucketEndNs"),
                () -> assertEquals(Candle.STATE_FINAL, bar.state(), "state"));
        }
        assertEquals(trades % n != 0, aggregator.openTickBar(0, candle));
        if (trades % n != 0) {
            assertEquals(trades % n, candle.tradeCount());
            assertEquals(Candle.STATE_PARTIAL, candle.state());
        }
    }

    static Stream<Arguments> volumeSequences() {
        return Stream.of(
            Arguments.of("exact threshold closes", List.of(4L, 6L), List.of(10L), 0L),
            Arguments.of("crossing trade belongs to the closing bar", List.of(4L, 5L, 3L), List.of(12L), 0L),
            Arguments.of("single trade above threshold closes alone", List.of(25L), List.of(25L), 0L),
            Arguments.of("next bar starts empty after a crossing", List.of(9L, 2L, 9L, 1L), List.of(11L, 10L), 0L),
            Arguments.of("below threshold stays open", List.of(3L, 3L, 3L), List.of(), 9L),
            Arguments.of("several bars and a remainder", List.of(5L, 5L, 5L, 5L, 1L), List.of(10L, 10L), 1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("volumeSequences")
    void closesVolumeBarAtThreshold(
        final String name, final List<Long> sizes, final List<Long> closedVolumes, final long openVolume) {
        final CandleAggregator aggregator = bars(0, VOLUME_BAR);
        long timestampNs = tenAm("00:00");
        for (final long size : sizes) {
            aggregator.onTrade(0, timestampNs, 100, size);
            timestampNs += MILLI_NS;
        }

        final List<Long> volumes = new ArrayList<>();
        for (final Candle bar : listener.of(Candle.KIND_VOLUME, VOLUME_BAR)) {
            volumes.add(bar.volume());
        }
        assertEquals(closedVolumes, volumes);
        assertEquals(openVolume != 0, aggregator.openVolumeBar(0, candle));
        if (openVolume != 0) {
            assertEquals(openVolume, candle.volume());
        }
    }

    @Test
    void spansTimeBucketsWithoutAlignment() {
        final CandleAggregator aggregator = bars(3, 0);
        aggregator.onTrade(0, tenAm("00:59.9"), 100, 1);
        aggregator.onTrade(0, tenAm("01:00.1"), 101, 1);
        aggregator.onTrade(0, tenAm("01:07.3"), 99, 1);
        aggregator.onTime(tenAm("05:00"));

        assertEquals(1, listener.candles.size());
        final Candle bar = listener.last();
        assertAll(
            () -> assertEquals(Candle.KIND_TICK, bar.barKind()),
            () -> assertEquals(3, bar.barSpec()),
            () -> assertEquals(tenAm("00:59.9"), bar.bucketStartNs()),
            () -> assertEquals(tenAm("01:07.3"), bar.bucketEndNs()),
            () -> assertEquals(100, bar.vwap()));
    }

    @Test
    void lateTradeJoinsCurrentBarAtItsTimestamp() {
        final CandleAggregator aggregator = bars(3, 0);
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);
        aggregator.onTrade(0, tenAm("00:00.6"), 101, 1);
        aggregator.onTrade(0, tenAm("00:00.1"), 90, 1);

        final Candle bar = listener.last();
        assertAll(
            () -> assertEquals(90, bar.open()),
            () -> assertEquals(101, bar.close()),
            () -> assertEquals(tenAm("00:00.1"), bar.bucketStartNs()),
            () -> assertEquals(tenAm("00:00.6"), bar.bucketEndNs()));
    }

    @Test
    void tooLateTradeCountsTowardsNoBar() {
        final CandleAggregator aggregator = bars(2, VOLUME_BAR);
        aggregator.onTrade(0, tenAm("00:10"), 100, 1);

        assertEquals(CandleAggregator.TOO_LATE, aggregator.onTrade(0, tenAm("00:00"), 100, 20));

        assertTrue(listener.candles.isEmpty());
        assertTrue(aggregator.openTickBar(0, candle));
        assertEquals(1, candle.tradeCount());
        assertTrue(aggregator.openVolumeBar(0, candle));
        assertEquals(1, candle.volume());
    }

    @Test
    void keepsBarsPerInstrument() {
        final CandleAggregator aggregator = bars(2, VOLUME_BAR);
        aggregator.onTrade(0, tenAm("00:00.1"), 100, 6);
        aggregator.onTrade(1, tenAm("00:00.2"), 200, 6);
        aggregator.onTrade(0, tenAm("00:00.3"), 101, 6);

        assertEquals(2, listener.candles.size(), "instrument 0 closed one tick bar and one volume bar");
        for (final Candle bar : listener.candles) {
            assertEquals(0, bar.instrumentId());
            assertEquals(12, bar.volume());
        }
        assertTrue(aggregator.openTickBar(1, candle));
        assertEquals(200, candle.open());
        assertEquals(1, candle.instrumentId());
        assertFalse(aggregator.openTickBar(0, candle));
    }

    @Test
    void buildsNoBarsWhenSizesAreZero() {
        final CandleAggregator aggregator = new CandleAggregator(
            1, EnumSet.of(CandleInterval.ONE_SECOND), 0, 0, SECOND_NS, listener);
        for (int i = 0; i < 5; i++) {
            aggregator.onTrade(0, tenAm("00:00") + i, 100, 1_000);
        }

        assertTrue(listener.candles.isEmpty());
        assertFalse(aggregator.openTickBar(0, candle));
        assertFalse(aggregator.openVolumeBar(0, candle));
        assertFalse(aggregator.openTickBar(-1, candle));
    }
}

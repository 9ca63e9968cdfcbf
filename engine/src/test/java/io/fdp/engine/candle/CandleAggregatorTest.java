package io.fdp.engine.candle;

import static io.fdp.engine.candle.CandleFixtures.SECOND_AND_MINUTE;
import static io.fdp.engine.candle.CandleFixtures.SECOND_NS;
import static io.fdp.engine.candle.CandleFixtures.feed;
import static io.fdp.engine.candle.CandleFixtures.tenAm;
import static io.fdp.engine.candle.CandleFixtures.timeAggregator;
import static io.fdp.engine.candle.CandleFixtures.trade;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fdp.engine.candle.CandleFixtures.RecordingListener;
import io.fdp.engine.candle.CandleFixtures.Trade;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CandleAggregatorTest {
    private final RecordingListener listener = new RecordingListener();
    private final CandleAggregator aggregator = timeAggregator(listener);
    private final Candle candle = new Candle();

    static Stream<Arguments> sequences() {
        return Stream.of(
            Arguments.of("single trade", List.of(trade("00:00.100", 100, 5)), 100, 100, 100, 100, 5, 1),
            Arguments.of("rising", List.of(
                trade("00:00.100", 100, 1), trade("00:00.200", 101, 1), trade("00:00.300", 102, 1)),
                100, 102, 100, 102, 3, 3),
            Arguments.of("falling", List.of(
                trade("00:00.100", 102, 1), trade("00:00.200", 101, 1), trade("00:00.300", 100, 1)),
                102, 102, 100, 100, 3, 3),
            Arguments.of("spike up then down inside the candle", List.of(
                trade("00:00.100", 100, 1), trade("00:00.200", 150, 1),
                trade("00:00.300", 90, 1), trade("00:00.400", 101, 1)),
                100, 150, 90, 101, 4, 4),
            Arguments.of("equal timestamps keep the first open and the last close", List.of(
                trade("00:00.100", 100, 1), trade("00:00.100", 105, 1),
                trade("00:00.200", 103, 1), trade("00:00.200", 104, 1)),
                100, 105, 100, 104, 4, 4),
            Arguments.of("out-of-order trades in the open bucket order open and close by time", List.of(
                trade("00:00.500", 100, 1), trade("00:00.200", 90, 1),
                trade("00:00.900", 110, 1), trade("00:00.700", 120, 1)),
                90, 120, 90, 110, 4, 4),
            Arguments.of("sizes sum into the volume", List.of(
                trade("00:00.100", 100, 3), trade("00:00.200", 100, 7), trade("00:00.300", 100, 90)),
                100, 100, 100, 100, 100, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequences")
    void buildsOhlcvFromSequence(
        final String name, final List<Trade> trades, final long open, final long high, final long low, final long close,
        final long volume, final long tradeCount) {
        assertEquals(CandleAggregator.OK, feed(aggregator, trades));

        assertTrue(aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));
        assertAll(
            () -> assertEquals(open, candle.open(), "open"),
            () -> assertEquals(high, candle.high(), "high"),
            () -> assertEquals(low, candle.low(), "low"),
            () -> assertEquals(close, candle.close(), "close"),
            () -> assertEquals(volume, candle.volume(), "volume"),
            () -> assertEquals(tradeCount, candle.tradeCount(), "tradeCount"),
            () -> assertEquals(Candle.STATE_PARTIAL, candle.state(), "state"),
            () -> assertEquals(tenAm("00:00"), candle.bucketStartNs(), "bucketStartNs"),
            () -> assertEquals(tenAm("00:01"), candle.bucketEndNs(), "bucketEndNs"));
        assertTrue(listener.candles.isEmpty(), "nothing closes inside one bucket");
    }

    @Test
    void closesOpenCandleOnTradeInLaterBucket() {
        assertEquals(CandleAggregator.OK, aggregator.onTrade(2, tenAm("00:00.5"), 100, 4));
        assertEquals(CandleAggregator.OK, aggregator.onTrade(2, tenAm("00:01.2"), 101, 6));

        assertEquals(1, listener.candles.size());
        final Candle closed = listener.last();
        assertAll(
            () -> assertEquals(2, closed.instrumentId()),
            () -> assertEquals(Candle.KIND_TIME, closed.barKind()),
            () -> assertEquals(SECOND_NS, closed.barSpec()),
            () -> assertEquals(tenAm("00:00"), closed.bucketStartNs()),
            () -> assertEquals(tenAm("00:01"), closed.bucketEndNs()),
            () -> assertEquals(100, closed.close()),
            () -> assertEquals(4, closed.volume()),
            () -> assertEquals(Candle.STATE_FINAL, closed.state()),
            () -> assertEquals(0, closed.revision()));
        assertEquals(1, aggregator.closedCandles());
        assertTrue(aggregator.openCandle(2, CandleInterval.ONE_SECOND, candle));
        assertEquals(tenAm("00:01"), candle.bucketStartNs());
        assertEquals(101, candle.open());
        assertTrue(aggregator.openCandle(2, CandleInterval.ONE_MINUTE, candle));
        assertEquals(10, candle.volume(), "the minute candle holds both trades");
    }

    @Test
    void producesNoCandleForEmptyIntervals() {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);
        aggregator.onTrade(0, tenAm("00:05.5"), 101, 1);
        aggregator.onTime(tenAm("00:06"));

        final List<Candle> seconds = listener.of(CandleInterval.ONE_SECOND);
        assertEquals(2, seconds.size());
        assertEquals(tenAm("00:00"), seconds.get(0).bucketStartNs());
        assertEquals(tenAm("00:05"), seconds.get(1).bucketStartNs());
        assertTrue(listener.of(CandleInterval.ONE_MINUTE).isEmpty());
    }

    static Stream<Arguments> timerCases() {
        return Stream.of(
            Arguments.of("one ns before the bucket end closes nothing", tenAm("00:00.999999999"), 0, 0),
            Arguments.of("the exact bucket end closes the second", tenAm("00:01"), 1, 0),
            Arguments.of("a later second closes the second only", tenAm("00:59.999999999"), 1, 0),
            Arguments.of("the minute end closes both", tenAm("01:00"), 1, 1),
            Arguments.of("an hour later closes each once", tenAm("59:00"), 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timerCases")
    void closesOnTimeAtBucketEnd(final String name, final long nowNs, final int seconds, final int minutes) {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);

        aggregator.onTime(nowNs);
        aggregator.onTime(nowNs);

        assertEquals(seconds, listener.of(CandleInterval.ONE_SECOND).size(), "1s candles");
        assertEquals(minutes, listener.of(CandleInterval.ONE_MINUTE).size(), "1m candles");
        assertEquals(seconds == 0, aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));
        assertEquals(minutes == 0, aggregator.openCandle(0, CandleInterval.ONE_MINUTE, candle));
        for (final Candle closed : listener.candles) {
            assertEquals(Candle.STATE_FINAL, closed.state());
        }
    }

    @Test
    void closesOnTimeOnlyCandlesWhoseBucketEnded() {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);
        aggregator.onTrade(1, tenAm("00:01.5"), 200, 1);
        aggregator.onTrade(0, tenAm("00:01.6"), 101, 1);
        listener.candles.clear();

        aggregator.onTime(tenAm("00:01.9"));
        assertTrue(listener.candles.isEmpty(), "both open seconds end at 10:00:02");

        aggregator.onTime(tenAm("00:02"));
        final Set<Integer> closed = new HashSet<>();
        for (final Candle c : listener.of(CandleInterval.ONE_SECOND)) {
            closed.add(c.instrumentId());
            assertEquals(tenAm("00:01"), c.bucketStartNs());
        }
        assertEquals(Set.of(0, 1), closed);
    }

    @Test
    void closesOnTimeAcrossManyInstruments() {
        final int instruments = 10_000;
        final CandleAggregator many = new CandleAggregator(
            instruments, EnumSet.of(CandleInterval.ONE_SECOND), 0, 0, SECOND_NS, listener);
        for (int id = 0; id < instruments; id++) {
            many.onTrade(id, tenAm("00:00.5") + id, 100 + id, 1);
        }
        many.onTime(tenAm("00:00.9"));
        assertTrue(listener.candles.isEmpty());

        many.onTime(tenAm("00:01"));

        assertEquals(instruments, listener.candles.size());
        final Set<Integer> closed = new HashSet<>();
        for (final Candle c : listener.candles) {
            assertEquals(100 + c.instrumentId(), c.close());
            closed.add(c.instrumentId());
        }
        assertEquals(instruments, closed.size());
        many.onTime(tenAm("00:02"));
        assertEquals(instruments, listener.candles.size(), "closed candles are not closed again");
    }

    @Test
    void startsNewCandleAfterTimerClose() {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);
        aggregator.onTime(tenAm("00:01"));
        assertEquals(CandleAggregator.OK, aggregator.onTrade(0, tenAm("00:01.5"), 102, 2));

        assertTrue(aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));
        assertEquals(tenAm("00:01"), candle.bucketStartNs());
        assertEquals(2, candle.volume());
        aggregator.onTime(tenAm("00:02"));
        assertEquals(2, listener.of(CandleInterval.ONE_SECOND).size());
    }

    static Stream<Arguments> invalidTrades() {
        final long ts = tenAm("00:00.5");
        return Stream.of(
            Arguments.of("negative instrument", -1, ts, 100L, 1L, CandleAggregator.INVALID_INSTRUMENT),
            Arguments.of("instrument at capacity", 4, ts, 100L, 1L, CandleAggregator.INVALID_INSTRUMENT),
            Arguments.of("null timestamp", 0, Candle.NULL_TIMESTAMP_NS, 100L, 1L, CandleAggregator.INVALID_TIMESTAMP),
            Arguments.of("timestamp before the range", 0, CandleAggregator.MIN_TIMESTAMP_NS - 1, 100L, 1L,
                CandleAggregator.INVALID_TIMESTAMP),
            Arguments.of("timestamp after the range", 0, CandleAggregator.MAX_TIMESTAMP_NS + 1, 100L, 1L,
                CandleAggregator.INVALID_TIMESTAMP),
            Arguments.of("null price", 0, ts, Candle.NULL_PRICE, 1L, CandleAggregator.INVALID_PRICE),
            Arguments.of("zero price", 0, ts, 0L, 1L, CandleAggregator.INVALID_PRICE),
            Arguments.of("negative price", 0, ts, -5L, 1L, CandleAggregator.INVALID_PRICE),
            Arguments.of("zero size", 0, ts, 100L, 0L, CandleAggregator.INVALID_SIZE),
            Arguments.of("negative size", 0, ts, 100L, -1L, CandleAggregator.INVALID_SIZE),
            Arguments.of("instrument is checked before price", -1, ts, 0L, 1L, CandleAggregator.INVALID_INSTRUMENT),
            Arguments.of("price is checked before size", 0, ts, 0L, 0L, CandleAggregator.INVALID_PRICE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTrades")
    void rejectsInvalidTrade(
        final String name, final int instrumentId, final long timestampNs, final long price, final long size,
        final int code) {
        final long emptyHash = aggregator.stateHash(7);

        assertEquals(code, aggregator.onTrade(instrumentId, timestampNs, price, size));

        assertEquals(1, aggregator.rejectedTrades());
        assertEquals(0, aggregator.droppedLateTrades());
        assertEquals(emptyHash, aggregator.stateHash(7), "a rejected trade leaves no state");
        assertFalse(aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));
    }

    @Test
    void acceptsTimestampsAtTheEdgesOfTheRange() {
        final CandleAggregator all = new CandleAggregator(
            1, EnumSet.allOf(CandleInterval.class), 0, 0, 0, listener);

        assertEquals(CandleAggregator.OK, all.onTrade(0, CandleAggregator.MIN_TIMESTAMP_NS, 100, 1));
        assertEquals(CandleAggregator.OK, all.onTrade(0, CandleAggregator.MAX_TIMESTAMP_NS, 100, 1));
        all.onTime(Long.MAX_VALUE);

        for (final Candle c : listener.candles) {
            assertTrue(c.bucketStartNs() <= c.firstTradeNs() && c.lastTradeNs() < c.bucketEndNs(), c.toString());
            assertEquals(0, Math.floorMod(c.bucketStartNs(), c.barSpec()), c.toString());
        }
        assertEquals(2 * CandleInterval.values().length, listener.candles.size());
    }

    @Test
    void isolatesInstruments() {
        aggregator.onTrade(0, tenAm("00:00.1"), 100, 1);
        aggregator.onTrade(1, tenAm("00:00.2"), 200, 2);
        aggregator.onTrade(0, tenAm("00:00.3"), 110, 3);
        aggregator.onTrade(0, tenAm("00:01.1"), 120, 1);
        assertEquals(CandleAggregator.OK, aggregator.onTrade(1, tenAm("00:00.4"), 190, 1),
            "instrument 1 is not late because of instrument 0's clock");

        assertEquals(1, listener.candles.size());
        assertEquals(0, listener.last().instrumentId());
        assertEquals(4, listener.last().volume());
        assertTrue(aggregator.openCandle(1, CandleInterval.ONE_SECOND, candle));
        assertAll(
            () -> assertEquals(1, candle.instrumentId()),
            () -> assertEquals(200, candle.open()),
            () -> assertEquals(190, candle.close()),
            () -> assertEquals(3, candle.volume()),
            () -> assertEquals(2, candle.tradeCount()));
        assertFalse(aggregator.openCandle(2, CandleInterval.ONE_SECOND, candle));
    }

    @Test
    void reusesOneFlyweightForEveryCandle() {
        final List<Candle> seen = new ArrayList<>();
        final CandleAggregator reusing = new CandleAggregator(2, SECOND_AND_MINUTE, 2, 0, 0, seen::add);
        reusing.onTrade(0, tenAm("00:00.5"), 100, 1);
        reusing.onTrade(0, tenAm("00:01.5"), 100, 1);
        reusing.onTime(tenAm("02:00"));

        assertEquals(4, seen.size());
        for (final Candle c : seen) {
            assertSame(seen.get(0), c);
        }
    }

    static Stream<Arguments> missingOpenCandles() {
        return Stream.of(
            Arguments.of("interval not configured", 0, CandleInterval.FIVE_MINUTES),
            Arguments.of("no interval", 0, null),
            Arguments.of("negative instrument", -1, CandleInterval.ONE_SECOND),
            Arguments.of("instrument at capacity", 4, CandleInterval.ONE_SECOND),
            Arguments.of("instrument without trades", 3, CandleInterval.ONE_SECOND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingOpenCandles")
    void reportsMissingOpenCandle(final String name, final int instrumentId, final CandleInterval interval) {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);

        assertFalse(aggregator.openCandle(instrumentId, interval, candle));
        assertFalse(aggregator.closedCandle(instrumentId, interval, tenAm("00:00"), candle));
    }

    static Stream<Arguments> invalidConfigurations() {
        final Set<CandleInterval> one = EnumSet.of(CandleInterval.ONE_SECOND);
        final CandleListener ignore = c -> { };
        return Stream.of(
            Arguments.of("no instruments", 0, one, 0L, 0L, 0L, ignore),
            Arguments.of("negative tick bar size", 1, one, -1L, 0L, 0L, ignore),
            Arguments.of("negative volume bar size", 1, one, 0L, -1L, 0L, ignore),
            Arguments.of("negative horizon", 1, one, 0L, 0L, -1L, ignore),
            Arguments.of("horizon beyond the maximum", 1, one, 0L, 0L, CandleAggregator.MAX_LATE_HORIZON_NS + 1, ignore),
            Arguments.of("no listener", 1, one, 0L, 0L, 0L, null),
            Arguments.of("state too large for arrays", Integer.MAX_VALUE, EnumSet.allOf(CandleInterval.class),
                0L, 0L, 0L, ignore));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConfigurations")
    void rejectsInvalidConfiguration(
        final String name, final int maxInstruments, final Set<CandleInterval> intervals, final long tickBarTrades,
        final long volumeBarSize, final long lateHorizonNs, final CandleListener candleListener) {
        assertThrows(IllegalArgumentException.class, () -> new CandleAggregator(
            maxInstruments, intervals, tickBarTrades, volumeBarSize, lateHorizonNs, candleListener));
    }
}

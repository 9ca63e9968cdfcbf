package io.fdp.engine.candle;

import static io.fdp.engine.candle.CandleFixtures.MILLI_NS;
import static io.fdp.engine.candle.CandleFixtures.SECOND_AND_MINUTE;
import static io.fdp.engine.candle.CandleFixtures.SECOND_NS;
import static io.fdp.engine.candle.CandleFixtures.tenAm;
import static io.fdp.engine.candle.CandleFixtures.timeAggregator;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fdp.engine.candle.CandleFixtures.RecordingListener;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LateTradeTest {
    private static final long MINUTE_NS = 60 * SECOND_NS;

    private final RecordingListener listener = new RecordingListener();
    private final CandleAggregator aggregator = timeAggregator(listener);
    private final Candle candle = new Candle();

    @Test
    void revisesClosedCandleWithinHorizon() {
        aggregator.onTrade(0, tenAm("00:00.2"), 100, 1);
        aggregator.onTrade(0, tenAm("00:00.4"), 102, 1);
        aggregator.onTrade(0, tenAm("00:01.1"), 105, 1);

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:00.3"), 98, 2));
        final Candle first = listener.last();
        assertAll(
            () -> assertEquals(Candle.STATE_REVISED, first.state()),
            () -> assertEquals(1, first.revision()),
            () -> assertEquals(tenAm("00:00"), first.bucketStartNs()),
            () -> assertEquals(100, first.open()),
            () -> assertEquals(102, first.high()),
            () -> assertEquals(98, first.low()),
            () -> assertEquals(102, first.close()),
            () -> assertEquals(4, first.volume()),
            () -> assertEquals(3, first.tradeCount()),
            () -> assertEquals(100, first.vwap()));

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:00.6"), 110, 1));
        final Candle second = listener.last();
        assertAll(
            () -> assertEquals(Candle.STATE_REVISED, second.state()),
            () -> assertEquals(2, second.revision()),
            () -> assertEquals(110, second.high()),
            () -> assertEquals(110, second.close()),
            () -> assertEquals(5, second.volume()),
            () -> assertEquals(4, second.tradeCount()));

        assertEquals(1, aggregator.closedCandles());
        assertEquals(2, aggregator.revisedCandles());
        assertTrue(aggregator.closedCandle(0, CandleInterval.ONE_SECOND, tenAm("00:00"), candle));
        assertEquals(Candle.STATE_REVISED, candle.state());
        assertEquals(2, candle.revision());
        assertTrue(aggregator.openCandle(0, CandleInterval.ONE_MINUTE, candle));
        assertEquals(6, candle.volume(), "the open minute takes late trades as ordinary ones");
        assertTrue(listener.of(CandleInterval.ONE_MINUTE).isEmpty());
    }

    static Stream<Arguments> lateTimestamps() {
        return Stream.of(
            Arguments.of("earlier than the first trade moves the open", "00:00.1", 90, 102, "00:00.1", "00:00.4"),
            Arguments.of("equal to the first trade keeps the open", "00:00.2", 100, 102, "00:00.2", "00:00.4"),
            Arguments.of("between first and last moves neither", "00:00.3", 100, 102, "00:00.2", "00:00.4"),
            Arguments.of("equal to the last trade moves the close", "00:00.4", 100, 90, "00:00.2", "00:00.4"),
            Arguments.of("later than the last trade moves the close", "00:00.9", 100, 90, "00:00.2", "00:00.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateTimestamps")
    void movesOpenOrCloseOnlyPerTimestamp(
        final String name, final String lateTime, final long open, final long close, final String first,
        final String last) {
        aggregator.onTrade(0, tenAm("00:00.2"), 100, 1);
        aggregator.onTrade(0, tenAm("00:00.4"), 102, 1);
        aggregator.onTrade(0, tenAm("00:01.1"), 105, 1);

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm(lateTime), 90, 1));

        final Candle revised = listener.last();
        assertAll(
            () -> assertEquals(open, revised.open(), "open"),
            () -> assertEquals(close, revised.close(), "close"),
            () -> assertEquals(tenAm(first), revised.firstTradeNs(), "firstTradeNs"),
            () -> assertEquals(tenAm(last), revised.lastTradeNs(), "lastTradeNs"),
            () -> assertEquals(102, revised.high(), "high"),
            () -> assertEquals(90, revised.low(), "low"));
    }

    @Test
    void dropsTradeOlderThanHorizon() {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);
        aggregator.onTrade(0, tenAm("00:10"), 101, 1);
        final long hash = aggregator.stateHash(1);
        final int published = listener.candles.size();

        assertEquals(CandleAggregator.TOO_LATE, aggregator.onTrade(0, tenAm("00:04.999999999"), 99, 1));

        assertEquals(1, aggregator.droppedLateTrades());
        assertEquals(0, aggregator.rejectedTrades());
        assertEquals(hash, aggregator.stateHash(1), "a dropped trade changes no candle");
        assertEquals(published, listener.candles.size());
        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:05"), 99, 1),
            "exactly the horizon behind the latest trade is still in time");
    }

    @Test
    void createsCandleForClosedBucketThatHadNoTrades() {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);
        aggregator.onTrade(0, tenAm("00:02.5"), 102, 1);

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:01.5"), 101, 3));
        assertEquals(Candle.STATE_FINAL, listener.last().state());
        assertEquals(0, listener.last().revision());
        assertEquals(tenAm("00:01"), listener.last().bucketStartNs());
        assertEquals(3, listener.last().volume());

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:01.7"), 103, 1));
        assertEquals(Candle.STATE_REVISED, listener.last().state());
        assertEquals(1, listener.last().revision());
        assertTrue(aggregator.closedCandle(0, CandleInterval.ONE_SECOND, tenAm("00:00"), candle));
        assertTrue(aggregator.closedCandle(0, CandleInterval.ONE_SECOND, tenAm("00:01"), candle));
        assertEquals(103, candle.close());
        assertEquals(2, aggregator.closedCandles());
        assertEquals(1, aggregator.revisedCandles());
    }

    @Test
    void createsCandleOlderThanEveryRetainedOneWhileRingHasRoom() {
        aggregator.onTrade(0, tenAm("00:02.5"), 100, 1);

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:00.5"), 99, 1));

        assertEquals(Candle.STATE_FINAL, listener.last().state());
        assertEquals(tenAm("00:00"), listener.last().bucketStartNs());
        assertTrue(aggregator.closedCandle(0, CandleInterval.ONE_SECOND, tenAm("00:00"), candle));
        assertTrue(aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));
        assertEquals(tenAm("00:02"), candle.bucketStartNs());
    }

    @Test
    void revisesCandleClosedByTimer() {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);
        aggregator.onTime(tenAm("00:01"));

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:00.7"), 101, 1));
        assertEquals(Candle.STATE_REVISED, listener.last().state());
        assertEquals(1, listener.last().revision());
        assertFalse(aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));

        assertEquals(CandleAggregator.OK, aggregator.onTrade(0, tenAm("00:01.2"), 102, 1));
        assertTrue(aggregator.openCandle(0, CandleInterval.ONE_SECOND, candle));
        assertEquals(tenAm("00:01"), candle.bucketStartNs());
    }

    @Test
    void revisesEveryIntervalWhoseBucketClosed() {
        aggregator.onTrade(0, tenAm("00:59.5"), 100, 1);
        aggregator.onTrade(0, tenAm("01:00.5"), 101, 1);

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:59.8"), 102, 1));

        final List<Candle> seconds = listener.of(CandleInterval.ONE_SECOND);
        final List<Candle> minutes = listener.of(CandleInterval.ONE_MINUTE);
        assertEquals(Candle.STATE_REVISED, seconds.get(seconds.size() - 1).state());
        assertEquals(Candle.STATE_REVISED, minutes.get(minutes.size() - 1).state());
        assertEquals(2, minutes.get(minutes.size() - 1).volume());
        assertEquals(2, aggregator.revisedCandles());
    }

    @Test
    void measuresHorizonFromLatestTradeNotFromTimer() {
        aggregator.onTrade(0, tenAm("00:00.5"), 100, 1);
        aggregator.onTime(tenAm("05:00"));

        assertEquals(CandleAggregator.LATE_REVISED, aggregator.onTrade(0, tenAm("00:00.6"), 100, 1));
        assertEquals(2, aggregator.revisedCandles(), "the second and the minute are both revised");
    }

    @Test
    void zeroHorizonStillAmendsCandleClosedByTimerAtLatestTime() {
        final CandleAggregator strict = new CandleAggregator(1, SECOND_AND_MINUTE, 0, 0, 0, listener);
        strict.onTrade(0, tenAm("00:00.5"), 100, 1);
        strict.onTime(tenAm("00:01"));

        assertEquals(CandleAggregator.LATE_REVISED, strict.onTrade(0, tenAm("00:00.5"), 101, 1));
        assertEquals(CandleAggregator.TOO_LATE, strict.onTrade(0, tenAm("00:00.499999999"), 101, 1));
        assertEquals(1, strict.droppedLateTrades());
    }

    static Stream<Arguments> ringCapacities() {
        return Stream.of(
            Arguments.of("zero horizon keeps one", 0L, CandleInterval.ONE_SECOND, 1),
            Arguments.of("half an interval keeps two", 500 * MILLI_NS, CandleInterval.ONE_SECOND, 2),
            Arguments.of("exactly one interval keeps two", SECOND_NS, CandleInterval.ONE_SECOND, 2),
            Arguments.of("one and a half intervals keep three", 1500 * MILLI_NS, CandleInterval.ONE_SECOND, 3),
            Arguments.of("seven intervals keep the cap of eight", 7 * SECOND_NS, CandleInterval.ONE_SECOND, 8),
            Arguments.of("a minute of seconds is capped at eight", MINUTE_NS, CandleInterval.ONE_SECOND, 8),
            Arguments.of("a minute horizon on minutes keeps two", MINUTE_NS, CandleInterval.ONE_MINUTE, 2),
            Arguments.of("a minute horizon on days keeps two", MINUTE_NS, CandleInterval.ONE_DAY, 2),
            Arguments.of("an interval not configured keeps none", MINUTE_NS, CandleInterval.ONE_HOUR, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ringCapacities")
    void derivesRetainedCandlesFromHorizon(
        final String name, final long horizonNs, final CandleInterval interval, final int capacity) {
        final CandleAggregator sized = new CandleAggregator(
            1, EnumSet.of(CandleInterval.ONE_SECOND, CandleInterval.ONE_MINUTE, CandleInterval.ONE_DAY), 0, 0,
            horizonNs, listener);

        assertEquals(capacity, sized.retainedCapacity(interval));
    }

    @Test
    void dropsWholeTradeWhenCappedRingNoLongerReachesItsBucket() {
        final CandleAggregator capped = new CandleAggregator(1, SECOND_AND_MINUTE, 0, 0, MINUTE_NS, listener);
        for (int second = 0; second < 10; second++) {
            capped.onTrade(0, tenAm("00:00.5") + second * SECOND_NS, 100, 1);
        }
        final long hash = capped.stateHash(3);

        assertEquals(CandleAggregator.TOO_LATE, capped.onTrade(0, tenAm("00:00.7"), 100, 1),
            "bucket 10:00:00 was evicted from the ring of eight closed seconds");
        assertEquals(1, capped.droppedLateTrades());
        assertEquals(hash, capped.stateHash(3), "the open minute did not take the dropped trade either");
        assertFalse(capped.closedCandle(0, CandleInterval.ONE_SECOND, tenAm("00:00"), candle));

        assertEquals(CandleAggregator.LATE_REVISED, capped.onTrade(0, tenAm("00:01.7"), 100, 1));
        assertTrue(capped.openCandle(0, CandleInterval.ONE_MINUTE, candle));
        assertEquals(11, candle.volume());
    }
}

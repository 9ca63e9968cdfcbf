package io.fdp.engine.candle;

import static io.fdp.engine.candle.CandleFixtures.MILLI_NS;
import static io.fdp.engine.candle.CandleFixtures.SECOND_NS;
import static io.fdp.engine.candle.CandleFixtures.tenAm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fdp.engine.candle.CandleFixtures.RecordingListener;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

class CandleAggregatorPropertyTest {
    private static final Set<CandleInterval> INTERVALS =
        EnumSet.of(CandleInterval.ONE_SECOND, CandleInterval.ONE_MINUTE, CandleInterval.FIVE_MINUTES);
    private static final int INSTRUMENTS = 3;
    private static final long START_NS = tenAm("00:00");

    /** One input: a trade, possibly late, or a timer tick; the clock moves forward by {@code forwardNs} first. */
    record Step(boolean timer, int instrumentId, long forwardNs, boolean late, long backNs, long price, long size) {
    }

    /** Aggregator parameters under test. */
    record Config(long lateHorizonNs, long tickBarTrades, long volumeBarSize) {
        /** True when no retained ring is capped, so only the horizon makes a trade too late. */
        boolean uncapped() {
            return lateHorizonNs <= 7 * SECOND_NS;
        }
    }

    /** A trade as fed, with the code it returned. */
    record Fed(int instrumentId, long timestampNs, long price, long size, int code) {
        boolean accepted() {
            return code >= 0;
        }
    }

    /** Everything one run of a stream produced. */
    record Run(CandleAggregator aggregator, List<Candle> published, List<Fed> fed) {
    }

    /** Expected time candle, accumulated from accepted trades with the documented open and close rules. */
    static final class Reference {
        long open;
        long high;
        long low;
        long close;
        long volume;
        long tradeCount;
        long firstTradeNs;
        long lastTradeNs;
        BigInteger notional = BigInteger.ZERO;

        void add(final Fed trade) {
            if (tradeCount == 0 || trade.timestampNs() < firstTradeNs) {
                firstTradeNs = trade.timestampNs();
                open = trade.price();
            }
            if (tradeCount == 0 || trade.timestampNs() >= lastTradeNs) {
                lastTradeNs = trade.timestampNs();
                close = trade.price();
            }
            high = tradeCount == 0 ? trade.price() : Math.max(high, trade.price());
            low = tradeCount == 0 ? trade.price() : Math.min(low, trade.price());
            volume += trade.size();
            tradeCount++;
            notional = notional.add(BigInteger.valueOf(trade.price()).multiply(BigInteger.valueOf(trade.size())));
        }

        void assertMatches(final Candle candle) {
            final String where = candle.toString();
            assertEquals(open, candle.open(), where);
            assertEquals(high, candle.high(), where);
            assertEquals(low, candle.low(), where);
            assertEquals(close, candle.close(), where);
            assertEquals(volume, candle.volume(), where);
            assertEquals(tradeCount, candle.tradeCount(), where);
            assertEquals(firstTradeNs, candle.firstTradeNs(), where);
            assertEquals(lastTradeNs, candle.lastTradeNs(), where);
            assertEquals(VwapTest.roundHalfUp(notional, BigInteger.valueOf(volume)).longValueExact(), candle.vwap(), where);
        }
    }

    @Property(seed = "8675309", tries = 300)
    void everyCandleKeepsOhlcAndVwapOrder(@ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run run = run(steps, config);
        for (final Candle candle : withOpenCandles(run)) {
            final String where = candle.toString();
            assertTrue(candle.high() >= Math.max(candle.open(), candle.close()), where);
            assertTrue(candle.low() <= Math.min(candle.open(), candle.close()), where);
            assertTrue(candle.low() <= candle.vwap() && candle.vwap() <= candle.high(), where);
            assertTrue(candle.tradeCount() >= 1 && candle.volume() >= candle.tradeCount(), where);
            assertTrue(candle.firstTradeNs() <= candle.lastTradeNs(), where);
            if (candle.barKind() == Candle.KIND_TIME) {
                assertTrue(candle.bucketStartNs() <= candle.firstTradeNs(), where);
                assertTrue(candle.lastTradeNs() < candle.bucketEndNs(), where);
                assertEquals(candle.barSpec(), candle.bucketEndNs() - candle.bucketStartNs(), where);
            }
            assertEquals(candle.state() == Candle.STATE_REVISED, candle.revision() > 0, where);
        }
    }

    @Property(seed = "20240315", tries = 300)
    void conservesVolumeOfAcceptedTradesPerInterval(
        @ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run run = run(steps, config);
        for (final CandleInterval interval : INTERVALS) {
            final Map<String, Candle> latest = latestPerBucket(run, interval);
            for (int id = 0; id < INSTRUMENTS; id++) {
                long accepted = 0;
                for (final Fed trade : run.fed()) {
                    if (trade.accepted() && trade.instrumentId() == id) {
                        accepted += trade.size();
                    }
                }
                long published = 0;
                for (final Candle candle : latest.values()) {
                    if (candle.instrumentId() == id) {
                        published += candle.volume();
                    }
                }
                assertEquals(accepted, published, interval + " instrument " + id);
            }
        }
    }

    @Property(seed = "31415926", tries = 300)
    void latestRevisionOfEveryBucketMatchesReferenceModel(
        @ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run run = run(steps, config);
        for (final CandleInterval interval : INTERVALS) {
            final Map<String, Reference> expected = new HashMap<>();
            for (final Fed trade : run.fed()) {
                if (trade.accepted()) {
                    expected.computeIfAbsent(key(trade.instrumentId(), interval.bucketStartNs(trade.timestampNs())),
                        k -> new Reference()).add(trade);
                }
            }
            final Map<String, Candle> actual = latestPerBucket(run, interval);
            assertEquals(expected.keySet(), actual.keySet(), interval + " buckets");
            for (final Map.Entry<String, Reference> bucket : expected.entrySet()) {
                bucket.getValue().assertMatches(actual.get(bucket.getKey()));
            }
        }
    }

    @Property(seed = "27182818", tries = 200)
    void sameStreamGivesSameStateHashAndCandles(
        @ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run first = run(steps, config);
        final Run second = run(steps, config);

        assertEquals(first.aggregator().stateHash(42), second.aggregator().stateHash(42));
        assertEquals(describe(first.published()), describe(second.published()));
        assertEquals(first.fed(), second.fed());
    }

    @Property(seed = "57721566", tries = 200)
    void readingOpenCandlesBetweenTradesChangesNothing(
        @ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run plain = run(steps, config);
        final RecordingListener listener = new RecordingListener();
        final CandleAggregator read = new CandleAggregator(INSTRUMENTS, INTERVALS, config.tickBarTrades(),
            config.volumeBarSize(), config.lateHorizonNs(), listener);
        final Candle open = new Candle();
        long clockNs = START_NS;
        int k = 0;
        for (final Step step : steps) {
            clockNs += step.forwardNs();
            if (step.timer()) {
                read.onTime(clockNs);
                continue;
            }
            final long timestampNs = step.late() ? clockNs - step.backNs() : clockNs;
            assertEquals(plain.fed().get(k++).code(), read.onTrade(step.instrumentId(), timestampNs, step.price(),
                step.size()));
            read.openCandle(step.instrumentId(), CandleInterval.ONE_MINUTE, open);
        }
        assertEquals(plain.aggregator().stateHash(7), read.stateHash(7));
        assertEquals(describe(plain.published()), describe(listener.candles));
    }

    @Property(seed = "16180339", tries = 300)
    void tickBarsHoldExactlyNTrades(@ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run run = run(steps, config);
        final long n = config.tickBarTrades();
        final long[] bars = new long[INSTRUMENTS];
        for (final Candle candle : run.published()) {
            if (candle.barKind() == Candle.KIND_TICK) {
                assertEquals(n, candle.tradeCount(), candle.toString());
                bars[candle.instrumentId()]++;
            }
        }
        final Candle open = new Candle();
        for (int id = 0; id < INSTRUMENTS; id++) {
            long accepted = 0;
            for (final Fed trade : run.fed()) {
                if (trade.accepted() && trade.instrumentId() == id) {
                    accepted++;
                }
            }
            assertEquals(accepted / n, bars[id], "instrument " + id);
            assertEquals(accepted % n != 0, run.aggregator().openTickBar(id, open));
            if (accepted % n != 0) {
                assertEquals(accepted % n, open.tradeCount());
            }
        }
    }

    @Property(seed = "14142135", tries = 300)
    void volumeBarsCloseOnTheCrossingTrade(@ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run run = run(steps, config);
        final long threshold = config.volumeBarSize();
        for (int id = 0; id < INSTRUMENTS; id++) {
            final List<Long> expected = new ArrayList<>();
            long volume = 0;
            for (final Fed trade : run.fed()) {
                if (trade.accepted() && trade.instrumentId() == id) {
                    volume += trade.size();
                    if (volume >= threshold) {
                        expected.add(volume);
                        volume = 0;
                    }
                }
            }
            final List<Long> actual = new ArrayList<>();
            for (final Candle candle : run.published()) {
                if (candle.barKind() == Candle.KIND_VOLUME && candle.instrumentId() == id) {
                    actual.add(candle.volume());
                }
            }
            assertEquals(expected, actual, "instrument " + id);
        }
    }

    @Property(seed = "99991", tries = 300)
    void dropsTradeOnlyBeyondHorizonWhenRingsAreUncapped(
        @ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run run = run(steps, config);
        final long[] latest = new long[INSTRUMENTS];
        Arrays.fill(latest, Long.MIN_VALUE);
        for (final Fed trade : run.fed()) {
            if (trade.code() == CandleAggregator.INVALID_PRICE || trade.code() == CandleAggregator.INVALID_SIZE) {
                continue;
            }
            final boolean beyondHorizon = latest[trade.instrumentId()] != Long.MIN_VALUE
                && trade.timestampNs() < latest[trade.instrumentId()] - config.lateHorizonNs();
            if (beyondHorizon || config.uncapped()) {
                assertEquals(beyondHorizon, trade.code() == CandleAggregator.TOO_LATE, trade.toString());
            }
            if (trade.accepted()) {
                latest[trade.instrumentId()] = Math.max(latest[trade.instrumentId()], trade.timestampNs());
            }
        }
    }

    @Property(seed = "44100", tries = 200)
    void timerLeavesNoEndedCandleOpen(@ForAll("streams") final List<Step> steps, @ForAll("configs") final Config config) {
        final Run run = run(steps, config, true);
        run.aggregator().onTime(Long.MAX_VALUE);

        final Candle open = new Candle();
        for (int id = 0; id < INSTRUMENTS; id++) {
            for (final CandleInterval interval : INTERVALS) {
                assertFalse(run.aggregator().openCandle(id, interval, open), "still open: " + open);
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> streams() {
        final Arbitrary<Long> clockSteps = Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(0L)),
            Tuple.of(30, uniform(0, 600 * MILLI_NS)),
            Tuple.of(1, uniform(0, 400 * SECOND_NS)));
        final Arbitrary<Long> prices = Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0L)),
            Tuple.of(20, uniform(1, 1_000)),
            Tuple.of(20, uniform(1, 1_000_000_000_000L)));
        final Arbitrary<Long> sizes = Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0L)),
            Tuple.of(20, uniform(1, 1_000)),
            Tuple.of(20, uniform(1, 1_000_000_000L)));
        final Arbitrary<Step> trade = Combinators.combine(
                Arbitraries.integers().between(0, INSTRUMENTS - 1),
                clockSteps,
                Arbitraries.integers().between(0, 4),
                uniform(0, 25 * SECOND_NS),
                prices,
                sizes)
            .as((id, step, die, back, price, size) -> new Step(false, id, step, die == 0, back, price, size));
        final Arbitrary<Step> timer = uniform(0, 3 * SECOND_NS).map(step -> new Step(true, 0, step, false, 0, 0, 0));
        return Arbitraries.frequencyOf(Tuple.of(12, trade), Tuple.of(1, timer))
            .list().ofMinSize(20).ofMaxSize(500).withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Config> configs() {
        return Combinators.combine(
                Arbitraries.of(0L, 2 * SECOND_NS, 5 * SECOND_NS, 20 * SECOND_NS, 60 * SECOND_NS),
                uniform(1, 7),
                Arbitraries.frequencyOf(Tuple.of(1, uniform(1, 1_000)), Tuple.of(1, uniform(1, 3_000_000_000L))))
            .as(Config::new);
    }

    private static Arbitrary<Long> uniform(final long min, final long max) {
        return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static Run run(final List<Step> steps, final Config config) {
        return run(steps, config, false);
    }

    /** Feeds a stream; with {@code checkTimer}, asserts after each timer tick that no candle it should close is open. */
    private static Run run(final List<Step> steps, final Config config, final boolean checkTimer) {
        final RecordingListener listener = new RecordingListener();
        final CandleAggregator aggregator = new CandleAggregator(INSTRUMENTS, INTERVALS, config.tickBarTrades(),
            config.volumeBarSize(), config.lateHorizonNs(), listener);
        final List<Fed> fed = new ArrayList<>();
        long clockNs = START_NS;
        for (final Step step : steps) {
            clockNs += step.forwardNs();
            if (step.timer()) {
                aggregator.onTime(clockNs);
                if (checkTimer) {
                    assertNoEndedCandleOpen(aggregator, clockNs);
                }
                continue;
            }
            final long timestampNs = step.late() ? clockNs - step.backNs() : clockNs;
            final int code = aggregator.onTrade(step.instrumentId(), timestampNs, step.price(), step.size());
            fed.add(new Fed(step.instrumentId(), timestampNs, step.price(), step.size(), code));
        }
        return new Run(aggregator, listener.candles, fed);
    }

    private static void assertNoEndedCandleOpen(final CandleAggregator aggregator, final long nowNs) {
        final Candle open = new Candle();
        for (int id = 0; id < INSTRUMENTS; id++) {
            for (final CandleInterval interval : INTERVALS) {
                if (aggregator.openCandle(id, interval, open)) {
                    assertTrue(open.bucketEndNs() > nowNs, "not closed at " + nowNs + ": " + open);
                }
            }
        }
    }

    /** Published candles plus the open time candles and bars, read through the accessors. */
    private static List<Candle> withOpenCandles(final Run run) {
        final List<Candle> all = new ArrayList<>(run.published());
        for (int id = 0; id < INSTRUMENTS; id++) {
            for (final CandleInterval interval : INTERVALS) {
                final Candle open = new Candle();
                if (run.aggregator().openCandle(id, interval, open)) {
                    assertEquals(Candle.STATE_PARTIAL, open.state());
                    all.add(open);
                }
            }
            final Candle tick = new Candle();
            if (run.aggregator().openTickBar(id, tick)) {
                all.add(tick);
            }
            final Candle volume = new Candle();
            if (run.aggregator().openVolumeBar(id, volume)) {
                all.add(volume);
            }
        }
        return all;
    }

    /**
     * Latest state of every bucket of an interval: the last publication, whose revision must follow the previous one
     * (0 as FINAL, then 1, 2, ... as REVISED), or else the open candle, which must not also have been published.
     */
    private static Map<String, Candle> latestPerBucket(final Run run, final CandleInterval interval) {
        final Map<String, Candle> latest = new HashMap<>();
        for (final Candle candle : run.published()) {
            if (candle.barKind() != Candle.KIND_TIME || candle.barSpec() != interval.intervalNs()) {
                continue;
            }
            final Candle previous = latest.put(key(candle.instrumentId(), candle.bucketStartNs()), candle);
            final int expectedRevision = previous == null ? 0 : previous.revision() + 1;
            assertEquals(expectedRevision, candle.revision(), candle.toString());
            assertEquals(expectedRevision == 0 ? Candle.STATE_FINAL : Candle.STATE_REVISED, candle.state());
        }
        for (int id = 0; id < INSTRUMENTS; id++) {
            final Candle open = new Candle();
            if (run.aggregator().openCandle(id, interval, open)) {
                assertFalse(latest.containsKey(key(id, open.bucketStartNs())), "open bucket was published " + open);
                latest.put(key(id, open.bucketStartNs()), open);
            }
        }
        for (final Candle candle : latest.values()) {
            assertNotNull(candle);
        }
        return latest;
    }

    private static String key(final int instrumentId, final long bucketStartNs) {
        return instrumentId + "@" + bucketStartNs;
    }

    private static List<String> describe(final List<Candle> candles) {
        final List<String> described = new ArrayList<>();
        for (final Candle candle : candles) {
            described.add(candle.toString());
        }
        return described;
    }
}

package io.fdp.benchmarks.baseline;

import io.fdp.benchmarks.pipeline.StreamReplay;
import io.fdp.benchmarks.stream.LevelStream;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.benchmarks.stream.TradeStream;
import io.fdp.engine.book.BookView;
import io.fdp.engine.book.OrderBook;
import io.fdp.engine.book.PriceLevelBook;
import io.fdp.engine.book.Side;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.candle.CandleAggregator;
import io.fdp.engine.candle.CandleInterval;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.engine.subscription.MarketDataListener;
import io.fdp.engine.subscription.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The baselines do the same work as the engine on the benchmark streams, so the comparisons are fair. */
class BaselineEquivalenceTest {
    private final OrderFlowStream stream = OrderFlowStream.standard();

    @Test
    void treeMapOrderBookKeepsTheSameBooksAsOrderBook() {
        final OrderBook[] books = new OrderBook[stream.instruments];
        final TreeMapOrderBook[] baselines = new TreeMapOrderBook[stream.instruments];
        for (int i = 0; i < stream.instruments; i++) {
            books[i] = new OrderBook(stream.maxLiveOrders, stream.maxLiveOrders);
            baselines[i] = new TreeMapOrderBook();
        }
        for (int i = 0; i < stream.length; i++) {
            final OrderBook book = books[stream.instrumentIds[i]];
            final TreeMapOrderBook baseline = baselines[stream.instrumentIds[i]];
            final int expected = switch (stream.types[i]) {
                case EventType.ORDER_ADD -> book.add(stream.orderIds[i], stream.sides[i], stream.prices[i], stream.sizes[i]);
                case EventType.ORDER_CANCEL -> book.cancel(stream.orderIds[i], stream.sizes[i]);
                case EventType.ORDER_DELETE -> book.delete(stream.orderIds[i]);
                default -> book.execute(stream.orderIds[i], stream.sizes[i]);
            };
            final int actual = switch (stream.types[i]) {
                case EventType.ORDER_ADD -> baseline.add(stream.orderIds[i], stream.sides[i], stream.prices[i], stream.sizes[i]);
                case EventType.ORDER_CANCEL -> baseline.cancel(stream.orderIds[i], stream.sizes[i]);
                case EventType.ORDER_DELETE -> baseline.delete(stream.orderIds[i]);
                default -> baseline.execute(stream.orderIds[i], stream.sizes[i]);
            };
            assertThat(actual).as("result of event %d", i).isEqualTo(expected);
            assertThat(baseline.bestBidPrice()).isEqualTo(book.bestBidPrice());
            assertThat(baseline.bestBidSize()).isEqualTo(book.bestBidSize());
            assertThat(baseline.bestAskPrice()).isEqualTo(book.bestAskPrice());
            assertThat(baseline.bestAskSize()).isEqualTo(book.bestAskSize());
            assertThat(baseline.levelCount(stream.sides[i])).isEqualTo(book.levelCount(stream.sides[i]));
            assertThat(baseline.orderCount()).isEqualTo(book.orderCount());
        }
        assertThat(baselines[0].orderCount()).isZero();
    }

    @Test
    void treeMapLevelBookKeepsTheSameBooksAsPriceLevelBook() {
        final LevelStream levels = LevelStream.of(stream);
        final PriceLevelBook[] books = new PriceLevelBook[levels.instruments];
        final TreeMapLevelBook[] baselines = new TreeMapLevelBook[levels.instruments];
        for (int i = 0; i < levels.instruments; i++) {
            books[i] = new PriceLevelBook(levels.maxLevels);
            baselines[i] = new TreeMapLevelBook();
        }
        for (int i = 0; i < levels.length; i++) {
            final PriceLevelBook book = books[levels.instrumentIds[i]];
            final TreeMapLevelBook baseline = baselines[levels.instrumentIds[i]];
            final int expected = book.set(levels.sides[i], levels.prices[i], levels.sizes[i]);
            assertThat(baseline.set(levels.sides[i], levels.prices[i], levels.sizes[i])).isEqualTo(expected);
            assertThat(baseline.bestBidPrice()).isEqualTo(book.bestBidPrice());
            assertThat(baseline.bestBidSize()).isEqualTo(book.bestBidSize());
            assertThat(baseline.bestAskPrice()).isEqualTo(book.bestAskPrice());
            assertThat(baseline.bestAskSize()).isEqualTo(book.bestAskSize());
            assertThat(baseline.levelCount(levels.sides[i])).isEqualTo(book.levelCount(levels.sides[i]));
        }
    }

    @Test
    void naiveCandlesAreTheAggregatorsCandles() {
        final TradeStream trades = TradeStream.of(stream);
        final EngineConfig defaults = new EngineConfig();
        final List<String> expected = new ArrayList<>();
        final List<String> actual = new ArrayList<>();
        final CandleAggregator candles = new CandleAggregator(trades.instruments, EnumSet.allOf(CandleInterval.class),
            defaults.tickBarTrades(), defaults.volumeBarSize(), defaults.candleLateHorizonNs(), c -> expected.add(describe(c)));
        final NaiveCandleAggregator naive = new NaiveCandleAggregator(defaults.tickBarTrades(), defaults.volumeBarSize(),
            c -> actual.add(describe(c)));
        final int passes = (int) (CandleInterval.ONE_MINUTE.intervalNs() / trades.spanNs) + 2;
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < trades.length; i++) {
                final long timeNs = trades.timeNs(i, pass);
                assertThat(candles.onTrade(trades.instrumentIds[i], timeNs, trades.prices[i], trades.sizes[i]))
                    .isEqualTo(CandleAggregator.OK);
                naive.onTrade(trades.instrumentIds[i], timeNs, trades.prices[i], trades.sizes[i]);
            }
        }
        assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
        assertThat(expected.stream().filter(c -> c.startsWith("1/1000000000/"))).hasSizeGreaterThan(trades.instruments * 10);
        assertThat(expected.stream().filter(c -> c.startsWith("1/60000000000/"))).isNotEmpty();
        assertThat(expected.stream().filter(c -> c.startsWith("2/"))).hasSizeGreaterThan(1_000);
        assertThat(expected.stream().filter(c -> c.startsWith("3/"))).hasSizeGreaterThan(1_000);
    }

    private static String describe(final Candle c) {
        return c.barKind() + "/" + c.barSpec() + "/" + c.instrumentId() + " " + c.bucketStartNs() + ".." + c.bucketEndNs()
            + " o" + c.open() + " h" + c.high() + " l" + c.low() + " c" + c.close() + " v" + c.volume() + " n"
            + c.tradeCount() + " vwap" + c.vwap();
    }

    private static String describe(final NaiveCandle c) {
        return c.barKind() + "/" + c.barSpec() + "/" + c.instrumentId() + " " + c.bucketStartNs() + ".." + c.bucketEndNs()
            + " o" + c.open() + " h" + c.high() + " l" + c.low() + " c" + c.close() + " v" + c.volume() + " n"
            + c.tradeCount() + " vwap" + c.vwap();
    }

    @Test
    @Timeout(120)
    void blockingQueuePipelineDeliversWhatTheEngineDelivers() {
        final int events = 300_000;
        final EngineConfig defaults = new EngineConfig();
        final BaselineRecorder baseline = new BaselineRecorder(stream.instruments);
        try (BlockingQueuePipeline pipeline = new BlockingQueuePipeline(stream.instruments, 1_024, defaults.tickBarTrades(),
            defaults.volumeBarSize(), baseline)) {
            pipeline.start();
            for (int i = 0; i < events; i++) {
                StreamReplay.toBaseline(stream, i, 0, stream.eventTimesNs[i], pipeline);
            }
            pipeline.awaitProcessed();
            assertThat(pipeline.rejects()).isZero();
            assertThat(pipeline.gaps()).isZero();
        }

        final EngineRecorder engine = new EngineRecorder();
        try (Engine fdp = new Engine(StreamReplay.engineConfig(stream, "blocking"), StreamReplay.registry(stream))) {
            final Subscription subscription = fdp.subscribers().subscribeForPolling(Subscription.ALL_INSTRUMENTS,
                Subscription.TRADES | Subscription.CANDLES, 1, engine);
            fdp.start();
            final MarketEventPublisher publisher = fdp.newPublisher();
            for (int i = 0; i < events; i++) {
                StreamReplay.toEngine(stream, i, 0, stream.eventTimesNs[i], publisher);
                if (i % 10_000 == 0) {
                    subscription.poll(Integer.MAX_VALUE);
                }
            }
            fdp.drain();
            subscription.poll(Integer.MAX_VALUE);
            assertThat(fdp.counters().rejects()).isZero();
            assertThat(subscription.drops()).isZero();
            for (int i = 0; i < stream.instruments; i++) {
                final BookView book = fdp.books().book(i);
                assertThat(baseline.tops[i]).as("top of book %d", i).containsExactly(book.bestBidPrice(), book.bestBidSize(),
                    book.bestAskPrice(), book.bestAskSize());
            }
        }
        assertThat(baseline.trades).isPositive().isEqualTo(engine.trades);
        assertThat(baseline.notional).isEqualTo(engine.notional);
        assertThat(baseline.candles).isPositive().isEqualTo(engine.candles);
        assertThat(baseline.candleVolume).isEqualTo(engine.candleVolume);
    }

    /** What the baseline's listener saw. */
    private static final class BaselineRecorder implements BlockingQueuePipeline.Listener {
        private final long[][] tops;
        private long trades;
        private long notional;
        private long candles;
        private long candleVolume;

        BaselineRecorder(final int instruments) {
            tops = new long[instruments][];
        }

        @Override
        public void onBook(final int instrumentId, final long eventTimeNs, final long bidPrice, final long bidSize,
            final long askPrice, final long askSize) {
            tops[instrumentId] = new long[] {bidPrice, bidSize, askPrice, askSize};
        }

        @Override
        public void onTrade(final int instrumentId, final long timeNs, final long price, final long size) {
            trades++;
            notional += price * size;
        }

        @Override
        public void onCandle(final NaiveCandle candle) {
            candles++;
            candleVolume += candle.volume();
        }
    }

    /** What the engine's subscriber saw. */
    private static final class EngineRecorder implements MarketDataListener {
        private long trades;
        private long notional;
        private long candles;
        private long candleVolume;

        @Override
        public void onTrade(final int instrumentId, final long timeNs, final long price, final long size,
            final byte aggressorSide, final long tradeId) {
            trades++;
            notional += price * size;
            assertThat(aggressorSide).isIn(Side.BUY, Side.SELL);
        }

        @Override
        public void onCandle(final Candle candle) {
            candles++;
            candleVolume += candle.volume();
        }
    }
}

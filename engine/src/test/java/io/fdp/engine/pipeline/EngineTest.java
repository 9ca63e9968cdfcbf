package io.fdp.engine.pipeline;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.event.MarketStatus;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.engine.subscription.MarketDataListener;
import io.fdp.engine.subscription.Subscription;
import io.fdp.engine.view.BookSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class EngineTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_700_000_000L * SECOND;

    private final InstrumentRegistry registry = new InstrumentRegistry(64);
    private Engine engine;
    private MarketEventPublisher publisher;
    private int aapl;
    private int btc;

    static EngineConfig smallConfig() {
        return new EngineConfig().ringSize(1024).maxInstruments(64).bookOrderCapacity(1024).bookLevelCapacity(256)
            .viewDepth(5).waitStrategy("blocking").producerType("single").subscriberQueue(64);
    }

    @BeforeEach
    void start() {
        aapl = registry.register("AAPL", -4, 0, 100, 1);
        btc = registry.register("XBT/USD", -1, -8, 1, 1);
        engine = new Engine(smallConfig(), registry, () -> 7L);
        publisher = engine.newPublisher();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void ordersBuildTheBookAndExecutionsBecomeTrades() {
        final Recorder recorder = new Recorder();
        final Subscription subscription = engine.subscribers()
            .subscribeForPolling(aapl, Subscription.ALL_KINDS, 5, recorder);
        engine.start();
        publisher.orderAdd(aapl, 0, T0, 1, Side.BUY, 1_000_000, 100, 0);
        publisher.orderAdd(aapl, 0, T0 + 1, 2, Side.BUY, 999_900, 50, 0);
        publisher.orderAdd(aapl, 0, T0 + 2, 3, Side.SELL, 1_000_100, 70, 0);
        publisher.orderExecute(aapl, 0, T0 + 3, 3, 20, BookView.NULL_PRICE, 555);
        engine.drain();

        final BookView book = engine.books().book(aapl);
        assertThat(book.bestBidPrice()).isEqualTo(1_000_000);
        assertThat(book.bestAskSize()).isEqualTo(50);
        assertThat(book.levelCount(Side.BUY)).isEqualTo(2);

        final BookSnapshot view = new BookSnapshot(5);
        assertThat(engine.views().read(aapl, view)).isTrue();
        assertThat(view.bestAskPrice()).isEqualTo(1_000_100);
        assertThat(view.lastTradePrice()).isEqualTo(1_000_100);
        assertThat(view.lastTradeSize()).isEqualTo(20);
        assertThat(view.version()).as("one view update per ring batch that changed the book").isBetween(1L, 4L);

        subscription.poll(100);
        assertThat(recorder.trades).containsExactly("1000100x20 aggressor=BUY id=555");
        assertThat(recorder.books).isNotEmpty();
        assertThat(recorder.lastBook).isEqualTo("bid 1000000x100 ask 1000100x50");
        assertThat(engine.counters().events(EventType.ORDER_ADD)).isEqualTo(3);
        long batches = 0;
        for (int bucket = 0; bucket < StageLatency.BUCKETS; bucket++) {
            batches += engine.counters().bookLatency().count(bucket);
        }
        assertThat(batches).as("book stage latency samples, one per batch").isBetween(1L, 4L);
    }

    @Test
    void rejectedEventsAreCountedAndReportedWithoutStoppingTheEngine() {
        final Recorder recorder = new Recorder();
        final Subscription subscription = engine.subscribers()
            .subscribeForPolling(Subscription.ALL_INSTRUMENTS, Subscription.DATA_QUALITY, 5, recorder);
        engine.start();
        publisher.orderDelete(aapl, 0, T0, 404);
        publisher.levelSet(aapl, 0, T0, Side.BUY, 100, 5);
        publisher.orderAdd(63, 0, T0, 1, Side.BUY, 100, 5, 0);
        publisher.orderAdd(aapl, 0, T0, 1, Side.BUY, 1_000_000, 100, 0);
        engine.drain();
        subscription.poll(100);

        assertThat(engine.counters().rejects(BookResult.UNKNOWN_ORDER)).isEqualTo(1);
        assertThat(engine.counters().rejects(BookHandler.WRONG_BOOK_KIND)).isEqualTo(1);
        assertThat(engine.counters().get(EngineCounters.Misc.UNKNOWN_INSTRUMENT)).isEqualTo(1);
        assertThat(recorder.quality).containsExactly(
            "REJECTED " + aapl + " " + BookResult.UNKNOWN_ORDER + "/404",
            "REJECTED " + aapl + " " + BookHandler.WRONG_BOOK_KIND + "/0");
        assertThat(engine.books().book(aapl).bestBidPrice()).isEqualTo(1_000_000);
    }

    @Test
    void gapMarksBookStaleRequestsResyncAndSnapshotMakesItFresh() {
        final Recorder recorder = new Recorder();
        final Subscription subscription = engine.subscribers()
            .subscribeForPolling(btc, Subscription.DATA_QUALITY | Subscription.BOOK, 5, recorder);
        engine.start();
        publisher.levelSet(btc, 1, T0, Side.BUY, 600_000, 10);
        publisher.levelSet(btc, 2, T0, Side.SELL, 600_010, 10);
        publisher.levelSet(btc, 5, T0, Side.SELL, 600_020, 10);
        engine.drain();
        assertThat(engine.books().isStale(btc)).isTrue();
        assertThat(engine.resyncRequests().take(btc)).isTrue();
        assertThat(engine.counters().get(EngineCounters.Misc.GAPS)).isEqualTo(1);

        publisher.control(EventType.SNAPSHOT_BEGIN, btc, 100, T0 + 1);
        publisher.levelSet(btc, 101, T0 + 1, Side.BUY, 600_001, 3);
        publisher.levelSet(btc, 102, T0 + 1, Side.SELL, 600_002, 4);
        publisher.control(EventType.SNAPSHOT_END, btc, 103, T0 + 1);
        publisher.levelSet(btc, 104, T0 + 2, Side.BUY, 600_000, 1);
        engine.drain();
        subscription.poll(100);

        assertThat(engine.books().isStale(btc)).isFalse();
        assertThat(engine.books().book(btc).levelCount(Side.SELL)).isEqualTo(1);
        assertThat(engine.counters().get(EngineCounters.Misc.GAPS)).isEqualTo(1);
        assertThat(recorder.quality).containsExactly("GAP " + btc + " 3/5", "STALE " + btc + " 0/0",
            "FRESH " + btc + " 0/103");
    }

    @Test
    void duplicateSequenceNumbersAreDropped() {
        engine.start();
        publisher.levelSet(btc, 1, T0, Side.BUY, 600_000, 10);
        publisher.levelSet(btc, 1, T0, Side.BUY, 600_000, 99);
        engine.drain();
        assertThat(engine.books().book(btc).bestBidSize()).isEqualTo(10);
        assertThat(engine.counters().get(EngineCounters.Misc.DUPLICATES)).isEqualTo(1);
    }

    @Test
    void channelGapMarksEveryBookOfTheFeedStale() {
        engine.start();
        publisher.levelSet(btc, 0, T0, Side.BUY, 600_000, 10);
        publisher.orderAdd(aapl, 0, T0, 1, Side.BUY, 1_000_000, 100, 0);
        engine.ring().publishEvent((event, seq) -> event.clear());
        engine.drain();
        final io.fdp.engine.event.MarketEvent channelEvent = new io.fdp.engine.event.MarketEvent();
        channelEvent.type(EventType.ORDER_ADD).instrumentId(aapl).channel(1).sequence(1).orderId(2).side(Side.BUY)
            .price(999_000).size(1);
        publisher.publish(channelEvent);
        channelEvent.sequence(3).orderId(3);
        publisher.publish(channelEvent);
        engine.drain();
        assertThat(engine.books().isStale(aapl)).isTrue();
        assertThat(engine.books().isStale(btc)).isTrue();
        assertThat(engine.resyncRequests().take(ResyncRequests.WHOLE_FEED)).isTrue();
        assertThat(engine.counters().get(EngineCounters.Misc.UNKNOWN_TYPE)).isEqualTo(1);
    }

    @Test
    void tradesCloseCandlesAndHeartbeatsCloseTheRest() {
        final Recorder recorder = new Recorder();
        final Subscription subscription = engine.subscribers()
            .subscribeForPolling(btc, Subscription.CANDLES, 5, recorder);
        engine.start();
        publisher.trade(btc, 0, T0 + SECOND / 2, 600_000, 2, Side.BUY, 1);
        publisher.trade(btc, 0, T0 + SECOND / 2 + 1, 600_100, 1, Side.SELL, 2);
        publisher.trade(btc, 0, T0 + 5 * SECOND + 1, 600_050, 4, Side.BUY, 3);
        publisher.control(EventType.HEARTBEAT, -1, 0, T0 + 61 * SECOND);
        engine.drain();
        subscription.poll(100);

        assertThat(recorder.candles).contains(
            "time:1000000000 " + T0 + " o=600000 h=600100 l=600000 c=600100 v=3 n=2 state=1",
            "time:1000000000 " + (T0 + 5 * SECOND) + " o=600050 h=600050 l=600050 c=600050 v=4 n=1 state=1");
        assertThat(recorder.candles).filteredOn(c -> c.startsWith("time:60000000000 ")).hasSize(1);
        assertThat(engine.counters().get(EngineCounters.Misc.CANDLES_CLOSED)).isEqualTo(recorder.candles.size());
    }

    @Test
    void marketWideStatusReachesEveryInstrument() {
        engine.start();
        publisher.status(EventType.MARKET_STATUS, -1, 0, T0, MarketStatus.HALTED);
        engine.drain();
        final BookSnapshot view = new BookSnapshot(5);
        engine.views().read(btc, view);
        assertThat(view.marketStatus()).isEqualTo(MarketStatus.HALTED);
        engine.views().read(aapl, view);
        assertThat(view.marketStatus()).isEqualTo(MarketStatus.HALTED);
    }

    @Test
    void aFailingHandlerIsLoggedCountedAndTheEngineGoesOn() {
        engine.addHandlerBesideBooks((event, sequence, endOfBatch) -> {
            if (event.orderId() == 13) {
                throw new IllegalStateException("unlucky order");
            }
        });
        engine.start();
        publisher.orderAdd(aapl, 0, T0, 13, Side.BUY, 1_000_000, 1, 0);
        publisher.orderAdd(aapl, 0, T0, 14, Side.BUY, 1_000_000, 1, 0);
        engine.drain();
        assertThat(engine.counters().get(EngineCounters.Misc.HANDLER_EXCEPTIONS)).isEqualTo(1);
        assertThat(engine.books().book(aapl).bestBidSize()).isEqualTo(2);
    }

    @Test
    void slowSubscriberIsConflatedAndNeverBlocksTheEngine() throws InterruptedException {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch firstDelivery = new CountDownLatch(1);
        final Recorder recorder = new Recorder() {
            @Override
            public void onBook(final BookSnapshot book) {
                firstDelivery.countDown();
                try {
                    release.await();
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.onBook(book);
            }
        };
        final Subscription slow = engine.subscribe(aapl, Subscription.BOOK | Subscription.TRADES, 5, recorder);
        engine.start();
        publisher.orderAdd(aapl, 0, T0, 1, Side.SELL, 2_000_000, 1_000_000, 0);
        assertThat(firstDelivery.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 10_000; i++) {
            publisher.orderAdd(aapl, 0, T0, 100 + i, Side.BUY, 1_000_000 - (i % 50) * 100, 10, 0);
            publisher.orderExecute(aapl, 0, T0, 1, 1, BookView.NULL_PRICE, i);
            if (i >= 500) {
                publisher.orderDelete(aapl, 0, T0, 100 + i - 500);
            }
        }
        assertThat(engine.drain(30, TimeUnit.SECONDS)).as("the engine drains while the subscriber is stuck").isTrue();
        release.countDown();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (slow.droppedTrades() + recorder.trades.size() < 10_000 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slow.droppedTrades()).isGreaterThan(0);
        assertThat(slow.droppedTrades() + recorder.trades.size()).isEqualTo(10_000);
        final String finalBook = "bid 1000000x100 ask 2000000x990000";
        while (!recorder.lastBook.equals(finalBook) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(recorder.lastBook).isEqualTo(finalBook);
        assertThat(recorder.books.size()).isLessThan(100);
        // 30,000 events changed the book (published once per ring batch); the stuck subscriber saw a handful
        assertThat(slow.conflated()).isPositive();
        assertThat(engine.counters().rejects()).isZero();
    }

    /** Records what a subscription delivers, as text. */
    static class Recorder implements MarketDataListener {
        final List<String> books = new ArrayList<>();
        final List<String> trades = new ArrayList<>();
        final List<String> candles = new ArrayList<>();
        final List<String> quality = new ArrayList<>();
        volatile String lastBook = "";

        @Override
        public void onBook(final BookSnapshot book) {
            lastBook = "bid " + book.bestBidPrice() + "x" + book.bestBidSize() + " ask " + book.bestAskPrice() + "x"
                + book.bestAskSize();
            books.add(lastBook);
        }

        @Override
        public void onTrade(final int instrumentId, final long timeNs, final long price, final long size,
            final byte aggressorSide, final long tradeId) {
            trades.add(price + "x" + size + " aggressor=" + Side.describe(aggressorSide) + " id=" + tradeId);
        }

        @Override
        public void onCandle(final Candle candle) {
            final String kind = candle.barKind() == Candle.KIND_TIME ? "time" : "bar" + candle.barKind();
            candles.add(kind + ":" + candle.barSpec() + " " + candle.bucketStartNs() + " o=" + candle.open() + " h="
                + candle.high() + " l=" + candle.low() + " c=" + candle.close() + " v=" + candle.volume() + " n="
                + candle.tradeCount() + " state=" + candle.state());
        }

        @Override
        public void onDataQuality(final int instrumentId, final int kind, final long expected, final long received) {
            quality.add(DataQuality.name(kind) + " " + instrumentId + " " + expected + "/" + received);
        }
    }
}

package io.fdp.feed.synthetic;

import io.fdp.engine.book.BookView;
import io.fdp.engine.event.EventType;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class SyntheticFeedTest {
    private static final int INSTRUMENTS = 4;

    private static EngineConfig engineConfig() {
        return new EngineConfig().ringSize(4096).maxInstruments(8).bookOrderCapacity(1024).bookLevelCapacity(1024)
            .viewDepth(5).waitStrategy("blocking").producerType("single").subscriberQueue(64);
    }

    private static OrderFlowConfig flow() {
        return new OrderFlowConfig().seed(11).instruments(INSTRUMENTS).maxLiveOrders(500);
    }

    @Test
    void registersItsInstruments() {
        final InstrumentRegistry registry = new InstrumentRegistry(8);
        registry.register("OTHER", -2, 0, 1, 1);
        final SyntheticFeed feed = new SyntheticFeed(flow(), registry);
        assertThat(registry.count()).isEqualTo(INSTRUMENTS + 1);
        for (int i = 0; i < INSTRUMENTS; i++) {
            assertThat(registry.symbol(feed.instrumentId(i))).isEqualTo(SyntheticFeed.symbol(i));
            assertThat(registry.priceExponent(feed.instrumentId(i))).isEqualTo(-4);
        }
        assertThat(SyntheticFeed.symbol(0)).isEqualTo("SYN0000");
        assertThat(SyntheticFeed.symbol(12)).isEqualTo("SYN0012");
    }

    @Test
    void unpacedRunBuildsTheSameEngineStateForTheSameSeed() {
        final long first = runUnpaced(50_000);
        final long second = runUnpaced(50_000);
        assertThat(second).isEqualTo(first);
    }

    private static long runUnpaced(final long events) {
        final InstrumentRegistry registry = new InstrumentRegistry(8);
        final SyntheticFeed feed = new SyntheticFeed(flow(), registry);
        try (Engine engine = new Engine(engineConfig(), registry, () -> 1L)) {
            engine.start();
            assertThat(feed.run(engine.newPublisher(), SyntheticFeed.UNPACED, events, 0)).isEqualTo(events);
            engine.drain();
            assertThat(engine.counters().events()).isEqualTo(events);
            assertThat(engine.counters().rejects()).isZero();
            assertThat(engine.counters().events(EventType.ORDER_EXECUTE)).isGreaterThan(events / 20);
            for (int i = 0; i < INSTRUMENTS; i++) {
                final BookView book = engine.books().book(feed.instrumentId(i));
                assertThat(book.isCrossed()).isFalse();
                assertThat(book.levelCount(io.fdp.engine.book.Side.BUY)).isPositive();
            }
            return engine.stateHash();
        }
    }

    @Test
    void pacedRunHoldsItsRate() {
        final InstrumentRegistry registry = new InstrumentRegistry(8);
        final SyntheticFeed feed = new SyntheticFeed(flow(), registry);
        try (Engine engine = new Engine(engineConfig(), registry)) {
            engine.start();
            final long startNs = System.nanoTime();
            final long published = feed.run(engine.newPublisher(), 20_000, 5_000, 0);
            final long elapsedNs = System.nanoTime() - startNs;
            engine.drain();
            assertThat(published).isEqualTo(5_000);
            assertThat(elapsedNs).as("5,000 events at 20,000/s take about 250 ms").isBetween(
                TimeUnit.MILLISECONDS.toNanos(240), TimeUnit.MILLISECONDS.toNanos(2_000));
            assertThat(engine.counters().rejects()).isZero();
        }
    }

    @Test
    void durationAndStopEndARun() throws InterruptedException {
        final InstrumentRegistry registry = new InstrumentRegistry(8);
        final SyntheticFeed feed = new SyntheticFeed(flow(), registry);
        try (Engine engine = new Engine(engineConfig().producerType("multi"), registry)) {
            engine.start();
            final long startNs = System.nanoTime();
            final long timed = feed.run(engine.newPublisher(), 10_000, Long.MAX_VALUE, TimeUnit.MILLISECONDS.toNanos(100));
            assertThat(System.nanoTime() - startNs).isLessThan(TimeUnit.SECONDS.toNanos(2));
            assertThat(timed).isBetween(500L, 1_100L);

            final long[] stopped = new long[1];
            final Thread feedThread = new Thread(() -> stopped[0] = feed.run(engine.newPublisher(), 1_000, Long.MAX_VALUE, 0));
            feedThread.start();
            Thread.sleep(50);
            feed.stop();
            feedThread.join(5_000);
            assertThat(feedThread.isAlive()).isFalse();
            assertThat(stopped[0]).isPositive();
            assertThat(feed.published()).isEqualTo(timed + stopped[0]);
            engine.drain();
            assertThat(engine.counters().rejects()).isZero();
        }
    }
}

package io.fdp.benchmarks.pipeline;

import com.lmax.disruptor.RingBuffer;
import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineCounters;
import io.fdp.engine.subscription.MarketDataListener;
import io.fdp.engine.subscription.Subscription;
import io.fdp.engine.view.BookSnapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * End-to-end events per second through the engine: publish onto the ring, the engine thread (books, sequence checks,
 * derived trades, depth views, subscriber notification, then candles), and a subscriber that polls its
 * subscription (book updates, trades, candles) on the benchmark thread.
 * <p>
 * Each invocation publishes {@value #EVENTS_PER_INVOCATION} events of {@link OrderFlowStream#standard()} and returns
 * once all of them have passed the engine and the subscriber has drained its queues. Compare with
 * {@link BlockingQueuePipelineBenchmark}.
 */
@State(Scope.Thread)
public class PipelineBenchmark extends BenchmarkSettings {
    /** Events published per invocation. */
    public static final int EVENTS_PER_INVOCATION = 16_384;

    private static final int POLL_LIMIT = 1_024;

    /** The engine's wait strategy. */
    @Param({"sleeping", "yielding", "busy-spin"})
    public String waitStrategy;

    private final Subscriber subscriber = new Subscriber();
    private OrderFlowStream stream;
    private Engine engine;
    private MarketEventPublisher publisher;
    private RingBuffer<MarketEvent> ring;
    private Subscription subscription;
    private int cursor;
    private long pass;

    /** Starts an engine with one polling subscription to every instrument. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = OrderFlowStream.standard();
        engine = new Engine(StreamReplay.engineConfig(stream, waitStrategy), StreamReplay.registry(stream));
        subscription = engine.subscribers().subscribeForPolling(Subscription.ALL_INSTRUMENTS,
            Subscription.BOOK | Subscription.TRADES | Subscription.CANDLES, StreamReplay.SUBSCRIBER_DEPTH, subscriber);
        engine.start();
        publisher = engine.newPublisher();
        ring = engine.ring();
        cursor = 0;
        pass = 0;
    }

    /** Stops the engine, failing the run if anything was rejected, out of sequence or dropped. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.drain();
        final long rejects = engine.counters().rejects();
        final long gaps = engine.counters().get(EngineCounters.Misc.GAPS);
        final long dropped = subscription.droppedTrades() + subscription.droppedCandles();
        engine.close();
        if (rejects != 0 || gaps != 0 || dropped != 0) {
            throw new IllegalStateException("rejects " + rejects + ", gaps " + gaps + ", dropped " + dropped);
        }
    }

    /**
     * Publishes {@value #EVENTS_PER_INVOCATION} events and waits until they are processed and delivered.
     *
     * @return the subscriber's checksum.
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_INVOCATION)
    public long publishAndDeliver() {
        final OrderFlowStream s = stream;
        int i = cursor;
        for (int n = 0; n < EVENTS_PER_INVOCATION; n++) {
            StreamReplay.toEngine(s, i, pass, s.eventTimeNs(i, pass), publisher);
            if (++i == s.length) {
                i = 0;
                pass++;
            }
        }
        cursor = i;
        final long published = ring.getCursor();
        while (ring.getMinimumGatingSequence() < published) {
            if (subscription.poll(POLL_LIMIT) == 0) {
                Thread.yield();
            }
        }
        while (subscription.poll(POLL_LIMIT) > 0) {
            Thread.onSpinWait();
        }
        return subscriber.checksum;
    }

    /** Reads what a subscriber would: the best bid of each book update, each trade, each candle's volume. */
    private static final class Subscriber implements MarketDataListener {
        private long checksum;

        @Override
        public void onBook(final BookSnapshot book) {
            checksum += book.bestBidPrice() + book.bidLevels();
        }

        @Override
        public void onTrade(final int instrumentId, final long timeNs, final long price, final long size,
            final byte aggressorSide, final long tradeId) {
            checksum += price * size;
        }

        @Override
        public void onCandle(final Candle candle) {
            checksum += candle.volume();
        }
    }
}

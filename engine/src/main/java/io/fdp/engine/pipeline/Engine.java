package io.fdp.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.hash.StateHash;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.state.EngineOutput;
import io.fdp.engine.subscription.MarketDataListener;
import io.fdp.engine.subscription.SubscriberHub;
import io.fdp.engine.subscription.Subscription;
import io.fdp.engine.view.BookViews;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.OffsetEpochNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine: an inbound Disruptor ring whose events pass the book stage, then the candle stage, both on one engine
 * thread; handlers added with {@link #addHandlerBesideBooks} (the journal) see every event in parallel, each on a
 * thread of its own.
 *
 * <p>The candle stage's work is a few nanoseconds per trade, far less than a hand-off between threads costs, and on
 * small machines a third busy thread would take a core from the book stage or the feed; so it runs right after the
 * book stage on the same thread, which then owns books and candles alike.
 *
 * <p>Lifecycle: construct, add handlers, {@link #start()}, publish through {@link #newPublisher()} (one per feed
 * thread), {@link #drain()} to wait until everything published has been processed, {@link #close()}.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final EngineConfig config;
    private final InstrumentRegistry registry;
    private final EngineCounters counters = new EngineCounters();
    private final BookViews views;
    private final SubscriberHub hub;
    private final ResyncRequests resync;
    private final BookHandler bookHandler;
    private final CandleHandler candleHandler;
    private final Disruptor<MarketEvent> disruptor;
    private final List<EventHandler<MarketEvent>> besideBooks = new ArrayList<>();
    private final EpochNanoClock clock;
    private boolean started;
    private boolean closed;

    /**
     * Creates an engine with a system clock for ingestion times.
     *
     * @param config   its settings.
     * @param registry the instruments it serves.
     */
    public Engine(final EngineConfig config, final InstrumentRegistry registry) {
        this(config, registry, new OffsetEpochNanoClock());
    }

    /**
     * Creates an engine.
     *
     * @param config   its settings.
     * @param registry the instruments it serves; its capacity must not exceed {@link EngineConfig#maxInstruments()}.
     * @param clock    stamps ingestion times.
     */
    public Engine(final EngineConfig config, final InstrumentRegistry registry, final EpochNanoClock clock) {
        if (registry.capacity() > config.maxInstruments()) {
            throw new IllegalArgumentException("the instrument registry holds up to " + registry.capacity()
                + " instruments but the engine is configured for " + config.maxInstruments());
        }
        this.config = config;
        this.registry = registry;
        this.clock = clock;
        views = new BookViews(config.maxInstruments(), config.viewDepth());
        hub = new SubscriberHub(views, config.subscriberQueue());
        resync = new ResyncRequests(config.maxInstruments());
        bookHandler = new BookHandler(config, registry, counters, views, hub, resync);
        candleHandler = new CandleHandler(config, hub, counters);
        bookHandler.latencyClock(clock);
        candleHandler.latencyClock(clock);
        disruptor = new Disruptor<>(MarketEvent::new, config.ringSize(), new EngineThreads(),
            config.newProducerType(), config.newWaitStrategy());
        disruptor.setDefaultExceptionHandler(new LoggingExceptionHandler(counters));
    }

    /**
     * Adds a handler that sees every event in parallel with the book stage (before {@link #start()}).
     *
     * @param handler the handler; it must read only the input fields of the event.
     */
    public void addHandlerBesideBooks(final EventHandler<MarketEvent> handler) {
        if (started) {
            throw new IllegalStateException("handlers must be added before the engine starts");
        }
        besideBooks.add(handler);
    }

    /**
     * Sets the listener called on the book thread after every event (before {@link #start()}).
     *
     * @param listener the listener; it runs synchronously on the book thread.
     */
    public void setBookEventListener(final BookEventListener listener) {
        if (started) {
            throw new IllegalStateException("the book event listener must be set before the engine starts");
        }
        bookHandler.bookEventListener(listener);
    }

    /**
     * Installs the hook that receives every derived event synchronously on the engine threads (before {@link #start()}).
     *
     * @param output the hook; {@link EngineOutput#NONE} removes it.
     */
    public void setOutput(final EngineOutput output) {
        if (started) {
            throw new IllegalStateException("the output must be set before the engine starts");
        }
        bookHandler.output(output);
        candleHandler.output(output);
    }

    /** Starts the handler threads. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the engine is already started");
        }
        started = true;
        disruptor.handleEventsWith(new BookThenCandles(bookHandler, candleHandler));
        for (final EventHandler<MarketEvent> handler : besideBooks) {
            disruptor.handleEventsWith(handler);
        }
        disruptor.start();
        LOG.info("Engine started: ring {} ({} producers, {} wait), {} instruments, view depth {}", config.ringSize(),
            config.producerType(), config.waitStrategy(), config.maxInstruments(), config.viewDepth());
    }

    /**
     * Creates a publisher for one feed thread (with a single-producer ring, only one thread may publish).
     *
     * @return the publisher.
     */
    public MarketEventPublisher newPublisher() {
        return new MarketEventPublisher(disruptor.getRingBuffer(), clock);
    }

    /** @return the inbound ring. */
    public RingBuffer<MarketEvent> ring() {
        return disruptor.getRingBuffer();
    }

    /**
     * Waits until every event published so far has passed every handler.
     *
     * @param timeout how long to wait at most.
     * @param unit    the unit of {@code timeout}.
     * @return true when drained, false on timeout.
     */
    public boolean drain(final long timeout, final TimeUnit unit) {
        final RingBuffer<MarketEvent> ring = disruptor.getRingBuffer();
        final long target = ring.getCursor();
        final long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (ring.getMinimumGatingSequence() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.onSpinWait();
            Thread.yield();
        }
        return true;
    }

    /** Waits (up to a minute) until every event published so far has been processed, or fails. */
    public void drain() {
        if (!drain(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the engine did not drain within a minute");
        }
    }

    /**
     * Subscribes a listener with its own delivery thread.
     *
     * @param instrumentId an instrument or {@link Subscription#ALL_INSTRUMENTS}.
     * @param kinds        a bit set of {@link Subscription#BOOK}, {@link Subscription#QUOTES}, ...
     * @param depth        book levels per side in book updates.
     * @param listener     the listener.
     * @return the subscription; close it to stop.
     */
    public Subscription subscribe(final int instrumentId, final int kinds, final int depth, final MarketDataListener listener) {
        return hub.subscribe(instrumentId, kinds, depth, listener);
    }

    /** @return the hub, for subscribers that poll on their own threads. */
    public SubscriberHub subscribers() {
        return hub;
    }

    /** @return the copy-out views of every book. */
    public BookViews views() {
        return views;
    }

    /** @return the engine's counters. */
    public EngineCounters counters() {
        return counters;
    }

    /** @return the resynchronisation requests feeds should poll. */
    public ResyncRequests resyncRequests() {
        return resync;
    }

    /** @return the instruments. */
    public InstrumentRegistry registry() {
        return registry;
    }

    /** @return the settings. */
    public EngineConfig config() {
        return config;
    }

    /** @return the book stage; read its state only after {@link #drain()} with publishing stopped. */
    public BookHandler books() {
        return bookHandler;
    }

    /** @return the candle stage; read its state only after {@link #drain()} with publishing stopped. */
    public CandleHandler candles() {
        return candleHandler;
    }

    /**
     * The deterministic hash of every book, candle and sequence position; call after {@link #drain()} with
     * publishing stopped. The same input always gives the same hash.
     *
     * @return the hash.
     */
    public long stateHash() {
        return StateHash.finish(candleHandler.stateHash(bookHandler.stateHash(StateHash.start(0))));
    }

    /** Stops the subscribers and the handler threads after they have processed what was published. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        hub.close();
        if (started) {
            disruptor.shutdown();
        }
    }

    /** The book stage, then the candle stage, on the engine thread; an event the book stage failed on is skipped. */
    private record BookThenCandles(BookHandler books, CandleHandler candles) implements EventHandler<MarketEvent> {
        @Override
        public void onEvent(final MarketEvent event, final long sequence, final boolean endOfBatch) {
            books.onEvent(event, sequence, endOfBatch);
            candles.onEvent(event, sequence, endOfBatch);
        }
    }

    /** Names the engine's threads and makes them daemons. */
    private static final class EngineThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(final Runnable runnable) {
            final Thread thread = new Thread(runnable, "fdp-engine-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /** Logs a handler's exception with the event, counts it, and lets the pipeline go on. */
    private static final class LoggingExceptionHandler implements ExceptionHandler<MarketEvent> {
        private final EngineCounters counters;

        LoggingExceptionHandler(final EngineCounters counters) {
            this.counters = counters;
        }

        @Override
        public void handleEventException(final Throwable ex, final long sequence, final MarketEvent event) {
            counters.incrementConcurrently(EngineCounters.Misc.HANDLER_EXCEPTIONS);
            LOG.error("Handler failed on ring sequence {} ({}); the event is skipped and the engine goes on",
                sequence, event, ex);
        }

        @Override
        public void handleOnStartException(final Throwable ex) {
            counters.incrementConcurrently(EngineCounters.Misc.HANDLER_EXCEPTIONS);
            LOG.error("Handler failed to start", ex);
        }

        @Override
        public void handleOnShutdownException(final Throwable ex) {
            counters.incrementConcurrently(EngineCounters.Misc.HANDLER_EXCEPTIONS);
            LOG.error("Handler failed to shut down", ex);
        }
    }
}

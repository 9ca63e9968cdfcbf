package io.fdp.api;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;

/** A small real engine with two L2 instruments and one that never trades, for the API tests. */
final class TestMarket implements AutoCloseable {
    static final long SECOND = 1_000_000_000L;
    static final long T0 = 1_700_000_000L * SECOND;
    static final int VIEW_DEPTH = 5;

    final InstrumentRegistry registry = new InstrumentRegistry(64);
    final Engine engine;
    final MarketEventPublisher publisher;
    final int aapl;
    final int btc;
    final int idle;

    TestMarket() {
        this(64);
    }

    TestMarket(final int subscriberQueue) {
        aapl = registry.register("AAPL", -4, 0, 100, 1);
        btc = registry.register("XBT/USD", -1, -8, 1, 1);
        idle = registry.register("IDLE", -2, 0, 1, 1);
        engine = new Engine(new EngineConfig().ringSize(1024).maxInstruments(64).bookOrderCapacity(1024)
            .bookLevelCapacity(256).viewDepth(VIEW_DEPTH).waitStrategy("blocking").producerType("single")
            .subscriberQueue(subscriberQueue),
            registry);
        engine.start();
        publisher = engine.newPublisher();
    }

    /** Publishes a seven-level-per-side AAPL book around 100.0000 and waits for the engine. */
    void aaplBook() {
        for (int i = 0; i < 7; i++) {
            publisher.levelSet(aapl, 0, T0 + i, Side.BUY, 1_000_000 - 100L * i, 100 + i);
            publisher.levelSet(aapl, 0, T0 + i, Side.SELL, 1_000_100 + 100L * i, 200 + i);
        }
        engine.drain();
    }

    @Override
    public void close() {
        engine.close();
    }
}

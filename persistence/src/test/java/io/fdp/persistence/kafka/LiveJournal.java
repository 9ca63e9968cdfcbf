package io.fdp.persistence.kafka;

import io.fdp.engine.event.MarketEvent;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournaledEngine;

import java.nio.file.Path;

/** A journaled engine fed from a {@link MarketStream}, writing input and output journals under a directory. */
final class LiveJournal implements AutoCloseable {
    private final JournalConfig config;
    private final JournaledEngine engine;
    private final MarketStream stream;
    private final MarketEvent event = new MarketEvent();

    LiveJournal(final Path dir, final long seed) {
        config = config(dir);
        engine = JournaledEngine.open(config, MarketStream.engineConfig(), MarketStream.registry());
        engine.recover();
        engine.start();
        stream = new MarketStream(seed);
    }

    static JournalConfig config(final Path dir) {
        return new JournalConfig().dataDir(dir).snapshotEveryEvents(0).snapshotIntervalNs(0).snapshotsKept(2)
            .bookIntervalNs(1_000_000_000L).bookDepth(5).output(true).retainCycles(0);
    }

    /** Publishes the stream's next events (on the caller's thread, the engine's only publisher). */
    void publish(final int count) {
        for (int i = 0; i < count; i++) {
            stream.next(event);
            engine.publisher().publish(event);
        }
    }

    /** Waits until the engine has journaled everything published, inputs and outputs. */
    void drain() {
        engine.engine().drain();
    }

    JournalConfig config() {
        return config;
    }

    @Override
    public void close() {
        engine.close();
    }
}

package io.fdp.journal;

import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.pipeline.Engine;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Path;

/** Shared set-up of the journal tests. */
public final class Harness {
    private Harness() {
    }

    public static JournalConfig config(final Path dir) {
        return new JournalConfig().dataDir(dir).snapshotEveryEvents(0).snapshotIntervalNs(0).snapshotsKept(3)
            .bookIntervalNs(1_000_000_000L).bookDepth(5).output(true).retainCycles(0);
    }

    /** Publishes events {@code from .. to-1} of a stream (the stream must be at event {@code from}). */
    public static void publish(final EventStream stream, final MarketEventPublisher publisher, final int count) {
        final MarketEvent event = new MarketEvent();
        for (int i = 0; i < count; i++) {
            stream.next(event);
            publisher.publish(event);
        }
    }

    /** The state hash of an engine fed the first {@code count} events of a stream directly, without any journal. */
    public static long referenceHash(final long seed, final int count) {
        try (Engine engine = new Engine(EventStream.engineConfig(), EventStream.registry())) {
            engine.start();
            publish(new EventStream(seed), engine.newPublisher(), count);
            engine.drain();
            return engine.stateHash();
        }
    }

    /** Stops everything without the final snapshot of a clean close, as a crash would. */
    public static void crash(final JournaledEngine journaled) {
        journaled.engine().drain();
        journaled.engine().close();
        if (journaled.output() != null) {
            journaled.output().close();
        }
        journaled.input().close();
    }

    public static JournaledEngine openAndStart(final JournalConfig config) {
        final JournaledEngine journaled = JournaledEngine.open(config, EventStream.engineConfig(), EventStream.registry());
        journaled.recover();
        journaled.start();
        return journaled;
    }

    /** Events in the input journal, read from its start. */
    public static int countInputEvents(final JournalConfig config) {
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle());
             JournalReader reader = new JournalReader(queue)) {
            final MarketEvent event = new MarketEvent();
            int read = 0;
            while (reader.read(event) == JournalReader.READ) {
                read++;
            }
            return read;
        }
    }
}

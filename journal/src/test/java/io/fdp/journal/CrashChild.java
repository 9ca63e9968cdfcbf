package io.fdp.journal;

import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;

import java.nio.file.Path;

/**
 * A child process for {@link CrashTest}: opens the journal at a directory, recovers, then ingests a deterministic stream
 * (continuing where the recovered state ends) while journaling and snapshotting, until it is killed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    /**
     * Runs until killed.
     *
     * @param args the data directory and the stream seed.
     */
    public static void main(final String[] args) {
        final JournalConfig config = Harness.config(Path.of(args[0])).snapshotEveryEvents(20_000);
        final JournaledEngine journaled = JournaledEngine.open(config, EventStream.engineConfig(), EventStream.registry());
        final long recovered = journaled.recover().eventCount();
        journaled.start();
        final EventStream stream = new EventStream(Long.parseLong(args[1]));
        final MarketEvent event = new MarketEvent();
        for (long i = 0; i < recovered; i++) {
            stream.next(event);
        }
        final MarketEventPublisher publisher = journaled.publisher();
        System.out.println("ready " + recovered);
        System.out.flush();
        while (true) {
            stream.next(event);
            publisher.publish(event);
            journaled.snapshotIfDue();
        }
    }
}

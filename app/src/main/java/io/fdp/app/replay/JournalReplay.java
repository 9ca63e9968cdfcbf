package io.fdp.app.replay;

import io.fdp.app.progress.Progress;
import io.fdp.engine.event.EventType;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.FeedSummary;
import io.fdp.journal.InstrumentLog;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournalReader;
import io.fdp.journal.JournalReplayer;
import io.fdp.journal.JournaledEngine;
import io.fdp.journal.Journals;
import net.openhft.chronicle.queue.ChronicleQueue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Replays an input journal into a fresh engine, optionally within an event-time window and paced. */
final class JournalReplay {
    private final Path dataDir;
    private final long fromNs;
    private final long toNs;
    private final double speed;
    private final boolean json;
    private final Progress.When progress;

    JournalReplay(final Path dataDir, final long fromNs, final long toNs, final double speed, final boolean json,
        final Progress.When progress) {
        if (fromNs > toNs) {
            throw new IllegalArgumentException("--from is after --to");
        }
        if (speed < 0) {
            throw new IllegalArgumentException("--speed must be 0 (as fast as possible) or positive, not " + speed);
        }
        this.dataDir = dataDir;
        this.fromNs = fromNs;
        this.toNs = toNs;
        this.speed = speed;
        this.json = json;
        this.progress = progress;
    }

    int run() throws Exception {
        final JournalConfig config = new JournalConfig().dataDir(dataDir);
        if (!Files.isDirectory(config.inputDir())) {
            throw new IllegalArgumentException("no input journal under " + dataDir + " (expected " + config.inputDir() + ")");
        }
        final InstrumentRegistry registry = new InstrumentRegistry();
        InstrumentLog.load(JournaledEngine.instrumentLog(config), registry);
        final EngineConfig engineConfig = new EngineConfig().producerType("single").maxInstruments(registry.capacity())
            .bookOrderCapacity(200_000);
        final io.fdp.journal.ReplaySummary replayed;
        final ReplaySummary summary;
        try (ChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle());
             Engine engine = new Engine(engineConfig, registry);
             Progress line = Progress.on(progress)) {
            engine.start();
            line.track("journal " + config.inputDir(), "events", () -> engine.ring().getCursor() + 1, 0);
            final long start = System.nanoTime();
            replayed = new JournalReplayer(new JournalReader(queue)).speed(speed).fromTimeNs(fromNs).toTimeNs(toNs)
                .replay(engine);
            engine.drain();
            line.done();
            final FeedSummary events = new FeedSummary();
            for (int type = 1; type < EventType.COUNT; type++) {
                events.message(EventType.name(type), replayed.events((byte) type));
            }
            summary = ReplaySummary.of("journal", events, engine, System.nanoTime() - start);
        }
        summary.print(System.out);
        System.out.printf("  journal indexes %d..%d, %,d undecodable%n", replayed.firstIndex(), replayed.lastIndex(),
            replayed.undecodable());
        if (json) {
            System.out.println(summary.toJson());
        }
        return 0;
    }
}

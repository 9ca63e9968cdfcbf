package io.fdp.app.ingest;

import io.fdp.app.progress.Progress;
import io.fdp.app.replay.ReplaySummary;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.Feeds;
import io.fdp.feed.RecordedFeed;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournaledEngine;
import io.fdp.journal.snapshot.RecoveryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code fdp ingest}: journals a recorded input as it goes, snapshotting periodically, so that a run can be killed and
 * resumed. On start it recovers from the data directory (newest usable snapshot plus the journal tail), then feeds
 * the input again, skipping the events the journal already holds: the input is deterministic, so every input event
 * ends up in the journal exactly once.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest a recorded input into the journal under a data directory (resumes after a crash).")
public final class IngestCommand implements Callable<Integer> {
    /** How often, in published events, the ingest thread checks whether a snapshot is due. */
    private static final long SNAPSHOT_CHECK_EVENTS = 1_024;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
        description = "Input format: itch, lobster, kraken, okx, binance, coinbase or dbn.")
    String format;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Input file (repeat to merge captures).")
    List<Path> inputs;

    @Option(names = "--orderbook", paramLabel = "FILE", description = "LOBSTER orderbook file to seed the book from.")
    Path orderbook;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Session date of ITCH/LOBSTER input.")
    LocalDate date;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
        description = "Where the journals, snapshots and instrument log live.")
    Path dataDir;

    @Option(names = "--snapshot-every", defaultValue = "100000", paramLabel = "EVENTS",
        description = "Write a snapshot every this many events (also every minute and on a clean finish).")
    long snapshotEvery;

    @Option(names = "--json", description = "End the output with the summary as one JSON line.")
    boolean json;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
        description = "Progress line on stderr: auto (on a terminal), always or never (default: ${DEFAULT-VALUE}).")
    Progress.When progress;

    @Override
    public Integer call() throws Exception {
        final InstrumentRegistry registry = new InstrumentRegistry();
        final EngineConfig engineConfig = new EngineConfig().producerType("single").maxInstruments(registry.capacity())
            .bookOrderCapacity(200_000);
        final JournalConfig journalConfig = new JournalConfig().dataDir(dataDir).snapshotEveryEvents(snapshotEvery);
        final RecordedFeed feed = Feeds.open(format, inputs, orderbook, registry, date);
        final ReplaySummary summary;
        final RecoveryResult recovery;
        try (JournaledEngine journaled = JournaledEngine.open(journalConfig, engineConfig, registry);
             Progress line = Progress.on(progress)) {
            recovery = journaled.recover();
            journaled.start();
            final MarketEventPublisher publisher = journaled.publisher();
            publisher.skip(recovery.eventCount());
            publisher.periodic(SNAPSHOT_CHECK_EVENTS, journaled::snapshotIfDue);
            final long base = journaled.engine().ring().getCursor();
            line.track(format + " " + inputs.get(0).getFileName(), "events", () -> journaled.engine().ring().getCursor() - base, 0);
            final long start = System.nanoTime();
            feed.replay(publisher);
            journaled.engine().drain();
            line.done();
            summary = ReplaySummary.of(feed.format(), feed.summary(), journaled.engine(), System.nanoTime() - start);
        }
        System.out.printf("Recovered %,d journaled events (%s); resumed after them%n", recovery.eventCount(),
            recovery.snapshotFile() == null ? "no snapshot, full replay" : "snapshot " + recovery.snapshotFile().getFileName());
        recovery.skippedSnapshots().forEach(skipped -> System.out.println("  skipped snapshot: " + skipped));
        summary.print(System.out);
        System.out.println("  journal: " + dataDir.toAbsolutePath());
        if (json) {
            System.out.println(summary.toJson());
        }
        return 0;
    }
}

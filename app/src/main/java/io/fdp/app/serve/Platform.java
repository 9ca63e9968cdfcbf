package io.fdp.app.serve;

import io.fdp.api.ApiConfig;
import io.fdp.api.ApiServer;
import io.fdp.api.health.ReadinessCheck;
import io.fdp.app.importer.ReferenceImport;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.Feeds;
import io.fdp.feed.RecordedFeed;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournaledEngine;
import io.fdp.journal.snapshot.RecoveryResult;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.sink.PostgresSink;
import io.fdp.persistence.store.ReferenceDataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform in one process: database (embedded unless a JDBC URL is configured) with reference data,
 * journaled engine, PostgreSQL sink, REST/WebSocket API, and one feed thread replaying recorded inputs.
 *
 * <p>Restarting on the same data directory recovers the engine from its journal and resumes the inputs after what
 * the journal already holds, so nothing is ingested twice. {@link #close()} stops the feed, drains the ring, lets
 * the sink catch up, writes a snapshot and closes everything.
 */
public final class Platform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    private static final long SNAPSHOT_CHECK_EVENTS = 1_024;

    private final Database database;
    private final InstrumentRegistry registry = new InstrumentRegistry();
    private final JournaledEngine journaled;
    private final RecoveryResult recovery;
    private final PostgresSink sink;
    private final ApiServer api;
    private final Thread feedThread;
    private final List<Feed> feeds;
    private volatile boolean stopping;
    private volatile boolean fed;

    /** One recorded input: a format and its files. */
    public record Feed(String format, List<Path> inputs, Path orderbook) {
    }

    /** One reference-data file: an importer kind and the file. */
    public record Reference(String kind, Path file) {
    }

    private Platform(final Path dataDir, final ApiConfig apiConfig, final List<Feed> feeds, final List<Reference> reference)
        throws IOException {
        this.feeds = List.copyOf(feeds);
        database = Database.open(new Database.Context().dataDirectory(dataDir));
        importReference(reference);
        final EngineConfig engineConfig = new EngineConfig().producerType("single").maxInstruments(registry.capacity())
            .bookOrderCapacity(200_000);
        journaled = JournaledEngine.open(new JournalConfig().dataDir(dataDir.resolve("journal")), engineConfig, registry);
        recovery = journaled.recover();
        journaled.start();
        sink = new PostgresSink(database.dataSource(), journaled.output(), registry, "postgres", 5_000);
        sink.start();
        api = new ApiServer(apiConfig, journaled.engine(), new DatabaseReferenceData(database.dataSource()));
        api.metrics().gauge("fdp_sink_lag_events", "Output-journal records not yet written by the PostgreSQL sink.",
            sink::lagRecords);
        api.readiness().add("database-sink", () -> sink.failures() == 0 || sink.lagRecords() < 100_000
            ? ReadinessCheck.Status.up() : ReadinessCheck.Status.down("the sink is failing"));
        api.start();
        feedThread = new Thread(this::feed, "fdp-feed");
        feedThread.start();
    }

    /**
     * Starts the platform.
     *
     * @param dataDir   where the database, journals and snapshots live.
     * @param apiConfig the API's settings.
     * @param feeds     recorded inputs replayed on the feed thread, in order.
     * @param reference reference-data files imported at start (idempotent).
     * @return the running platform.
     * @throws IOException when a file cannot be read.
     */
    public static Platform start(final Path dataDir, final ApiConfig apiConfig, final List<Feed> feeds,
        final List<Reference> reference) throws IOException {
        return new Platform(dataDir, apiConfig, feeds, reference);
    }

    private void importReference(final List<Reference> reference) throws IOException {
        final ReferenceDataStore store = new ReferenceDataStore(database.dataSource());
        for (final Reference file : reference) {
            final ReferenceImport.Outcome outcome = ReferenceImport.run(file.kind(), file.file(), store, stored -> { });
            LOG.info("Imported {} ({}): {} records, {} rows changed", file.file().getFileName(), file.kind(),
                outcome.result().recordsProduced(), outcome.changed());
        }
    }

    private void feed() {
        final MarketEventPublisher publisher = journaled.publisher();
        publisher.skip(recovery.eventCount());
        publisher.periodic(SNAPSHOT_CHECK_EVENTS, journaled::snapshotIfDue);
        for (final Feed feed : feeds) {
            if (stopping) {
                return;
            }
            try {
                final RecordedFeed recorded = Feeds.open(feed.format(), feed.inputs(), feed.orderbook(), registry, null);
                recorded.replay(publisher);
                LOG.info("Fed {}: {} messages", feed.format(), recorded.summary().messages());
            } catch (final IOException | RuntimeException e) {
                LOG.error("Feed {} {} failed; the platform goes on without it", feed.format(), feed.inputs(), e);
            }
        }
        publisher.control(EventType.HEARTBEAT, -1, MarketEvent.NO_SEQUENCE, System.currentTimeMillis() * 1_000_000L);
        journaled.engine().drain();
        fed = true;
    }

    /**
     * Waits until the recorded inputs have been fed and written to the database.
     *
     * @param timeout how long at most.
     * @param unit    its unit.
     * @return true when everything is in.
     * @throws InterruptedException when interrupted.
     */
    public boolean awaitFed(final long timeout, final TimeUnit unit) throws InterruptedException {
        final long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!(fed && sink.lagRecords() == 0)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** @return the API server (its port, metrics). */
    public ApiServer api() {
        return api;
    }

    /** @return the journaled engine. */
    public JournaledEngine journaled() {
        return journaled;
    }

    /** @return the database. */
    public Database database() {
        return database;
    }

    /** @return what recovery did at start. */
    public RecoveryResult recovery() {
        return recovery;
    }

    /** Stops the feed, drains the ring, lets the sink catch up, writes a snapshot and closes everything. */
    @Override
    public void close() {
        stopping = true;
        try {
            feedThread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        api.close();
        journaled.engine().drain();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sink.lagRecords() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        sink.close();
        journaled.close();
        database.close();
    }
}

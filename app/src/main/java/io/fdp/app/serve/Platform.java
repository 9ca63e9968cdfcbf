package io.fdp.app.serve;

import io.fdp.api.ApiServer;
import io.fdp.api.health.ReadinessCheck;
import io.fdp.api.metrics.MetricsRegistry;
import io.fdp.app.importer.ReferenceImport;
import io.fdp.app.progress.Progress;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.Feeds;
import io.fdp.feed.RecordedFeed;
import io.fdp.feed.synthetic.OrderFlowConfig;
import io.fdp.feed.synthetic.SyntheticFeed;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournaledEngine;
import io.fdp.journal.snapshot.RecoveryResult;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.kafka.KafkaFeed;
import io.fdp.persistence.kafka.KafkaSink;
import io.fdp.persistence.kafka.KafkaSinkConfig;
import io.fdp.persistence.sink.PostgresSink;
import io.fdp.persistence.sink.SinkMetrics;
import io.fdp.persistence.store.ReferenceDataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The whole platform in one process, as a {@link PlatformConfig} describes it: database (embedded unless a JDBC URL
 * is configured) with reference data, journaled engine, PostgreSQL sink, optionally the Kafka sink and a Kafka input,
 * REST/WebSocket API, and one feed thread replaying the recorded and synthetic inputs in order.
 *
 * <p>Restarting on the same data directory recovers the engine from its journal and resumes the inputs after what
 * the journal already holds, so nothing is ingested twice. A Kafka input rebuilds its instruments' state from the
 * beginning of its topic ({@link KafkaFeed}), so it needs an empty journal: the platform refuses to start with a Kafka
 * input on a journal that already holds events. {@link #close()} stops the inputs, drains the ring, lets the sinks
 * catch up, writes a snapshot and closes everything.
 */
public final class Platform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    private static final long SNAPSHOT_CHECK_EVENTS = 1_024;
    private static final long SINK_DRAIN_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(30);

    private final PlatformConfig config;
    private final Deque<AutoCloseable> opened;
    private final InstrumentRegistry registry = new InstrumentRegistry();
    private final Progress progress;
    private final Database database;
    private final JournaledEngine journaled;
    private final RecoveryResult recovery;
    private final PostgresSink sink;
    private final KafkaSink kafkaSink;
    private final KafkaFeed kafkaFeed;
    private final ApiServer api;
    private final Thread feedThread;
    private volatile SyntheticFeed synthetic;
    private volatile boolean stopping;
    private volatile boolean fed;
    private boolean closed;

    private Platform(final PlatformConfig config, final Deque<AutoCloseable> opened) throws IOException {
        this.config = config;
        this.opened = opened;
        ApiServer.checkSecurity(config.api());
        progress = opened(Progress.on(config.progress()));
        // close() stops the embedded server after the sinks are flushed, also from a shutdown hook (PlatformRunner).
        database = opened(Database.open(new Database.Context().jdbcUrl(config.jdbcUrl())
            .dataDirectory(config.dataDir()).stopEmbeddedOnExit(false)));
        importReference();
        final boolean kafkaInput = config.kafkaFeedTopic() != null;
        final EngineConfig engineConfig = new EngineConfig().producerType(kafkaInput ? "multi" : "single")
            .maxInstruments(registry.capacity()).bookOrderCapacity(200_000);
        final JournalConfig journalConfig = new JournalConfig().dataDir(config.dataDir().resolve("journal"));
        journaled = opened(JournaledEngine.open(journalConfig, engineConfig, registry));
        recovery = journaled.recover();
        if (kafkaInput && recovery.eventCount() > 0) {
            throw new IllegalStateException("a Kafka input (" + PlatformConfig.KAFKA_FEED_TOPIC_PROP_NAME + ") rebuilds the "
                + "engine from the beginning of its topic, but the journal under " + journalConfig.dataDir() + " already holds "
                + recovery.eventCount() + " events: start on an empty " + PlatformConfig.DATA_DIR_PROP_NAME);
        }
        journaled.start();
        sink = opened(new PostgresSink(database.dataSource(), journaled.output(), registry, "postgres", 5_000));
        sink.start();
        kafkaSink = config.kafkaBootstrapServers() == null ? null : opened(new KafkaSink(
            new KafkaSinkConfig().bootstrapServers(config.kafkaBootstrapServers()), journalConfig, registry));
        if (kafkaSink != null) {
            kafkaSink.start();
        }
        api = opened(new ApiServer(config.api(), journaled.engine(), new DatabaseReferenceData(database.dataSource())));
        registerChecks();
        api.start();
        kafkaFeed = kafkaInput ? opened(new KafkaFeed(config.kafkaBootstrapServers(), config.kafkaFeedTopic(),
            config.kafkaFeedGroup(), registry, journaled.engine().newPublisher(), Map.of())) : null;
        feedThread = new Thread(this::feed, "fdp-feed");
    }

    /**
     * Starts the platform and its inputs.
     *
     * @param config what to run.
     * @return the running platform.
     * @throws IOException when a file cannot be read.
     */
    public static Platform start(final PlatformConfig config) throws IOException {
        final Platform platform = open(config);
        platform.startFeeds();
        return platform;
    }

    /**
     * Starts everything but the inputs (see {@link #startFeeds()}); on a failure, closes what was opened.
     *
     * @param config what to run.
     * @return the platform, serving but not yet fed.
     * @throws IOException when a file cannot be read.
     */
    public static Platform open(final PlatformConfig config) throws IOException {
        final Deque<AutoCloseable> partial = new ArrayDeque<>();
        try {
            return new Platform(config, partial);
        } catch (final IOException | RuntimeException e) {
            while (!partial.isEmpty()) {
                try {
                    partial.pop().close();
                } catch (final Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private <T extends AutoCloseable> T opened(final T resource) {
        opened.push(resource);
        return resource;
    }

    private void registerChecks() {
        final Map<String, SinkMetrics> sinks = new LinkedHashMap<>();
        sinks.put("postgres", sink);
        if (kafkaSink != null) {
            sinks.put("kafka", kafkaSink);
        }
        sinkFamily(sinks, "fdp_sink_lag_events", "Journal records not yet committed by the sink.", MetricsRegistry.Type.GAUGE,
            SinkMetrics::lagRecords);
        sinkFamily(sinks, "fdp_sink_lag_seconds", "How far behind the journal the sink's committed position is.",
            MetricsRegistry.Type.GAUGE, SinkMetrics::lagSeconds);
        sinkFamily(sinks, "fdp_sink_committed_records_total", "Records the sink committed to its destination.",
            MetricsRegistry.Type.COUNTER, SinkMetrics::committedRecords);
        sinkFamily(sinks, "fdp_sink_failures_total", "Failed attempts to reach or write the sink's destination.",
            MetricsRegistry.Type.COUNTER, SinkMetrics::failures);
        sinkFamily(sinks, "fdp_sink_outage_seconds", "Seconds the sink's destination has been failing, 0 while it works.",
            MetricsRegistry.Type.GAUGE, SinkMetrics::outageSeconds);
        api.readiness().add("database-sink", () -> sink.failures() == 0 || sink.lagRecords() < 100_000
            ? ReadinessCheck.Status.up() : ReadinessCheck.Status.down("the sink is failing"));
        if (kafkaSink != null) {
            api.readiness().add("kafka-sink", () -> kafkaSink.failure() == null ? ReadinessCheck.Status.up()
                : ReadinessCheck.Status.down("the Kafka sink stopped: " + kafkaSink.failure()));
        }
    }

    private void sinkFamily(final Map<String, SinkMetrics> sinks, final String name, final String help,
        final MetricsRegistry.Type type, final ToDoubleFunction<SinkMetrics> value) {
        api.metrics().family(name, help, type, samples -> sinks.forEach(
            (label, metrics) -> samples.add(value.applyAsDouble(metrics), "sink", label)));
    }

    /** Starts feeding the inputs (the recorded and synthetic ones on the feed thread, and the Kafka input). */
    public synchronized void startFeeds() {
        if (feedThread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("the feeds are already started");
        }
        if (kafkaFeed != null) {
            kafkaFeed.start();
        }
        feedThread.start();
    }

    private void importReference() throws IOException {
        final ReferenceDataStore store = new ReferenceDataStore(database.dataSource());
        for (final PlatformConfig.Reference file : config.reference()) {
            final AtomicLong stored = new AtomicLong();
            progress.track(file.kind() + " " + file.file().getFileName(), "records stored", stored::get, 0);
            final ReferenceImport.Outcome outcome = ReferenceImport.run(file.kind(), file.file(), store, stored::addAndGet);
            LOG.info("Imported {} ({}): {} records, {} rows changed", file.file().getFileName(), file.kind(),
                outcome.result().recordsProduced(), outcome.changed());
        }
        progress.done();
    }

    private void feed() {
        final MarketEventPublisher publisher = journaled.publisher();
        publisher.skip(recovery.eventCount());
        if (kafkaFeed == null) {
            // With a Kafka input publishing too, the feed thread cannot stop the ring for a consistent snapshot.
            publisher.periodic(SNAPSHOT_CHECK_EVENTS, journaled::snapshotIfDue);
        }
        for (final PlatformConfig.Feed feed : config.feeds()) {
            if (stopping) {
                break;
            }
            final long base = journaled.engine().ring().getCursor();
            progress.track(feed.label(), "events", () -> journaled.engine().ring().getCursor() - base,
                feed.synthetic() == null ? 0 : feed.synthetic().events());
            try {
                if (feed.synthetic() != null) {
                    feedSynthetic(publisher, feed.synthetic());
                } else {
                    final RecordedFeed recorded = Feeds.open(feed.format(), feed.inputs(), feed.orderbook(), registry, feed.date());
                    recorded.replay(publisher);
                    LOG.info("Fed {}: {} messages", feed.label(), recorded.summary().messages());
                }
            } catch (final IOException | RuntimeException e) {
                LOG.error("Feed {} failed; the platform goes on without it", feed.label(), e);
            }
        }
        progress.done();
        publisher.control(EventType.HEARTBEAT, -1, MarketEvent.NO_SEQUENCE, System.currentTimeMillis() * 1_000_000L);
        journaled.engine().drain();
        fed = true;
    }

    /**
     * The synthetic flow: events the journal already holds from an earlier run are produced again without pacing
     * (the publisher drops them), the rest at the configured pace.
     */
    private void feedSynthetic(final MarketEventPublisher publisher, final PlatformConfig.Synthetic settings) {
        // Event times start now, so that the unpaced catch-up and the paced wall-clock times run forwards together.
        final SyntheticFeed feed = new SyntheticFeed(new OrderFlowConfig().seed(settings.seed())
            .instruments(settings.instruments()).startTimeNs(publisher.clock().nanoTime()), registry);
        synthetic = feed;
        final long publishedBefore = publisher.published();
        long produced = 0;
        while (produced < settings.events() && publisher.published() == publishedBefore && !stopping) {
            produced += feed.run(publisher, SyntheticFeed.UNPACED, 1, 0);
        }
        if (produced < settings.events() && !stopping) {
            produced += feed.run(publisher, settings.eventsPerSecond(), settings.events() - produced, 0);
        }
        LOG.info("Fed the synthetic flow: {} events", produced);
    }

    /**
     * Waits until the inputs have been fed and written by the sinks.
     *
     * @param timeout how long at most.
     * @param unit    its unit.
     * @return true when everything is in.
     * @throws InterruptedException when interrupted.
     */
    public boolean awaitFed(final long timeout, final TimeUnit unit) throws InterruptedException {
        final long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!(fed && sinksCaughtUp())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private boolean sinksCaughtUp() {
        return sink.lagRecords() == 0 && (kafkaSink == null || kafkaSink.lagEvents() == 0);
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

    /** @return the Kafka sink, or null when Kafka is off. */
    public KafkaSink kafkaSink() {
        return kafkaSink;
    }

    /** @return the Kafka input, or null when there is none. */
    public KafkaFeed kafkaFeed() {
        return kafkaFeed;
    }

    /** @return what recovery did at start. */
    public RecoveryResult recovery() {
        return recovery;
    }

    /** Stops the inputs, drains the ring, lets the sinks catch up, writes a snapshot and closes everything. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        final SyntheticFeed running = synthetic;
        if (running != null) {
            running.stop();
        }
        try {
            feedThread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (kafkaFeed != null) {
            kafkaFeed.close();
        }
        api.close();
        journaled.engine().drain();
        await(this::sinksCaughtUp, SINK_DRAIN_TIMEOUT_NS);
        if (!sinksCaughtUp()) {
            LOG.warn("Sinks still behind at shutdown (PostgreSQL {} records, Kafka {} documents): they resume from their "
                + "checkpoints on the next start", sink.lagRecords(), kafkaSink == null ? 0 : kafkaSink.lagEvents());
        }
        if (kafkaSink != null) {
            kafkaSink.close();
        }
        sink.close();
        journaled.close();
        database.close();
        progress.close();
    }

    private static void await(final BooleanSupplier condition, final long timeoutNs) {
        final long deadline = System.nanoTime() + timeoutNs;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

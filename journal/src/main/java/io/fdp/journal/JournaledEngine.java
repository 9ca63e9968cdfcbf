package io.fdp.journal;

import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.engine.state.EngineState;
import io.fdp.engine.state.StateWriter;
import io.fdp.journal.output.OutputJournal;
import io.fdp.journal.snapshot.Recovery;
import io.fdp.journal.snapshot.RecoveryResult;
import io.fdp.journal.snapshot.SnapshotStore;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An engine whose every input event is journaled, whose derived events go to the output journal, and whose state is
 * snapshotted and recovered: what a process runs.
 *
 * <p>Lifecycle: {@link #open}, {@link #recover()} (newest usable snapshot plus the journal tail; repairs a document cut
 * by a crash first), {@link #start()}, publish through {@link #publisher()} from one ingest thread and call
 * {@link #snapshotIfDue()} from that same thread between events, {@link #close()} (takes a final snapshot).
 *
 * <p>A snapshot drains the engine on the ingest thread: with nothing published and every handler idle, the book and
 * candle state and the journal's last index describe the same instant, so the snapshot is consistent with exactly one
 * journal position. Ingestion pauses for the drain and the state copy; the file is then written on the same thread.
 */
public final class JournaledEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JournaledEngine.class);

    private final JournalConfig config;
    private final EngineConfig engineConfig;
    private final InstrumentRegistry registry;
    private final SnapshotStore snapshots;
    private final InstrumentLog instruments;
    private final SingleChronicleQueue input;
    private final SingleChronicleQueue output;
    private final JournalRetention inputRetention;
    private final JournalRetention outputRetention;
    private final StateWriter state = new StateWriter();
    private Engine engine;
    private JournalHandler journal;
    private OutputJournal outputJournal;
    private MarketEventPublisher publisher;
    private RecoveryResult recovery;
    private long eventsBeforeStart;
    private long eventsAtSnapshot;
    private long snapshotAtNs;
    private boolean started;
    private boolean closed;

    private JournaledEngine(final JournalConfig config, final EngineConfig engineConfig, final InstrumentRegistry registry) {
        this.config = config;
        this.engineConfig = engineConfig;
        this.registry = registry;
        try {
            Files.createDirectories(config.inputDir());
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot create " + config.inputDir(), ex);
        }
        snapshots = new SnapshotStore(config.snapshotDir(), config.snapshotsKept());
        instruments = InstrumentLog.attach(instrumentLog(config), registry);
        JournalRepair.repair(config.inputDir(), config);
        inputRetention = retention(config.inputDir(), true);
        input = Journals.open(config.inputDir(), config, inputRetention);
        if (inputRetention != null) {
            inputRetention.attach(input);
        }
        if (config.output()) {
            JournalRepair.repair(config.outputDir(), config);
            outputRetention = retention(config.outputDir(), false);
            output = Journals.open(config.outputDir(), config, outputRetention);
            if (outputRetention != null) {
                outputRetention.attach(output);
            }
        } else {
            outputRetention = null;
            output = null;
        }
    }

    /**
     * Opens the journals and snapshots under {@link JournalConfig#dataDir()} (created if absent).
     *
     * @param config       journal settings.
     * @param engineConfig engine settings; must be those of the run that wrote the snapshots.
     * @param registry     the instruments; snapshots register the instruments they know.
     * @return the journaled engine, not yet recovered.
     */
    public static JournaledEngine open(final JournalConfig config, final EngineConfig engineConfig,
        final InstrumentRegistry registry) {
        return new JournaledEngine(config, engineConfig, registry);
    }

    private JournalRetention retention(final Path dir, final boolean protectSnapshots) {
        if (config.retainCycles() <= 0) {
            return null;
        }
        return new JournalRetention(dir, config.rollCycle(), config.retainCycles(),
            protectSnapshots ? snapshots::oldestIndex : () -> -1);
    }

    /**
     * Restores the newest usable snapshot and replays the journal after it; the engine is then running.
     *
     * @return what was done.
     */
    public synchronized RecoveryResult recover() {
        if (recovery != null) {
            throw new IllegalStateException("already recovered");
        }
        recovery = new Recovery(snapshots, input).recover(this::newEngine);
        engine = recovery.engine();
        journal.resumeAfter(recovery.lastIndex());
        eventsBeforeStart = recovery.eventCount();
        eventsAtSnapshot = eventsBeforeStart;
        LOG.info("Recovered: {}", recovery);
        return recovery;
    }

    private Engine newEngine() {
        final Engine fresh = new Engine(engineConfig, registry);
        journal = new JournalHandler(input, config.syncOnEndOfBatch());
        journal.replaying(true);
        fresh.addHandlerBesideBooks(journal);
        if (output != null) {
            outputJournal = new OutputJournal(output, engineConfig.maxInstruments(), config.bookIntervalNs(), config.bookDepth());
            outputJournal.muted(true);
            fresh.setOutput(outputJournal);
        }
        return fresh;
    }

    /** Switches from replay to live: events published from now on are journaled (recovers first if needed). */
    public synchronized void start() {
        if (recovery == null) {
            recover();
        }
        if (started) {
            throw new IllegalStateException("already started");
        }
        journal.replaying(false);
        if (outputJournal != null) {
            outputJournal.muted(false);
        }
        publisher = engine.newPublisher();
        snapshotAtNs = System.nanoTime();
        started = true;
    }

    /** @return the publisher of the ingest thread (after {@link #start()}). */
    public MarketEventPublisher publisher() {
        if (!started) {
            throw new IllegalStateException("start() first");
        }
        return publisher;
    }

    /** @return the engine (after {@link #recover()}). */
    public Engine engine() {
        return engine;
    }

    /** @return the journal handler (after {@link #recover()}). */
    public JournalHandler journal() {
        return journal;
    }

    /** @return the input journal. */
    public SingleChronicleQueue input() {
        return input;
    }

    /** @return the output journal, or null when disabled. */
    public SingleChronicleQueue output() {
        return output;
    }

    /** @return the snapshot directory. */
    public SnapshotStore snapshots() {
        return snapshots;
    }

    /** @return how many events have been published since {@link #start()}. */
    public long publishedSinceStart() {
        return publisher == null ? 0 : publisher.published();
    }

    /**
     * Takes a snapshot when {@link JournalConfig#snapshotEveryEvents()} events were published or
     * {@link JournalConfig#snapshotIntervalNs()} passed since the last one (ingest thread, between events).
     *
     * @return the file written, or null when none was due.
     */
    public Path snapshotIfDue() {
        final long events = eventsBeforeStart + publishedSinceStart();
        final boolean byCount = config.snapshotEveryEvents() > 0 && events - eventsAtSnapshot >= config.snapshotEveryEvents();
        final boolean byTime = config.snapshotIntervalNs() > 0 && events > eventsAtSnapshot
            && System.nanoTime() - snapshotAtNs >= config.snapshotIntervalNs();
        return byCount || byTime ? snapshot() : null;
    }

    /**
     * Drains the engine and writes a snapshot of its state at the journal's last index (ingest thread, between events).
     *
     * @return the file written.
     */
    public synchronized Path snapshot() {
        if (!started) {
            throw new IllegalStateException("start() first");
        }
        final long began = System.nanoTime();
        engine.drain();
        final long index = journal.lastIndex();
        final long events = eventsBeforeStart + publishedSinceStart();
        state.reset();
        EngineState.write(engine, state);
        final long hash = engine.stateHash();
        final long captured = System.nanoTime();
        final Path file = snapshots.write(index, events, hash, state);
        eventsAtSnapshot = events;
        snapshotAtNs = System.nanoTime();
        LOG.info("Snapshot {} at journal index {} ({} events, {} bytes): engine paused {} us, written in {} us",
            file.getFileName(), Long.toHexString(index), events, state.length(), (captured - began) / 1_000,
            (snapshotAtNs - captured) / 1_000);
        return file;
    }

    /** Takes a final snapshot (when started), stops the engine and closes the journals. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (started) {
                snapshot();
            }
        } finally {
            if (engine != null) {
                engine.close();
            }
            if (outputRetention != null) {
                outputRetention.detach();
            }
            if (inputRetention != null) {
                inputRetention.detach();
            }
            if (output != null) {
                output.close();
            }
            input.close();
            registry.registrationListener(null);
            instruments.close();
        }
    }

    /**
     * Where a journal keeps its instrument registrations (see {@link InstrumentLog}).
     *
     * @param config the journal settings.
     * @return the instrument log file under the data directory.
     */
    public static Path instrumentLog(final JournalConfig config) {
        return config.dataDir().resolve("instruments.tsv");
    }
}

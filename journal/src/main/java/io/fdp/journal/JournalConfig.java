package io.fdp.journal;

import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the journals, the snapshots and recovery, with defaults from system properties.
 *
 * <p>Layout under {@link #dataDir()}: {@code input/} (the input journal, the source of truth), {@code output/} (derived
 * events) and {@code snapshots/}. Not thread-safe: configure, then hand over.
 */
public final class JournalConfig {
    /** Property naming the data directory. */
    public static final String DATA_DIR_PROP_NAME = "fdp.journal.dir";
    /** Default data directory. */
    public static final String DATA_DIR_DEFAULT = "data";
    /** Property naming the roll cycle: a constant of Chronicle's {@code RollCycles} or {@code TestRollCycles}. */
    public static final String ROLL_CYCLE_PROP_NAME = "fdp.journal.roll.cycle";
    /** Default roll cycle: one file per UTC day. */
    public static final String ROLL_CYCLE_DEFAULT = "FAST_DAILY";
    /** Property: how many cycles (files) of each journal to keep; 0 keeps all. */
    public static final String RETAIN_CYCLES_PROP_NAME = "fdp.journal.retain.cycles";
    /** Default: keep every cycle (the journal is the source of truth). */
    public static final int RETAIN_CYCLES_DEFAULT = 0;
    /** Property: whether the journal handler msyncs the queue file at the end of each batch. */
    public static final String SYNC_PROP_NAME = "fdp.journal.sync";
    /** Default: no msync; the page cache survives a process crash, not a power cut. */
    public static final boolean SYNC_DEFAULT = false;
    /** Property: whether the output journal of derived events is written. */
    public static final String OUTPUT_PROP_NAME = "fdp.journal.output";
    /** Default: write the output journal. */
    public static final boolean OUTPUT_DEFAULT = true;
    /** Property: event-time period of the per-instrument book records of the output journal (ISO-8601). */
    public static final String BOOK_INTERVAL_PROP_NAME = "fdp.journal.output.book.interval";
    /** Default book record period. */
    public static final String BOOK_INTERVAL_DEFAULT = "PT10S";
    /** Property: levels per side in the output journal's book records. */
    public static final String BOOK_DEPTH_PROP_NAME = "fdp.journal.output.book.depth";
    /** Default levels per side. */
    public static final int BOOK_DEPTH_DEFAULT = 10;
    /** Property: take a state snapshot every this many journaled events (0: never by count). */
    public static final String SNAPSHOT_EVENTS_PROP_NAME = "fdp.journal.snapshot.events";
    /** Default snapshot period in events. */
    public static final long SNAPSHOT_EVENTS_DEFAULT = 1_000_000;
    /** Property: take a state snapshot at least this often, wall-clock time (ISO-8601; PT0S: never by time). */
    public static final String SNAPSHOT_INTERVAL_PROP_NAME = "fdp.journal.snapshot.interval";
    /** Default snapshot period in time. */
    public static final String SNAPSHOT_INTERVAL_DEFAULT = "PT1M";
    /** Property: how many snapshots to keep. */
    public static final String SNAPSHOTS_KEPT_PROP_NAME = "fdp.journal.snapshot.keep";
    /** Default number of snapshots kept. */
    public static final int SNAPSHOTS_KEPT_DEFAULT = 3;

    private Path dataDir = Path.of(System.getProperty(DATA_DIR_PROP_NAME, DATA_DIR_DEFAULT));
    private RollCycle rollCycle = rollCycle(System.getProperty(ROLL_CYCLE_PROP_NAME, ROLL_CYCLE_DEFAULT));
    private TimeProvider timeProvider = SystemTimeProvider.INSTANCE;
    private int retainCycles = Integer.getInteger(RETAIN_CYCLES_PROP_NAME, RETAIN_CYCLES_DEFAULT);
    private boolean syncOnEndOfBatch = Boolean.parseBoolean(System.getProperty(SYNC_PROP_NAME, String.valueOf(SYNC_DEFAULT)));
    private boolean output = Boolean.parseBoolean(System.getProperty(OUTPUT_PROP_NAME, String.valueOf(OUTPUT_DEFAULT)));
    private long bookIntervalNs = Duration.parse(System.getProperty(BOOK_INTERVAL_PROP_NAME, BOOK_INTERVAL_DEFAULT)).toNanos();
    private int bookDepth = Integer.getInteger(BOOK_DEPTH_PROP_NAME, BOOK_DEPTH_DEFAULT);
    private long snapshotEveryEvents = Long.getLong(SNAPSHOT_EVENTS_PROP_NAME, SNAPSHOT_EVENTS_DEFAULT);
    private long snapshotIntervalNs =
        Duration.parse(System.getProperty(SNAPSHOT_INTERVAL_PROP_NAME, SNAPSHOT_INTERVAL_DEFAULT)).toNanos();
    private int snapshotsKept = Integer.getInteger(SNAPSHOTS_KEPT_PROP_NAME, SNAPSHOTS_KEPT_DEFAULT);

    /**
     * Looks up a roll cycle by name.
     *
     * @param name a constant of {@link RollCycles} (for example {@code FAST_DAILY}) or {@link TestRollCycles}.
     * @return the roll cycle.
     */
    public static RollCycle rollCycle(final String name) {
        for (final RollCycles cycle : RollCycles.values()) {
            if (cycle.name().equals(name)) {
                return cycle;
            }
        }
        for (final TestRollCycles cycle : TestRollCycles.values()) {
            if (cycle.name().equals(name)) {
                return cycle;
            }
        }
        throw new IllegalArgumentException("unknown roll cycle: " + name);
    }

    /** @return the directory holding the journals and snapshots. */
    public Path dataDir() {
        return dataDir;
    }

    /** @param value the directory holding the journals and snapshots. @return this. */
    public JournalConfig dataDir(final Path value) {
        dataDir = value;
        return this;
    }

    /** @return the input journal's directory. */
    public Path inputDir() {
        return dataDir.resolve("input");
    }

    /** @return the output journal's directory. */
    public Path outputDir() {
        return dataDir.resolve("output");
    }

    /** @return the snapshots' directory. */
    public Path snapshotDir() {
        return dataDir.resolve("snapshots");
    }

    /** @return how often the journals start a new file. */
    public RollCycle rollCycle() {
        return rollCycle;
    }

    /** @param value how often the journals start a new file. @return this. */
    public JournalConfig rollCycle(final RollCycle value) {
        rollCycle = value;
        return this;
    }

    /** @return the wall clock that decides the journals' cycles. */
    public TimeProvider timeProvider() {
        return timeProvider;
    }

    /** @param value the wall clock that decides the journals' cycles (tests set one). @return this. */
    public JournalConfig timeProvider(final TimeProvider value) {
        timeProvider = value;
        return this;
    }

    /** @return how many cycles of each journal to keep, 0 for all. */
    public int retainCycles() {
        return retainCycles;
    }

    /** @param value how many cycles of each journal to keep, 0 for all. @return this. */
    public JournalConfig retainCycles(final int value) {
        retainCycles = value;
        return this;
    }

    /** @return whether the journal handler msyncs at the end of each batch. */
    public boolean syncOnEndOfBatch() {
        return syncOnEndOfBatch;
    }

    /** @param value whether the journal handler msyncs at the end of each batch. @return this. */
    public JournalConfig syncOnEndOfBatch(final boolean value) {
        syncOnEndOfBatch = value;
        return this;
    }

    /** @return whether the output journal is written. */
    public boolean output() {
        return output;
    }

    /** @param value whether the output journal is written. @return this. */
    public JournalConfig output(final boolean value) {
        output = value;
        return this;
    }

    /** @return the event-time period of book records per instrument, in ns (0: none). */
    public long bookIntervalNs() {
        return bookIntervalNs;
    }

    /** @param value the event-time period of book records per instrument, in ns (0: none). @return this. */
    public JournalConfig bookIntervalNs(final long value) {
        bookIntervalNs = value;
        return this;
    }

    /** @return levels per side in book records. */
    public int bookDepth() {
        return bookDepth;
    }

    /** @param value levels per side in book records. @return this. */
    public JournalConfig bookDepth(final int value) {
        bookDepth = value;
        return this;
    }

    /** @return a snapshot is due after this many events (0: not by count). */
    public long snapshotEveryEvents() {
        return snapshotEveryEvents;
    }

    /** @param value a snapshot is due after this many events (0: not by count). @return this. */
    public JournalConfig snapshotEveryEvents(final long value) {
        snapshotEveryEvents = value;
        return this;
    }

    /** @return a snapshot is due after this much wall-clock time, in ns (0: not by time). */
    public long snapshotIntervalNs() {
        return snapshotIntervalNs;
    }

    /** @param value a snapshot is due after this much wall-clock time, in ns (0: not by time). @return this. */
    public JournalConfig snapshotIntervalNs(final long value) {
        snapshotIntervalNs = value;
        return this;
    }

    /** @return how many snapshots to keep. */
    public int snapshotsKept() {
        return snapshotsKept;
    }

    /** @param value how many snapshots to keep (at least 1). @return this. */
    public JournalConfig snapshotsKept(final int value) {
        snapshotsKept = value;
        return this;
    }
}

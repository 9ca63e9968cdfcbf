package io.fdp.journal.snapshot;

import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.state.EngineState;
import io.fdp.journal.JournalHandler;
import io.fdp.journal.JournalReader;
import io.fdp.journal.JournalReplayer;
import io.fdp.journal.ReplaySummary;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rebuilds engine state on start: the newest usable snapshot, then the input journal after the snapshot's position.
 *
 * <p>A snapshot is usable when its file verifies (magic, version, length, CRC32), its journal position is still in
 * the journal, and the engine restored from it has the state hash recorded in it. Each unusable snapshot is skipped
 * with one warning saying why, and the next older one is tried; with none left, the whole journal is replayed into a
 * fresh engine. Because a snapshot records the index of the last event its state includes, the replay starts exactly
 * after it: no event is applied twice or missed.
 */
public final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final SnapshotStore snapshots;
    private final ChronicleQueue input;

    /**
     * Creates a recovery.
     *
     * @param snapshots the snapshot directory.
     * @param input     the input journal.
     */
    public Recovery(final SnapshotStore snapshots, final ChronicleQueue input) {
        this.snapshots = snapshots;
        this.input = input;
    }

    /**
     * Recovers.
     *
     * @param engines makes a fresh, not started engine with its handlers (called again after a failed restore).
     * @return what was done; its engine is started and has processed the whole journal.
     */
    public RecoveryResult recover(final Supplier<Engine> engines) {
        final List<String> skipped = new ArrayList<>();
        for (final Path file : snapshots.list()) {
            final JournalReader reader = new JournalReader(input);
            Engine engine = null;
            try {
                final Snapshot snapshot = snapshots.load(file);
                if (!reader.moveAfter(snapshot.journalIndex())) {
                    throw new InvalidSnapshotException("its journal position " + Long.toHexString(snapshot.journalIndex())
                        + " is not in the journal");
                }
                engine = engines.get();
                EngineState.read(engine, snapshot.state());
                final long hash = engine.stateHash();
                if (hash != snapshot.stateHash()) {
                    throw new InvalidSnapshotException("restored state hash " + Long.toHexString(hash) + " differs from the "
                        + "recorded " + Long.toHexString(snapshot.stateHash()));
                }
                LOG.info("Recovery: restored snapshot {}; replaying the journal after it", snapshot);
                return replay(engine, reader, snapshot, skipped);
            } catch (final RuntimeException ex) {
                reader.close();
                if (engine != null) {
                    engine.close();
                }
                final String reason = file.getFileName() + ": " + ex.getMessage();
                skipped.add(reason);
                LOG.warn("Recovery: snapshot {} skipped: {}", file.getFileName(), ex.getMessage());
            }
        }
        final JournalReader reader = new JournalReader(input);
        final long first = input.firstIndex();
        final String from = first == Long.MAX_VALUE ? "(empty)" : "from index " + Long.toHexString(first);
        if (skipped.isEmpty()) {
            LOG.info("Recovery: no snapshot; replaying the whole journal {}", from);
        } else {
            LOG.warn("Recovery: no usable snapshot ({} skipped); replaying the whole journal {}", skipped.size(), from);
        }
        return replay(engines.get(), reader, null, skipped);
    }

    private static RecoveryResult replay(final Engine engine, final JournalReader reader, final Snapshot snapshot,
        final List<String> skipped) {
        try (reader) {
            engine.start();
            final ReplaySummary summary = new JournalReplayer(reader).replay(engine);
            final long last = summary.events() > 0 ? summary.lastIndex()
                : snapshot == null ? JournalHandler.NO_INDEX : snapshot.journalIndex();
            LOG.info("Recovery: replayed {} (last journal index {})", summary,
                last == JournalHandler.NO_INDEX ? "none" : Long.toHexString(last));
            return new RecoveryResult(engine, snapshot, skipped, summary);
        }
    }
}

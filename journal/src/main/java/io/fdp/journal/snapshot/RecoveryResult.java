package io.fdp.journal.snapshot;

import io.fdp.engine.pipeline.Engine;
import io.fdp.journal.JournalHandler;
import io.fdp.journal.ReplaySummary;

import java.nio.file.Path;
import java.util.List;

/** What a recovery did: the snapshot it restored (if any), the snapshots it skipped and why, and the tail it replayed. */
public final class RecoveryResult {
    private final Engine engine;
    private final Snapshot snapshot;
    private final List<String> skipped;
    private final ReplaySummary replay;

    RecoveryResult(final Engine engine, final Snapshot snapshot, final List<String> skipped, final ReplaySummary replay) {
        this.engine = engine;
        this.snapshot = snapshot;
        this.skipped = List.copyOf(skipped);
        this.replay = replay;
    }

    /** @return the recovered engine, started and drained. */
    public Engine engine() {
        return engine;
    }

    /** @return the snapshot file restored, or null for a full replay. */
    public Path snapshotFile() {
        return snapshot == null ? null : snapshot.file();
    }

    /** @return the journal index of the restored snapshot, or {@link JournalHandler#NO_INDEX}. */
    public long snapshotIndex() {
        return snapshot == null ? JournalHandler.NO_INDEX : snapshot.journalIndex();
    }

    /** @return one line per skipped snapshot: its file name and why it was skipped. */
    public List<String> skippedSnapshots() {
        return skipped;
    }

    /** @return the replay of the journal tail after the snapshot (or of the whole journal). */
    public ReplaySummary replay() {
        return replay;
    }

    /** @return how many events were replayed. */
    public long eventsReplayed() {
        return replay.events();
    }

    /** @return the journal index of the last event reflected in the engine, or {@link JournalHandler#NO_INDEX}. */
    public long lastIndex() {
        return replay.events() > 0 ? replay.lastIndex() : snapshotIndex();
    }

    /** @return how many journaled events the engine's state includes. */
    public long eventCount() {
        return (snapshot == null ? 0 : snapshot.eventCount()) + replay.events();
    }

    @Override
    public String toString() {
        return (snapshot == null ? "full replay" : "snapshot " + snapshot) + ", " + skipped.size() + " snapshot(s) skipped, "
            + "replayed " + replay;
    }
}

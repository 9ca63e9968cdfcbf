package io.fdp.journal.snapshot;

import io.fdp.engine.state.StateReader;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/** A verified snapshot read from disk: its header fields and its engine-state payload. */
public final class Snapshot {
    private final Path file;
    private final long journalIndex;
    private final long eventCount;
    private final long takenAtNs;
    private final long stateHash;
    private final UnsafeBuffer payload;

    Snapshot(final Path file, final long journalIndex, final long eventCount, final long takenAtNs, final long stateHash,
        final UnsafeBuffer payload) {
        this.file = file;
        this.journalIndex = journalIndex;
        this.eventCount = eventCount;
        this.takenAtNs = takenAtNs;
        this.stateHash = stateHash;
        this.payload = payload;
    }

    /** @return the file it was read from. */
    public Path file() {
        return file;
    }

    /** @return the input-journal index of the last event the state includes, or -1 for none. */
    public long journalIndex() {
        return journalIndex;
    }

    /** @return how many journaled events the state includes. */
    public long eventCount() {
        return eventCount;
    }

    /** @return when it was taken, wall clock, ns since the epoch. */
    public long takenAtNs() {
        return takenAtNs;
    }

    /** @return the engine's state hash when it was taken. */
    public long stateHash() {
        return stateHash;
    }

    /** @return a reader over the engine state. */
    public StateReader state() {
        return new StateReader(payload, 0, payload.capacity());
    }

    @Override
    public String toString() {
        return file.getFileName() + " (journal index " + Long.toHexString(journalIndex) + ", " + eventCount + " events)";
    }
}

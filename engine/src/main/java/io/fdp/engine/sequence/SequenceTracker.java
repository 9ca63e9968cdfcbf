package io.fdp.engine.sequence;

import io.fdp.engine.hash.StateHash;
import io.fdp.engine.state.StateReader;
import io.fdp.engine.state.StateWriter;

import java.util.Arrays;

/**
 * Tracks the next expected feed sequence number of each stream (an instrument or a feed channel, by dense index).
 *
 * <p>Single-threaded (the engine thread). A stream is {@link #isStale stale} from a gap until {@link #reset} is
 * called after a snapshot has rebuilt its state; while stale, sequence numbers are still followed so that the
 * next gap is measured from the latest number seen.
 */
public final class SequenceTracker {
    /** The number is the one expected (or the stream's first). */
    public static final int IN_SEQUENCE = 0;
    /** Numbers were skipped: the event is applied, the stream turns stale. */
    public static final int GAP = 1;
    /** The number is at or below one already seen: a duplicate or a replay, to be dropped. */
    public static final int DUPLICATE = -1;

    private static final long NONE = Long.MIN_VALUE;

    private final long[] expected;
    private final boolean[] stale;
    private long gaps;
    private long duplicates;
    private long lastGapExpected;
    private long lastGapReceived;

    /**
     * Creates a tracker.
     *
     * @param streams how many streams (dense indexes {@code 0 .. streams-1}).
     */
    public SequenceTracker(final int streams) {
        expected = new long[streams];
        stale = new boolean[streams];
        Arrays.fill(expected, NONE);
    }

    /**
     * Checks a stream's next sequence number.
     *
     * @param stream   the stream index.
     * @param sequence the number the feed sent (positive).
     * @return {@link #IN_SEQUENCE}, {@link #GAP} or {@link #DUPLICATE}.
     */
    public int onSequence(final int stream, final long sequence) {
        final long want = expected[stream];
        if (want == NONE || sequence == want) {
            expected[stream] = sequence + 1;
            return IN_SEQUENCE;
        }
        if (sequence < want) {
            duplicates++;
            return DUPLICATE;
        }
        gaps++;
        lastGapExpected = want;
        lastGapReceived = sequence;
        stale[stream] = true;
        expected[stream] = sequence + 1;
        return GAP;
    }

    /**
     * Marks a stream stale without a gap (for example after a checksum mismatch).
     *
     * @param stream the stream index.
     */
    public void markStale(final int stream) {
        stale[stream] = true;
    }

    /**
     * Forgets a stream's position and marks it fresh: the next number is accepted as the stream's first.
     *
     * @param stream the stream index.
     */
    public void reset(final int stream) {
        expected[stream] = NONE;
        stale[stream] = false;
    }

    /** @param stream the stream index. @return true from a gap or {@link #markStale} until {@link #reset}. */
    public boolean isStale(final int stream) {
        return stale[stream];
    }

    /** @param stream the stream index. @return the next expected number, or {@link Long#MIN_VALUE} before the first. */
    public long expected(final int stream) {
        return expected[stream];
    }

    /** @return how many gaps were detected. */
    public long gaps() {
        return gaps;
    }

    /** @return how many duplicates were detected. */
    public long duplicates() {
        return duplicates;
    }

    /** @return the number expected when the latest gap was detected. */
    public long lastGapExpected() {
        return lastGapExpected;
    }

    /** @return the number received when the latest gap was detected. */
    public long lastGapReceived() {
        return lastGapReceived;
    }

    /**
     * Mixes every stream's position and staleness into a hash (for the engine's state hash).
     *
     * @param seed the hash so far.
     * @return the new hash.
     */
    public long hash(final long seed) {
        long hash = seed;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != NONE || stale[i]) {
                hash = StateHash.mix(hash, i);
                hash = StateHash.mix(hash, expected[i]);
                hash = StateHash.mix(hash, stale[i] ? 1 : 0);
            }
        }
        return hash;
    }

    /**
     * Writes every stream's position and staleness and the gap statistics (state export for snapshots).
     *
     * @param out where to write.
     */
    public void writeState(final StateWriter out) {
        out.putInt(expected.length).putLong(gaps).putLong(duplicates).putLong(lastGapExpected).putLong(lastGapReceived);
        int used = 0;
        for (int i = 0; i < expected.length; i++) {
            used += expected[i] != NONE || stale[i] ? 1 : 0;
        }
        out.putInt(used);
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != NONE || stale[i]) {
                out.putInt(i).putLong(expected[i]).putBoolean(stale[i]);
            }
        }
    }

    /**
     * Replaces every stream's position and staleness with what {@link #writeState} wrote.
     *
     * @param in where to read; the stream count must match this tracker's.
     */
    public void readState(final StateReader in) {
        in.expectInt(expected.length, "sequence stream count");
        gaps = in.getLong();
        duplicates = in.getLong();
        lastGapExpected = in.getLong();
        lastGapReceived = in.getLong();
        Arrays.fill(expected, NONE);
        Arrays.fill(stale, false);
        final int used = in.getCount(expected.length, "sequence streams in use");
        for (int k = 0; k < used; k++) {
            final int stream = in.getCount(expected.length - 1, "sequence stream");
            expected[stream] = in.getLong();
            stale[stream] = in.getBoolean();
        }
    }
}

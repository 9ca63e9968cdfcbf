package io.fdp.journal;

import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.pipeline.Engine;

import java.util.concurrent.locks.LockSupport;

/**
 * Publishes the events of an input journal into an engine, as fast as possible or paced by their event times.
 *
 * <p>Events keep their journaled ingestion time ({@link MarketEventPublisher#publish(MarketEvent)}). A time window
 * ({@link #fromTimeNs}, {@link #toTimeNs}) filters by event time while scanning; event times need not be monotonic.
 * Pacing waits so that the wall-clock gap between two published events is their event-time gap divided by
 * {@link #speed}. Single-threaded: the caller's thread reads and publishes.
 */
public final class JournalReplayer {
    /** {@link #speed} that publishes without waiting. */
    public static final double AS_FAST_AS_POSSIBLE = 0;

    private final JournalReader reader;
    private final MarketEvent event = new MarketEvent();
    private double speed = AS_FAST_AS_POSSIBLE;
    private long fromTimeNs = Long.MIN_VALUE;
    private long toTimeNs = Long.MAX_VALUE;
    private long limit = Long.MAX_VALUE;

    /**
     * Creates a replayer reading from wherever the reader is positioned.
     *
     * @param reader the journal reader.
     */
    public JournalReplayer(final JournalReader reader) {
        this.reader = reader;
    }

    /** @param value 0 for as fast as possible, 1 for the original pace, N for N times faster. @return this. */
    public JournalReplayer speed(final double value) {
        if (value < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException("speed must be 0 (as fast as possible) or positive: " + value);
        }
        speed = value;
        return this;
    }

    /** @param value only events at or after this event time are published. @return this. */
    public JournalReplayer fromTimeNs(final long value) {
        fromTimeNs = value;
        return this;
    }

    /** @param value only events before this event time are published. @return this. */
    public JournalReplayer toTimeNs(final long value) {
        toTimeNs = value;
        return this;
    }

    /** @param value stop after publishing this many events. @return this. */
    public JournalReplayer limit(final long value) {
        limit = value;
        return this;
    }

    /**
     * Replays into a started engine and waits until it has processed everything.
     *
     * @param engine the engine.
     * @return the summary.
     */
    public ReplaySummary replay(final Engine engine) {
        final long start = System.nanoTime();
        final ReplaySummary summary = replay(engine.newPublisher());
        engine.drain();
        summary.finish(System.nanoTime() - start, reader.undecodable());
        return summary;
    }

    /**
     * Replays through a publisher, up to the end of the journal as it is now.
     *
     * @param publisher the engine's publisher (this thread must be its only user).
     * @return the summary; the engine may still be processing the last events.
     */
    public ReplaySummary replay(final MarketEventPublisher publisher) {
        final ReplaySummary summary = new ReplaySummary();
        final long start = System.nanoTime();
        long firstEventTimeNs = 0;
        while (summary.events() < limit && reader.read(event) == JournalReader.READ) {
            final long eventTimeNs = event.eventTimeNs();
            if (eventTimeNs < fromTimeNs || eventTimeNs >= toTimeNs) {
                continue;
            }
            if (summary.events() == 0) {
                firstEventTimeNs = eventTimeNs;
            } else if (speed > 0) {
                pace(start, eventTimeNs - firstEventTimeNs);
            }
            publisher.publish(event);
            summary.onEvent(event.type(), eventTimeNs, reader.lastIndex());
        }
        summary.finish(System.nanoTime() - start, reader.undecodable());
        return summary;
    }

    private void pace(final long startNs, final long eventOffsetNs) {
        final long dueNs = startNs + (long) (eventOffsetNs / speed);
        long waitNs = dueNs - System.nanoTime();
        while (waitNs > 0) {
            LockSupport.parkNanos(Math.min(waitNs, 1_000_000));
            waitNs = dueNs - System.nanoTime();
        }
    }
}

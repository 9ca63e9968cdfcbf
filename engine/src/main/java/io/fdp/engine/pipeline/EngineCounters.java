package io.fdp.engine.pipeline;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.event.EventType;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counters the engine threads increment and any thread reads (metrics, summaries); incrementing allocates nothing.
 *
 * <p>Each counter has one writer thread, so an increment is a plain read and an ordered write.
 */
public final class EngineCounters {
    /** Rejections are counted at index {@code -code} of each negative {@link BookResult} code. */
    private static final int REJECT_SLOTS = 16;

    private final AtomicLongArray eventsByType = new AtomicLongArray(EventType.COUNT);
    private final AtomicLongArray rejectsByResult = new AtomicLongArray(REJECT_SLOTS);
    private final AtomicLongArray misc = new AtomicLongArray(Misc.values().length);
    private final StageLatency bookLatency = new StageLatency("book");
    private final StageLatency candleLatency = new StageLatency("candle");

    /** Other counters, by name. */
    public enum Misc {
        /** Trades printed (executions of resting orders, hidden executions, trade prints). */
        TRADES,
        /** Sequence gaps detected. */
        GAPS,
        /** Duplicate or replayed sequence numbers dropped. */
        DUPLICATES,
        /** Events for an instrument id that is not registered. */
        UNKNOWN_INSTRUMENT,
        /** Events of an unknown type. */
        UNKNOWN_TYPE,
        /** Times a book turned crossed. */
        CROSSED,
        /** Checksum mismatches reported by feeds. */
        CHECKSUM_FAILURES,
        /** Times a book turned stale (gap, checksum failure, feed report). */
        STALE,
        /** Snapshots completed (books turned fresh). */
        SNAPSHOTS,
        /** Resynchronisation requests made to feeds. */
        RESYNC_REQUESTS,
        /** Candles closed. */
        CANDLES_CLOSED,
        /** Candles revised by late trades. */
        CANDLES_REVISED,
        /** Trades rejected by the candle aggregator (too late, invalid). */
        CANDLE_REJECTS,
        /** Exceptions caught by the pipeline's exception handler. */
        HANDLER_EXCEPTIONS,
    }

    void onEvent(final byte type) {
        eventsByType.lazySet(type, eventsByType.get(type) + 1);
    }

    void onReject(final int result) {
        final int slot = -result;
        if (slot > 0 && slot < REJECT_SLOTS) {
            rejectsByResult.lazySet(slot, rejectsByResult.get(slot) + 1);
        }
    }

    void increment(final Misc counter) {
        misc.lazySet(counter.ordinal(), misc.get(counter.ordinal()) + 1);
    }

    void incrementConcurrently(final Misc counter) {
        misc.incrementAndGet(counter.ordinal());
    }

    /**
     * Events processed of a type.
     *
     * @param type an {@link EventType} code.
     * @return the count.
     */
    public long events(final int type) {
        return EventType.isValid(type) ? eventsByType.get(type) : 0;
    }

    /** @return events processed of every type. */
    public long events() {
        long total = 0;
        for (int type = 1; type < EventType.COUNT; type++) {
            total += eventsByType.get(type);
        }
        return total;
    }

    /**
     * Book events rejected with a result code.
     *
     * @param result a negative {@link BookResult} code.
     * @return the count.
     */
    public long rejects(final int result) {
        final int slot = -result;
        return slot > 0 && slot < REJECT_SLOTS ? rejectsByResult.get(slot) : 0;
    }

    /** @return book events rejected, all reasons. */
    public long rejects() {
        long total = 0;
        for (int slot = 1; slot < REJECT_SLOTS; slot++) {
            total += rejectsByResult.get(slot);
        }
        return total;
    }

    /** @return the book stage's latency, ingestion to processed, sampled once per batch. */
    public StageLatency bookLatency() {
        return bookLatency;
    }

    /** @return the candle stage's latency, ingestion to processed, sampled once per batch. */
    public StageLatency candleLatency() {
        return candleLatency;
    }

    /**
     * Reads another counter.
     *
     * @param counter which one.
     * @return the count.
     */
    public long get(final Misc counter) {
        return misc.get(counter.ordinal());
    }
}

package io.fdp.engine.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Requests from the engine to feeds to resynchronise an instrument (send a snapshot), after a gap or a bad checksum.
 *
 * <p>The book thread raises a flag without waiting; a feed adapter polls {@link #take} on its own thread and, where
 * the feed allows, fetches a snapshot. Raising an already raised flag does nothing.
 */
public final class ResyncRequests {
    /** Instrument id standing for "the whole feed" (a gap in a channel shared by many instruments). */
    public static final int WHOLE_FEED = -1;

    private final AtomicIntegerArray requested;
    private final AtomicBoolean wholeFeed = new AtomicBoolean();

    /**
     * Creates the request flags.
     *
     * @param instruments how many instrument ids.
     */
    public ResyncRequests(final int instruments) {
        requested = new AtomicIntegerArray(instruments);
    }

    /**
     * Engine: asks for a resynchronisation.
     *
     * @param instrumentId the instrument, or {@link #WHOLE_FEED}.
     * @return true when the request was new.
     */
    public boolean request(final int instrumentId) {
        if (instrumentId == WHOLE_FEED) {
            return wholeFeed.compareAndSet(false, true);
        }
        return requested.compareAndSet(instrumentId, 0, 1);
    }

    /**
     * Feed: takes (and clears) a pending request.
     *
     * @param instrumentId the instrument, or {@link #WHOLE_FEED}.
     * @return true when a request was pending.
     */
    public boolean take(final int instrumentId) {
        if (instrumentId == WHOLE_FEED) {
            return wholeFeed.getAndSet(false);
        }
        return requested.getAndSet(instrumentId, 0) == 1;
    }

    /**
     * Peeks at a request without clearing it.
     *
     * @param instrumentId the instrument, or {@link #WHOLE_FEED}.
     * @return true when a request is pending.
     */
    public boolean isRequested(final int instrumentId) {
        return instrumentId == WHOLE_FEED ? wholeFeed.get() : requested.get(instrumentId) == 1;
    }
}

package io.fdp.journal;

import io.fdp.engine.event.EventType;

/** What a replay did: events by type, event-time range, journal positions, and how fast it went. */
public final class ReplaySummary {
    private final long[] eventsByType = new long[EventType.COUNT + 1];
    private long events;
    private long firstEventTimeNs;
    private long lastEventTimeNs;
    private long firstIndex = JournalHandler.NO_INDEX;
    private long lastIndex = JournalHandler.NO_INDEX;
    private long elapsedNs;
    private long undecodable;

    void onEvent(final byte type, final long eventTimeNs, final long index) {
        eventsByType[EventType.isValid(type) ? type : EventType.COUNT]++;
        if (events == 0) {
            firstEventTimeNs = eventTimeNs;
            firstIndex = index;
        }
        events++;
        lastEventTimeNs = eventTimeNs;
        lastIndex = index;
    }

    void finish(final long elapsed, final long skipped) {
        elapsedNs = elapsed;
        undecodable = skipped;
    }

    /** @return how many events were published. */
    public long events() {
        return events;
    }

    /** @param type an {@link EventType} code. @return how many events of that type were published. */
    public long events(final byte type) {
        return EventType.isValid(type) ? eventsByType[type] : 0;
    }

    /** @return how many events of undefined type codes were published. */
    public long unknownTypeEvents() {
        return eventsByType[EventType.COUNT];
    }

    /** @return the event time of the first event published, or 0. */
    public long firstEventTimeNs() {
        return firstEventTimeNs;
    }

    /** @return the event time of the last event published, or 0. */
    public long lastEventTimeNs() {
        return lastEventTimeNs;
    }

    /** @return the journal index of the first event published, or {@link JournalHandler#NO_INDEX}. */
    public long firstIndex() {
        return firstIndex;
    }

    /** @return the journal index of the last event published, or {@link JournalHandler#NO_INDEX}. */
    public long lastIndex() {
        return lastIndex;
    }

    /** @return how long the replay took, in ns. */
    public long elapsedNs() {
        return elapsedNs;
    }

    /** @return journal documents skipped because they did not decode. */
    public long undecodable() {
        return undecodable;
    }

    /** @return events per second of wall-clock time. */
    public double eventsPerSecond() {
        return elapsedNs == 0 ? 0 : events * 1e9 / elapsedNs;
    }

    @Override
    public String toString() {
        final StringBuilder text = new StringBuilder(256).append(events).append(" events in ")
            .append(elapsedNs / 1_000_000).append(" ms (").append(Math.round(eventsPerSecond())).append("/s)");
        for (int type = 1; type < EventType.COUNT; type++) {
            if (eventsByType[type] > 0) {
                text.append(", ").append(EventType.name(type)).append('=').append(eventsByType[type]);
            }
        }
        if (undecodable > 0) {
            text.append(", ").append(undecodable).append(" undecodable skipped");
        }
        return text.append(", event time ").append(firstEventTimeNs).append(" .. ").append(lastEventTimeNs).toString();
    }
}

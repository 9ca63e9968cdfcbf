package io.fdp.benchmarks.latency;

/**
 * Intended send times at a fixed rate: event {@code i} is due at {@code start + i / rate}, whenever it is actually
 * sent, so latencies measured from these times include any time an event spent waiting to be sent (no coordinated
 * omission).
 */
final class Schedule {
    private final long startNs;
    private final long eventsPerSecond;

    Schedule(final long startNs, final long eventsPerSecond) {
        if (eventsPerSecond <= 0) {
            throw new IllegalArgumentException("the rate must be positive: " + eventsPerSecond);
        }
        this.startNs = startNs;
        this.eventsPerSecond = eventsPerSecond;
    }

    /** Intended send time of event {@code index}, in {@link System#nanoTime()} terms. */
    long dueNs(final long index) {
        return startNs + index / eventsPerSecond * 1_000_000_000L + index % eventsPerSecond * 1_000_000_000L / eventsPerSecond;
    }

    /**
     * Waits until {@code dueNs} (at once when late) and returns the time it returns at. It yields rather than spins:
     * on a machine with fewer cores than busy threads, a spinning sender would hold a core the pipeline needs, and any
     * lateness this causes is counted in the latencies anyway.
     */
    static long awaitDue(final long dueNs) {
        long nowNs = System.nanoTime();
        while (nowNs < dueNs) {
            Thread.yield();
            nowNs = System.nanoTime();
        }
        return nowNs;
    }
}

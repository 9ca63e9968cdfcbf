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
     * Waits until {@code dueNs} (at once when late) and returns the time it returns at, running {@code idle} while it
     * is not yet time. With {@link Thread#yield()} as the idle task the sender leaves its core to others; any lateness
     * this causes is counted in the latencies anyway.
     */
    static long awaitDue(final long dueNs, final Runnable idle) {
        long nowNs = System.nanoTime();
        while (nowNs < dueNs) {
            idle.run();
            nowNs = System.nanoTime();
        }
        return nowNs;
    }
}

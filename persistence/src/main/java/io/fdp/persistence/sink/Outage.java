package io.fdp.persistence.sink;

/**
 * A sink's failed attempts to reach its destination, and how long the current outage has lasted, for
 * {@link SinkMetrics}. Written by the sink's threads, read by any thread.
 */
public final class Outage {
    private volatile long failures;
    private volatile long startNs;

    /** Counts a failed attempt and starts the outage clock unless it is already running. */
    public void failed() {
        failures++;
        if (startNs == 0) {
            startNs = Math.max(1, System.nanoTime());
        }
    }

    /** A success: the outage, if there was one, is over. */
    public void recovered() {
        startNs = 0;
    }

    /** @return failed attempts so far. */
    public long failures() {
        return failures;
    }

    /** @return seconds since the destination started failing without a success in between, or 0 while it works. */
    public double seconds() {
        final long since = startNs;
        return since == 0 ? 0 : (System.nanoTime() - since) / 1e9;
    }
}

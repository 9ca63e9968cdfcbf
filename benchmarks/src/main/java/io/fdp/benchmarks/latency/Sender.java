package io.fdp.benchmarks.latency;

/**
 * Paces the sending thread along a {@link Schedule}, stops a run that falls too far behind, and measures the rate
 * achieved after the warm-up.
 */
final class Sender {
    private final RunSettings settings;
    private long sent;
    private long measureStartNs;
    private long endNs;
    private boolean saturated;

    private final Runnable idle;

    /**
     * A sender that runs {@code idle} while it waits for an event's turn.
     *
     * @param settings the run's settings.
     * @param idle     what the sending thread does meanwhile: yield, or poll a subscription.
     */
    Sender(final RunSettings settings, final Runnable idle) {
        this.settings = settings;
        this.idle = idle;
    }

    /** Waits until {@code event} is due; false, ending the run, when it is already later than the allowed lag. */
    boolean awaitTurn(final long event, final long dueNs) {
        final long nowNs = Schedule.awaitDue(dueNs, idle);
        if (nowNs - dueNs > settings.maxLagNs()) {
            saturated = true;
            return false;
        }
        if (event == settings.warmupEvents()) {
            measureStartNs = nowNs;
        }
        sent = event + 1;
        return true;
    }

    /** Marks the end of sending. */
    void finish() {
        endNs = System.nanoTime();
    }

    /** @return events sent, each counted when its turn came. */
    long sent() {
        return sent;
    }

    /** @return whether the run stopped because sending fell behind. */
    boolean saturated() {
        return saturated;
    }

    /** @return events per second sent after the warm-up, or 0 when the run ended during the warm-up. */
    double achievedRate() {
        final long measured = sent - settings.warmupEvents();
        if (measured <= 0 || endNs <= measureStartNs) {
            return 0;
        }
        return measured * 1e9 / (endNs - measureStartNs);
    }
}

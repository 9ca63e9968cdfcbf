package io.fdp.api.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A monotonic count that many threads may increment without contention; read at scrape time. */
public final class Counter {
    private final LongAdder count = new LongAdder();

    /** Adds one. */
    public void increment() {
        count.increment();
    }

    /**
     * Adds an amount.
     *
     * @param amount a non-negative amount.
     */
    public void add(final long amount) {
        count.add(amount);
    }

    /** @return the count. */
    public long get() {
        return count.sum();
    }
}

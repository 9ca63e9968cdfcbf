package io.fdp.persistence.kafka;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes. */
final class Await {
    private Await() {
    }

    static void until(final String what, final Duration timeout, final BooleanSupplier condition) {
        until(what, timeout, condition, () -> "");
    }

    static void until(final String what, final Duration timeout, final BooleanSupplier condition, final Supplier<String> state) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + " " + state.get());
            }
            try {
                Thread.sleep(20);
            } catch (final InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, ex);
            }
        }
    }

    /** Waits until a sink has committed exactly {@code records} market records; fails early if it stopped. */
    static void committed(final KafkaSink sink, final long records, final Duration timeout) {
        until("sink to commit " + records + " records", timeout, () -> {
            if (sink.failure() != null) {
                throw new AssertionError("sink failed", sink.failure());
            }
            return sink.committedRecords() >= records;
        }, () -> "(committed " + sink.committedRecords() + ", lag " + sink.lagEvents() + " events)");
    }
}

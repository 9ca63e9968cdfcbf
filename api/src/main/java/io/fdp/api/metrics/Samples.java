package io.fdp.api.metrics;

/** Receives the samples of one metric family during a scrape. */
@FunctionalInterface
public interface Samples {
    /**
     * Adds a sample.
     *
     * @param value  the value.
     * @param labels label names and values, alternating: {@code "type", "ORDER_ADD"}.
     */
    void add(double value, String... labels);
}

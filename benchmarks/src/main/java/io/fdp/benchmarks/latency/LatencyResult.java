package io.fdp.benchmarks.latency;

import org.HdrHistogram.Histogram;

/**
 * The outcome of one latency run.
 *
 * @param pipeline     what was measured.
 * @param offeredRate  the intended events per second.
 * @param achievedRate events per second actually sent during the measured part.
 * @param latencies    publish-to-subscriber latencies of the measured events, ns from their intended send times.
 * @param saturated    whether sending fell so far behind schedule that the run stopped early.
 */
record LatencyResult(String pipeline, long offeredRate, double achievedRate, Histogram latencies, boolean saturated) {
    private static final double NS_PER_US = 1_000.0;

    /** One table row: rates, then p50, p99, p99.9, p99.99 and max in microseconds, then the sample count. */
    String row() {
        return String.format(java.util.Locale.ROOT, "%-26s %10d %12.0f %9.2f %9.2f %9.2f %10.2f %11.2f %11d%s", pipeline,
            offeredRate, achievedRate, us(50.0), us(99.0), us(99.9), us(99.99), latencies.getMaxValue() / NS_PER_US,
            latencies.getTotalCount(), saturated ? "  SATURATED" : "");
    }

    /** The table header matching {@link #row()}. */
    static String header() {
        return String.format(java.util.Locale.ROOT, "%-26s %10s %12s %9s %9s %9s %10s %11s %11s", "pipeline", "offered/s",
            "achieved/s", "p50 us", "p99 us", "p99.9 us", "p99.99 us", "max us", "samples");
    }

    /** Latency at a percentile, in microseconds. */
    double us(final double percentile) {
        return latencies.getValueAtPercentile(percentile) / NS_PER_US;
    }
}

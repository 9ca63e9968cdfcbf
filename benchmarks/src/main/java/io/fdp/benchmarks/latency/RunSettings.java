package io.fdp.benchmarks.latency;

/**
 * What one latency run does.
 *
 * @param rate         offered events per second.
 * @param warmupEvents events sent first and not recorded.
 * @param totalEvents  events sent in all, warm-up included.
 * @param waitStrategy the engine's wait strategy.
 * @param maxLagNs     how far sending may fall behind schedule before the run stops as saturated.
 */
record RunSettings(long rate, long warmupEvents, long totalEvents, String waitStrategy, long maxLagNs) {
}

/** JMH benchmarks and latency harness with baselines for comparison. */
package io.fdp.benchmarks;

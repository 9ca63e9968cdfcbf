/** Load harnesses of the API on loopback: L1 quote GET throughput and latency, and WebSocket fan-out. */
package io.fdp.benchmarks.api;

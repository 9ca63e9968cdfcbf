/** Publish-to-subscriber latency at fixed offered rates, corrected for coordinated omission, engine beside baseline. */
package io.fdp.benchmarks.latency;

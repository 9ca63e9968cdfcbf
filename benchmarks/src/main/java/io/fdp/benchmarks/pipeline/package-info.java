/** End-to-end pipeline benchmarks: the engine (ring, books, candles, subscriber) beside an ArrayBlockingQueue baseline. */
package io.fdp.benchmarks.pipeline;

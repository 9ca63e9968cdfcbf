/** The precomputed synthetic event streams that every book, candle and pipeline benchmark replays. */
package io.fdp.benchmarks.stream;

/** Straightforward Java versions of the engine's parts (TreeMap books, boxed candles, queue hand-offs) to compare with. */
package io.fdp.benchmarks.baseline;

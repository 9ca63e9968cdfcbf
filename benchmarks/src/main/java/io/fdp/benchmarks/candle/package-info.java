/** Candle aggregation benchmarks, the engine's aggregator beside a naive HashMap and BigDecimal baseline. */
package io.fdp.benchmarks.candle;

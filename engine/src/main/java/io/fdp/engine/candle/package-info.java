/** OHLCV candles: time-aligned candles, tick bars and volume bars aggregated from trades on the engine thread. */
package io.fdp.engine.candle;

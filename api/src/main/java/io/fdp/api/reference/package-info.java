/** The repository-backed routes: securities master, trades, candles, rates, indices, indicators and the rest. */
package io.fdp.api.reference;

/**
 * Reference-data importers run at the edge: FRED series, ECB euro FX reference rates, ALFRED vintages and Binance
 * exchange information parsed into the canonical Protobuf messages, with exact decimals and per-row rejections.
 */
package io.fdp.feed.reference;

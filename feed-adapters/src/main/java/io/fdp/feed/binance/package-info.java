/** Binance spot REST depth snapshots and websocket diff-depth, trade and kline stream decoding. */
package io.fdp.feed.binance;

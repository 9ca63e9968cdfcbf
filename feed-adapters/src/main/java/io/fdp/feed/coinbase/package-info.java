/** Coinbase legacy websocket {@code level2} and {@code matches} channel decoding. */
package io.fdp.feed.coinbase;

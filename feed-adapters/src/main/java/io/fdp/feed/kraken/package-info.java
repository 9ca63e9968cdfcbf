/** Kraken websocket v1 {@code book} channel decoding with CRC32 checksum verification. */
package io.fdp.feed.kraken;

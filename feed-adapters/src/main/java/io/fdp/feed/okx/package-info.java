/** OKX v5 public websocket {@code books} and {@code trades} decoding with CRC32 checksum verification. */
package io.fdp.feed.okx;

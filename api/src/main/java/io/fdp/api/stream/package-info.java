/**
 * The WebSocket stream {@code /v1/stream}: {@code StreamRequest} in, {@code StreamMessage} out, one engine polling
 * subscription per connection drained by a few sender threads, so a slow client is conflated and never waited for.
 */
package io.fdp.api.stream;

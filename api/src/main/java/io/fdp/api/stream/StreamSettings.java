package io.fdp.api.stream;

import io.fdp.api.http.ProtoCodec;
import io.fdp.engine.convert.ProtoConverter;
import io.fdp.engine.pipeline.Engine;

/**
 * What every connection of the stream shares.
 *
 * @param engine          the engine subscribed to.
 * @param converter       turns engine state into messages.
 * @param codec           prints messages as proto3 JSON.
 * @param maxPendingSends the most messages a connection may have written but not yet flushed to its socket; past it the
 *                        connection is not polled and the engine conflates (book, L1) or drops (trades, candles) for it.
 * @param maxQueuedRequests the most StreamRequests waiting for a sender thread; past it the connection is closed.
 * @param heartbeatNs     a heartbeat is sent after this long without any other message.
 */
public record StreamSettings(Engine engine, ProtoConverter converter, ProtoCodec codec, int maxPendingSends,
    int maxQueuedRequests, long heartbeatNs) {
}

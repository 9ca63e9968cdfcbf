package io.fdp.api.stream;

import io.fdp.api.metrics.MetricsRegistry;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The open connections and the totals of the stream, for metrics. */
final class StreamTotals {
    private final Set<StreamConnection> open = ConcurrentHashMap.newKeySet();
    private final LongAdder sent = new LongAdder();
    private final AtomicLong droppedByClosed = new AtomicLong();
    private final AtomicLong conflatedByClosed = new AtomicLong();

    void onOpen(final StreamConnection connection) {
        open.add(connection);
    }

    void onRelease(final StreamConnection connection) {
        if (open.remove(connection)) {
            droppedByClosed.addAndGet(connection.dropped());
            conflatedByClosed.addAndGet(connection.conflated());
        }
    }

    void onSend() {
        sent.increment();
    }

    int clients() {
        return open.size();
    }

    long dropped() {
        long total = droppedByClosed.get();
        for (final StreamConnection connection : open) {
            total += connection.dropped();
        }
        return total;
    }

    long conflated() {
        long total = conflatedByClosed.get();
        for (final StreamConnection connection : open) {
            total += connection.conflated();
        }
        return total;
    }

    void register(final MetricsRegistry metrics) {
        metrics.gauge("fdp_api_websocket_clients", "Open WebSocket connections of /v1/stream.", this::clients);
        metrics.counter("fdp_api_websocket_messages_sent_total", "StreamMessages written to WebSocket clients.", sent::sum);
        metrics.counter("fdp_api_websocket_drops_total",
            "Trades, candles and data-quality events dropped for slow WebSocket clients, all connections.", this::dropped);
        metrics.counter("fdp_api_websocket_conflated_total",
            "Book and L1 states replaced by newer ones before a WebSocket client got them, all connections.", this::conflated);
        metrics.family("fdp_api_websocket_connection_drops_total",
            "Per open WebSocket connection: dropped trades, candles and data-quality events, and conflated book states.",
            MetricsRegistry.Type.COUNTER, samples -> {
                for (final StreamConnection connection : open) {
                    final String id = Long.toString(connection.id());
                    samples.add(connection.dropped(), "connection", id, "kind", "dropped");
                    samples.add(connection.conflated(), "connection", id, "kind", "conflated");
                }
            });
        metrics.family("fdp_api_websocket_connection_pending_sends",
            "Per open WebSocket connection: messages written but not yet flushed to the socket.",
            MetricsRegistry.Type.GAUGE, samples -> {
                for (final StreamConnection connection : open) {
                    samples.add(connection.pendingSends(), "connection", Long.toString(connection.id()));
                }
            });
    }
}

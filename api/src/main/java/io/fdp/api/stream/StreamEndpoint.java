package io.fdp.api.stream;

import io.fdp.api.http.ApiException;
import io.fdp.api.metrics.MetricsRegistry;
import io.fdp.proto.api.v1.StreamRequest;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.CloseMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accepts WebSocket connections of {@code /v1/stream} (after the upgrade request passed authentication), reads their
 * {@code StreamRequest} JSON text frames and hands each connection to a sender thread.
 */
public final class StreamEndpoint implements WebSocketConnectionCallback, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamEndpoint.class);
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final StreamSettings settings;
    private final StreamSenders senders;
    private final StreamTotals totals = new StreamTotals();
    private final AtomicLong ids = new AtomicLong();

    /**
     * Creates the endpoint and starts its sender threads.
     *
     * @param settings      what the connections share.
     * @param senderThreads how many sender threads serve the connections.
     */
    public StreamEndpoint(final StreamSettings settings, final int senderThreads) {
        this.settings = settings;
        this.senders = new StreamSenders(senderThreads);
    }

    /**
     * Adds the stream's series to a registry.
     *
     * @param metrics the registry.
     */
    public void registerMetrics(final MetricsRegistry metrics) {
        totals.register(metrics);
    }

    /** @return open connections. */
    public int clients() {
        return totals.clients();
    }

    /** {@inheritDoc} */
    @Override
    public void onConnect(final WebSocketHttpExchange exchange, final WebSocketChannel channel) {
        final StreamConnection connection = new StreamConnection(ids.incrementAndGet(), channel, settings, totals);
        channel.getReceiveSetter().set(new Receiver(connection));
        channel.addCloseTask(closed -> {
            connection.markClosed();
            senders.wake(connection);
        });
        totals.onOpen(connection);
        senders.add(connection);
        channel.resumeReceives();
    }

    /** Stops the sender threads and closes every connection. */
    @Override
    public void close() {
        senders.close();
    }

    /** Reads one connection's frames on its IO thread. */
    private final class Receiver extends AbstractReceiveListener {
        private final StreamConnection connection;

        Receiver(final StreamConnection connection) {
            this.connection = connection;
        }

        @Override
        protected void onFullTextMessage(final WebSocketChannel channel, final BufferedTextMessage message) {
            final String text = message.getData();
            StreamConnection.Command command;
            try {
                command = new StreamConnection.Command(settings.codec().parse(text.getBytes(StandardCharsets.UTF_8), null,
                    StreamRequest.getDefaultInstance()), null);
            } catch (final ApiException e) {
                command = new StreamConnection.Command(null, e.error().toBuilder()
                    .setMessage("the message is not the proto3 JSON of fdp.api.v1.StreamRequest: " + e.error().getMessage())
                    .build());
            }
            enqueue(channel, command);
        }

        @Override
        protected void onFullBinaryMessage(final WebSocketChannel channel, final BufferedBinaryMessage message) {
            try (var data = message.getData()) {
                final java.nio.ByteBuffer[] buffers = data.getResource();
                final int size = java.util.Arrays.stream(buffers).mapToInt(java.nio.ByteBuffer::remaining).sum();
                final byte[] bytes = new byte[size];
                int offset = 0;
                for (final java.nio.ByteBuffer buffer : buffers) {
                    final int length = buffer.remaining();
                    buffer.get(bytes, offset, length);
                    offset += length;
                }
                StreamConnection.Command command;
                try {
                    command = new StreamConnection.Command(settings.codec().parse(bytes, "application/x-protobuf",
                        StreamRequest.getDefaultInstance()), null);
                } catch (final ApiException e) {
                    command = new StreamConnection.Command(null, e.error());
                }
                enqueue(channel, command);
            }
        }

        private void enqueue(final WebSocketChannel channel, final StreamConnection.Command command) {
            if (connection.offer(command)) {
                senders.wake(connection);
                return;
            }
            LOG.info("WebSocket connection {} sent requests faster than they are applied; closing it", connection.id());
            WebSockets.sendClose(CloseMessage.MSG_VIOLATES_POLICY, "too many pending requests", channel, null);
            connection.markClosed();
        }

        @Override
        protected long getMaxTextBufferSize() {
            return MAX_REQUEST_BYTES;
        }

        @Override
        protected long getMaxBinaryBufferSize() {
            return MAX_REQUEST_BYTES;
        }
    }
}

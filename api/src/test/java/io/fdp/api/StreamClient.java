package io.fdp.api;

import io.fdp.proto.api.v1.StreamMessage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A {@link WebSocket} client of {@code /v1/stream} that parses every text message into a {@link StreamMessage}. */
final class StreamClient implements WebSocket.Listener, AutoCloseable {
    final BlockingQueue<StreamMessage> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final boolean reads;
    private final WebSocket socket;

    /**
     * Connects.
     *
     * @param port  the server's port.
     * @param reads false for a client that reads only its first message and then stops (a slow consumer).
     */
    StreamClient(final int port, final boolean reads) {
        this.reads = reads;
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/v1/stream"), this).join();
    }

    void send(final String json) {
        socket.sendText(json, true).join();
    }

    @Override
    public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last) {
        partial.append(data);
        if (last) {
            received.add(Json.parse(partial.toString(), StreamMessage.getDefaultInstance()));
            partial.setLength(0);
        }
        if (reads) {
            webSocket.request(1);
        }
        return null;
    }

    /** Waits for the first message that matches, skipping others. */
    StreamMessage await(final Predicate<StreamMessage> wanted) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            final StreamMessage message = received.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && wanted.test(message)) {
                return message;
            }
        }
        throw new AssertionError("no matching message within 15 s");
    }

    @Override
    public void close() {
        socket.abort();
    }
}

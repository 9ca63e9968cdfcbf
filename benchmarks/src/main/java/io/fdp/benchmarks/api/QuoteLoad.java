package io.fdp.benchmarks.api;

import io.fdp.benchmarks.Options;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Throughput and latency of {@code GET /v1/instruments/{id}/quote} on loopback, against an {@code ApiServer} whose
 * engine holds the LOBSTER (AAPL) and Kraken (10 pairs) samples. Not a JMH benchmark: it measures a server's threads.
 *
 * <p>The client is raw sockets with HTTP/1.1 keep-alive, one thread per connection, each sending a prepared request
 * and reading the response (status line, {@code Content-Length}, body) into a reused buffer, so that the client
 * allocates nothing per request and costs far less than the server; every response must be a 200. Requests cycle
 * through the instruments' quote paths. Two modes:
 * <ul>
 *   <li>closed loop ({@code --rate=0}, the default): each connection sends its next request when the previous response
 *       has arrived; the figure is the most the server answers with that many connections, and the latency is each
 *       request's own round trip;</li>
 *   <li>open loop ({@code --rate=R}): requests are due at R per second spread over the connections, and each latency
 *       is measured from when its request was due, not when it was sent, so a stall counts for every request it
 *       delays (no coordinated omission, as in wrk2).</li>
 * </ul>
 * Client and server share the machine's cores. Usage, from the repository root:
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar io.fdp.benchmarks.api.QuoteLoad [--connections=4] [--seconds=15]
 *       [--warmup=5] [--rate=0] [--io-threads=2]
 * </pre>
 */
public final class QuoteLoad {
    private static final long HIGHEST_NS = TimeUnit.SECONDS.toNanos(60);

    private QuoteLoad() {
    }

    /**
     * Runs the load and prints the figures.
     *
     * @param args options, see the class comment.
     * @throws Exception when the server cannot start or a request fails.
     */
    public static void main(final String[] args) throws Exception {
        LoadedApi.requireAgronaExport();
        final Options options = Options.parse(args, "connections", "seconds", "warmup", "rate", "io-threads");
        final int connections = options.intValue("connections", 4);
        final long seconds = options.longValue("seconds", 15);
        final long warmup = options.longValue("warmup", 5);
        final long rate = options.longValue("rate", 0);
        final int ioThreads = options.intValue("io-threads", 2);
        final PrintStream out = System.out;
        out.printf(Locale.ROOT, "load average before: %s; %d CPUs; %s%n", LoadedApi.loadAverage(),
            Runtime.getRuntime().availableProcessors(), Runtime.version());
        try (LoadedApi api = LoadedApi.start(ioThreads, true)) {
            final List<byte[]> requests = new ArrayList<>();
            for (int id = 0; id < api.registry().count(); id++) {
                final String path = "/v1/instruments/" + URLEncoder.encode(api.registry().symbol(id), StandardCharsets.UTF_8)
                    + "/quote";
                requests.add(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            }
            out.printf(Locale.ROOT, "server: 127.0.0.1:%d, %d IO threads, %d instruments; client: %d connections, %s, "
                + "%d s warm-up, %d s measured%n", api.port(), ioThreads, requests.size(), connections,
                rate == 0 ? "closed loop" : String.format(Locale.ROOT, "open loop at %,d requests/s", rate), warmup, seconds);
            final long startNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            final long measureFromNs = startNs + TimeUnit.SECONDS.toNanos(warmup);
            final long endNs = measureFromNs + TimeUnit.SECONDS.toNanos(seconds);
            final List<Connection> clients = new ArrayList<>();
            final CountDownLatch done = new CountDownLatch(connections);
            for (int i = 0; i < connections; i++) {
                final long intervalNs = rate == 0 ? 0 : connections * 1_000_000_000L / rate;
                final Connection client = new Connection(api.port(), requests, i, startNs + i * intervalNs / connections,
                    intervalNs, measureFromNs, endNs, done);
                clients.add(client);
                client.start();
            }
            done.await();
            final Histogram latency = new Histogram(HIGHEST_NS, 3);
            long completed = 0;
            long failed = 0;
            for (final Connection client : clients) {
                if (client.failure != null) {
                    throw new IllegalStateException("connection " + client.getName() + " failed", client.failure);
                }
                latency.add(client.latency);
                completed += client.measured;
                failed += client.errors.get();
            }
            out.printf(Locale.ROOT, "requests: %,d in %d s = %,.0f requests/s; non-200 responses: %,d%n", completed, seconds,
                completed / (double) seconds, failed);
            LoadedApi.printLatency(out, rate == 0 ? "round trip" : "latency from due time", latency);
            out.printf(Locale.ROOT, "load average after: %s%n", LoadedApi.loadAverage());
            final boolean met = completed / (double) seconds >= 20_000 && latency.getValueAtPercentile(99)
                < TimeUnit.MILLISECONDS.toNanos(5) && failed == 0;
            out.println("target >= 20,000 requests/s with p99 < 5 ms: " + (met ? "met" : "not met"));
        }
    }

    /** One keep-alive connection and its thread. */
    private static final class Connection extends Thread {
        private final int port;
        private final List<byte[]> requests;
        private final long firstDueNs;
        private final long intervalNs;
        private final long measureFromNs;
        private final long endNs;
        private final CountDownLatch done;
        private final Histogram latency = new Histogram(HIGHEST_NS, 3);
        private final AtomicLong errors = new AtomicLong();
        private final byte[] buffer = new byte[64 * 1024];
        private int next;
        private long measured;
        private volatile Throwable failure;

        Connection(final int port, final List<byte[]> requests, final int index, final long firstDueNs, final long intervalNs,
            final long measureFromNs, final long endNs, final CountDownLatch done) {
            super("quote-load-" + index);
            this.port = port;
            this.requests = requests;
            this.next = index % requests.size();
            this.firstDueNs = firstDueNs;
            this.intervalNs = intervalNs;
            this.measureFromNs = measureFromNs;
            this.endNs = endNs;
            this.done = done;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (Socket socket = new Socket()) {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                final OutputStream out = socket.getOutputStream();
                final InputStream in = socket.getInputStream();
                awaitNanos(firstDueNs);
                long dueNs = firstDueNs;
                while (true) {
                    final long sentNs;
                    if (intervalNs > 0) {
                        awaitNanos(dueNs);
                        sentNs = dueNs;
                        dueNs += intervalNs;
                    } else {
                        sentNs = System.nanoTime();
                    }
                    if (sentNs >= endNs) {
                        break;
                    }
                    out.write(requests.get(next));
                    next = next + 1 == requests.size() ? 0 : next + 1;
                    if (readResponse(in) != 200) {
                        errors.incrementAndGet();
                    }
                    final long receivedNs = System.nanoTime();
                    if (sentNs >= measureFromNs) {
                        latency.recordValue(Math.min(receivedNs - sentNs, HIGHEST_NS));
                        measured++;
                    }
                }
            } catch (final IOException | RuntimeException e) {
                failure = e;
            } finally {
                done.countDown();
            }
        }

        /**
         * Parks until a request is due. Never spins: several spinning client threads would take the two cores from
         * the server. The timer's slack (about 50 us on Linux) makes requests a little late; that counts as latency.
         */
        private static void awaitNanos(final long dueNs) {
            long nowNs = System.nanoTime();
            while (nowNs < dueNs) {
                LockSupport.parkNanos(dueNs - nowNs);
                nowNs = System.nanoTime();
            }
        }

        /** Reads one response without pipelining: headers, then Content-Length bytes of body; returns the status. */
        private int readResponse(final InputStream in) throws IOException {
            int length = 0;
            int headerEnd = -1;
            while (headerEnd < 0) {
                final int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    throw new IOException("the server closed the connection");
                }
                final int from = Math.max(0, length - 3);
                length += read;
                headerEnd = find(buffer, from, length);
                if (headerEnd < 0 && length == buffer.length) {
                    throw new IOException("response headers larger than " + buffer.length + " bytes");
                }
            }
            final int status = (buffer[9] - '0') * 100 + (buffer[10] - '0') * 10 + (buffer[11] - '0');
            final int bodyLength = contentLength(headerEnd);
            int remaining = headerEnd + bodyLength - length;
            while (remaining > 0) {
                final int read = in.read(buffer, 0, Math.min(remaining, buffer.length));
                if (read < 0) {
                    throw new IOException("the server closed the connection in a body");
                }
                remaining -= read;
            }
            if (remaining < 0) {
                throw new IOException("more bytes than one response: the server sent something unexpected");
            }
            return status;
        }

        /** @return the index after the blank line ending the headers, or -1. */
        private static int find(final byte[] bytes, final int from, final int to) {
            for (int i = from; i + 3 < to; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                    return i + 4;
                }
            }
            return -1;
        }

        private int contentLength(final int headerEnd) throws IOException {
            final byte[] name = "\r\ncontent-length:".getBytes(StandardCharsets.US_ASCII);
            outer:
            for (int i = 0; i + name.length < headerEnd; i++) {
                for (int j = 0; j < name.length; j++) {
                    if (Character.toLowerCase(buffer[i + j]) != name[j]) {
                        continue outer;
                    }
                }
                int value = 0;
                int k = i + name.length;
                while (buffer[k] == ' ') {
                    k++;
                }
                while (buffer[k] >= '0' && buffer[k] <= '9') {
                    value = value * 10 + buffer[k++] - '0';
                }
                return value;
            }
            throw new IOException("a response without Content-Length: " + new String(buffer, 0, headerEnd,
                StandardCharsets.US_ASCII));
        }
    }
}

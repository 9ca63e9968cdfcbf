package io.fdp.benchmarks.api;

import io.fdp.benchmarks.Options;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.feed.synthetic.OrderFlowConfig;
import io.fdp.feed.synthetic.SyntheticFeed;
import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebSocket fan-out: many clients of {@code /v1/stream} subscribed to the book (depth 5) and the trades of one
 * instrument, while a feed thread publishes the synthetic order flow of that instrument at a fixed rate. Reports the
 * messages per second delivered to all clients together and to the slowest and fastest one, the latency from the
 * engine's ingestion time of the event behind a message to the client's receipt of it (both read from the same
 * wall clock), and what the server left out for slow clients: book states conflated (replaced by a newer state before
 * they were sent, by design) and trades dropped (counted by the server and seen by the clients as gaps in the stream
 * sequence).
 *
 * <p>The clients are {@link java.net.http.WebSocket}s of one {@link HttpClient}, in the same process as the server, so
 * clients, server and feed share the machine's cores; each client parses the sequence and ingestion time of every
 * message. Usage, from the repository root:
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar io.fdp.benchmarks.api.StreamFanout [--clients=100] [--rate=1000]
 *       [--seconds=20] [--warmup=5] [--senders=1]
 * </pre>
 */
public final class StreamFanout {
    private static final long HIGHEST_NS = TimeUnit.SECONDS.toNanos(60);
    private static final Pattern SEQUENCE = Pattern.compile("\"streamSequence\":\"(\\d+)\"");
    private static final Pattern INGESTION = Pattern.compile("\"ingestionTime\":\"([^\"]+)\"");
    private static final Pattern COUNTER = Pattern.compile("(?m)^(fdp_api_websocket_(?:drops|conflated|messages_sent)_total) (\\d+)");

    private StreamFanout() {
    }

    /**
     * Runs the fan-out and prints the figures.
     *
     * @param args options, see the class comment.
     * @throws Exception when the server cannot start or a client cannot connect.
     */
    public static void main(final String[] args) throws Exception {
        LoadedApi.requireAgronaExport();
        final Options options = Options.parse(args, "clients", "rate", "seconds", "warmup", "senders");
        final int clients = options.intValue("clients", 100);
        final long rate = options.longValue("rate", 1_000);
        final long seconds = options.longValue("seconds", 20);
        final long warmup = options.longValue("warmup", 5);
        final int senders = options.intValue("senders", 1);
        System.setProperty("fdp.api.stream.senders", Integer.toString(senders));
        final PrintStream out = System.out;
        out.printf(Locale.ROOT, "load average before: %s; %d CPUs; %s%n", LoadedApi.loadAverage(),
            Runtime.getRuntime().availableProcessors(), Runtime.version());
        try (LoadedApi api = LoadedApi.start(2, false)) {
            final SyntheticFeed feed = new SyntheticFeed(new OrderFlowConfig().instruments(1), api.registry());
            final String symbol = SyntheticFeed.symbol(0);
            final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            final URI stream = URI.create("ws://127.0.0.1:" + api.port() + "/v1/stream");
            final List<Client> listeners = new ArrayList<>();
            final List<WebSocket> sockets = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                final Client client = new Client();
                final WebSocket socket = http.newWebSocketBuilder().buildAsync(stream, client).get(10, TimeUnit.SECONDS);
                for (final String channel : List.of("BOOK", "TRADES")) {
                    socket.sendText("{\"action\":\"STREAM_ACTION_SUBSCRIBE\",\"channel\":\"STREAM_CHANNEL_" + channel
                        + "\",\"instrumentIds\":[\"" + symbol + "\"],\"requestId\":\"" + channel + "\",\"depth\":5}", true)
                        .get(10, TimeUnit.SECONDS);
                }
                listeners.add(client);
                sockets.add(socket);
            }
            out.printf(Locale.ROOT, "server: 127.0.0.1:%d, %d stream sender thread(s); %d clients subscribed to the book "
                + "(depth 5) and trades of %s; feed: %,d events/s; %d s warm-up, %d s measured%n", api.port(), senders,
                clients, symbol, rate, warmup, seconds);
            final MarketEventPublisher publisher = api.engine().newPublisher();
            final long totalNs = TimeUnit.SECONDS.toNanos(warmup + seconds);
            final CountDownLatch fed = new CountDownLatch(1);
            final long[] published = new long[1];
            final Thread feeder = new Thread(() -> {
                published[0] = feed.run(publisher, rate, Long.MAX_VALUE, totalNs);
                fed.countDown();
            }, "fanout-feed");
            feeder.start();
            Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
            final long[] before = counters(api);
            listeners.forEach(Client::startMeasuring);
            final long measureStartNs = System.nanoTime();
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            listeners.forEach(Client::stopMeasuring);
            final double measuredS = (System.nanoTime() - measureStartNs) / 1e9;
            final long[] after = counters(api);
            fed.await();
            report(out, listeners, measuredS, after[2] - before[2], after[0] - before[0], after[1] - before[1], rate);
            out.printf(Locale.ROOT, "feed published %,d events in %d s%n", published[0], warmup + seconds);
            out.printf(Locale.ROOT, "load average after: %s%n", LoadedApi.loadAverage());
            for (final WebSocket socket : sockets) {
                socket.abort();
            }
        }
    }

    private static void report(final PrintStream out, final List<Client> clients, final double seconds, final long sent,
        final long drops, final long conflated, final long rate) {
        final Histogram latency = new Histogram(HIGHEST_NS, 3);
        long delivered = 0;
        long gaps = 0;
        long least = Long.MAX_VALUE;
        long most = 0;
        for (final Client client : clients) {
            latency.add(client.latency);
            delivered += client.messages;
            gaps += client.gaps;
            least = Math.min(least, client.messages);
            most = Math.max(most, client.messages);
        }
        out.printf(Locale.ROOT, "delivered: %,d messages in %.1f s = %,.0f messages/s to %d clients (per client %,.0f to %,.0f/s); "
            + "server sent %,d%n", delivered, seconds, delivered / seconds, clients.size(), least / seconds, most / seconds, sent);
        LoadedApi.printLatency(out, "ingestion to client", latency);
        out.printf(Locale.ROOT, "left out for slow clients: %,d trades dropped (server), %,d stream-sequence gaps seen by clients, "
            + "%,d book states conflated (server); feed %,d events/s = %,d book changes/s offered per client%n", drops, gaps,
            conflated, rate, rate);
    }

    /** @return drops, conflated and sent totals of the stream, from the server's metrics. */
    private static long[] counters(final LoadedApi api) {
        final long[] values = new long[3];
        final Matcher matcher = COUNTER.matcher(api.server().metrics().scrape());
        while (matcher.find()) {
            final int index = switch (matcher.group(1)) {
                case "fdp_api_websocket_drops_total" -> 0;
                case "fdp_api_websocket_conflated_total" -> 1;
                default -> 2;
            };
            values[index] = Long.parseLong(matcher.group(2));
        }
        return values;
    }

    /** One client: counts messages and sequence gaps, records latency while measuring. */
    private static final class Client implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final Histogram latency = new Histogram(HIGHEST_NS, 3);
        private volatile boolean measuring;
        private long lastSequence = -1;
        private long messages;
        private long gaps;

        void startMeasuring() {
            measuring = true;
        }

        void stopMeasuring() {
            measuring = false;
        }

        @Override
        public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last) {
            partial.append(data);
            if (last) {
                onMessage(partial);
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void onMessage(final CharSequence json) {
            final Instant received = Instant.now();
            final Matcher sequence = SEQUENCE.matcher(json);
            if (!sequence.find()) {
                return;
            }
            final long current = Long.parseLong(sequence.group(1));
            final boolean counted = measuring;
            if (counted && lastSequence >= 0 && current > lastSequence + 1) {
                gaps += current - lastSequence - 1;
            }
            lastSequence = current;
            if (!counted) {
                return;
            }
            messages++;
            final Matcher ingestion = INGESTION.matcher(json);
            if (ingestion.find()) {
                final Instant ingested = Instant.parse(ingestion.group(1));
                final long ns = Duration.between(ingested, received).toNanos();
                latency.recordValue(Math.max(0, Math.min(ns, HIGHEST_NS)));
            }
        }
    }
}

package io.fdp.app.serve;

import io.fdp.api.ApiConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code fdp demo}: the platform on embedded defaults at 127.0.0.1:8080, fed by the real sample data and with the
 * reference data imported; prints the URLs to try and runs until stopped (Ctrl-C or SIGTERM shut it down cleanly).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run fdp on embedded defaults with the sample data; prints the URLs to try.")
public final class DemoCommand implements Runnable {
    @Option(names = "--data-dir", defaultValue = "fdp-data/demo", paramLabel = "DIR",
        description = "Where the embedded database, journals and snapshots live (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
        description = "The shared sample data folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public void run() {
        final Path data = shared.resolve("data");
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no sample data under " + data + "; give the shared folder with --shared DIR");
        }
        final List<Platform.Feed> feeds = List.of(
            new Platform.Feed("lobster", List.of(data.resolve("lobster/AAPL_2012-06-21_34200000_37800000_message_50.csv")),
                data.resolve("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv")),
            new Platform.Feed("kraken", List.of(data.resolve("crypto/KRAKEN.ws.50.0")), null),
            new Platform.Feed("itch", List.of(data.resolve("itch/ex20101224.TEST_ITCH_50.gz")), null));
        final List<Platform.Reference> reference = new ArrayList<>();
        for (final String series : List.of("SOFR", "DGS10", "T10Y2Y")) {
            reference.add(new Platform.Reference("fred-rate", data.resolve("rates/" + series + ".csv")));
        }
        reference.add(new Platform.Reference("fred-index", data.resolve("rates/VIXCLS.csv")));
        reference.add(new Platform.Reference("ecb", data.resolve("fx/eurofxref-hist.csv")));
        reference.add(new Platform.Reference("binance-instruments", data.resolve("crypto/BINANCE.0")));
        System.out.println("Starting fdp (embedded PostgreSQL, journal and API under " + dataDir.toAbsolutePath() + ") ...");
        final Platform platform;
        try {
            platform = Platform.start(dataDir, new ApiConfig().host("127.0.0.1").port(port).authEnabled(false), feeds,
                reference);
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping fdp: draining the ring, flushing the sink, writing a snapshot ...");
            platform.close();
            stopped.countDown();
        }, "fdp-shutdown"));
        final String base = "http://127.0.0.1:" + platform.api().port();
        System.out.println("fdp is running. Try:");
        for (final String path : List.of("/v1/instruments", "/v1/instruments/AAPL/quote", "/v1/instruments/AAPL/book?depth=5",
            "/v1/instruments/XBT%2FCHF/book", "/v1/trades/AAPL?page_size=5", "/v1/candles/AAPL?interval=CANDLE_INTERVAL_1_MINUTE",
            "/v1/rates?rate_ids=FRED.SOFR&page_size=5", "/v1/securities?symbol_prefix=BTC", "/v1/openapi.json", "/metrics")) {
            System.out.println("  curl -s '" + base + path + "'");
        }
        System.out.println("  WebSocket: ws://127.0.0.1:" + platform.api().port() + "/v1/stream  (send a StreamRequest as JSON)");
        System.out.println("Ctrl-C stops it cleanly.");
        try {
            stopped.await();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

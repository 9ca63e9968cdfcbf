package io.fdp.app.serve;

import io.fdp.api.ApiConfig;
import io.fdp.app.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fdp demo}: the platform on embedded defaults at 127.0.0.1:8080, fed by the real sample data and then by a
 * bounded, paced synthetic order flow (so books and candles keep moving for a while), with the reference data
 * imported; prints the URLs to try and runs until stopped (Ctrl-C or SIGTERM shut it down cleanly).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run fdp on embedded defaults with the sample data and a paced synthetic flow; prints the URLs to try.")
public final class DemoCommand implements Runnable {
    @Option(names = "--data-dir", defaultValue = "fdp-data/demo", paramLabel = "DIR",
        description = "Where the embedded database, journals and snapshots live (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
        description = "The shared sample data folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--synthetic-instruments", defaultValue = "4", paramLabel = "N",
        description = "Instruments of the synthetic flow, SYN0000.. (default: ${DEFAULT-VALUE}).")
    int syntheticInstruments;

    @Option(names = "--synthetic-events", defaultValue = "60000", paramLabel = "N",
        description = "Events of the synthetic flow; 0 for none (default: ${DEFAULT-VALUE}).")
    long syntheticEvents;

    @Option(names = "--synthetic-rate", defaultValue = "500", paramLabel = "EVENTS_PER_S",
        description = "Pace of the synthetic flow, events per second (default: ${DEFAULT-VALUE}).")
    long syntheticRate;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
        description = "Progress lines on stderr: auto (on a terminal), always or never (default: ${DEFAULT-VALUE}).")
    Progress.When progress;

    @Override
    public void run() {
        final Path data = shared.resolve("data");
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no sample data under " + data + "; give the shared folder with --shared DIR");
        }
        if (syntheticRate <= 0) {
            throw new IllegalArgumentException("--synthetic-rate must be positive: the demo's synthetic flow is paced");
        }
        final List<PlatformConfig.Feed> feeds = new ArrayList<>(List.of(
            PlatformConfig.Feed.recorded("lobster", List.of(data.resolve("lobster/AAPL_2012-06-21_34200000_37800000_message_50.csv")),
                data.resolve("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv")),
            PlatformConfig.Feed.recorded("kraken", List.of(data.resolve("crypto/KRAKEN.ws.50.0")), null),
            PlatformConfig.Feed.recorded("itch", List.of(data.resolve("itch/ex20101224.TEST_ITCH_50.gz")), null)));
        if (syntheticEvents > 0) {
            feeds.add(PlatformConfig.Feed.synthetic(new PlatformConfig.Synthetic(syntheticInstruments, syntheticEvents,
                syntheticRate, 1)));
        }
        final List<PlatformConfig.Reference> reference = new ArrayList<>();
        for (final String series : List.of("SOFR", "DGS10", "T10Y2Y")) {
            reference.add(new PlatformConfig.Reference("fred-rate", data.resolve("rates/" + series + ".csv")));
        }
        reference.add(new PlatformConfig.Reference("fred-index", data.resolve("rates/VIXCLS.csv")));
        reference.add(new PlatformConfig.Reference("ecb", data.resolve("fx/eurofxref-hist.csv")));
        reference.add(new PlatformConfig.Reference("binance-instruments", data.resolve("crypto/BINANCE.0")));
        final PlatformConfig config = new PlatformConfig().dataDir(dataDir).jdbcUrl(null)
            .api(new ApiConfig().host("127.0.0.1").port(port).authEnabled(false))
            .feeds(feeds).reference(reference).progress(progress);
        PlatformRunner.run(config, System.out, platform -> {
            final String base = "http://127.0.0.1:" + platform.api().port();
            System.out.println("fdp is running. Try:");
            for (final String path : List.of("/v1/instruments", "/v1/instruments/AAPL/quote", "/v1/instruments/AAPL/book?depth=5",
                "/v1/instruments/XBT%2FCHF/book", "/v1/instruments/SYN0000/book?depth=5  (moves while the synthetic flow runs)",
                "/v1/trades/AAPL?page_size=5", "/v1/candles/AAPL?interval=CANDLE_INTERVAL_1_MINUTE",
                "/v1/candles/SYN0000?interval=CANDLE_INTERVAL_1_MINUTE", "/v1/rates?rate_ids=FRED.SOFR&page_size=5",
                "/v1/securities?symbol_prefix=BTC", "/v1/openapi.json", "/metrics")) {
                final int note = path.indexOf("  (");
                System.out.println("  curl -s '" + base + (note < 0 ? path : path.substring(0, note)) + "'"
                    + (note < 0 ? "" : path.substring(note)));
            }
            System.out.println("  WebSocket: ws://127.0.0.1:" + platform.api().port() + "/v1/stream  (send a StreamRequest as JSON)");
            if (syntheticEvents > 0) {
                System.out.printf("The synthetic flow SYN0000..SYN%04d runs for about %d s after the sample data.%n",
                    syntheticInstruments - 1, syntheticEvents / syntheticRate);
            }
            System.out.println("Ctrl-C stops it cleanly.");
        });
    }
}

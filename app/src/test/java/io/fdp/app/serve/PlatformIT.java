package io.fdp.app.serve;

import io.fdp.api.ApiConfig;
import io.fdp.engine.pipeline.EngineCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole platform with real sample data, read over HTTP; then restarted on the same data directory. */
@Timeout(300)
class PlatformIT {
    private static final Path DATA = Path.of(System.getProperty("fdp.shared.dir", "../../shared")).resolve("data");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    private static Platform start(final Path dataDir) throws Exception {
        final Platform platform = Platform.start(new PlatformConfig().dataDir(dataDir)
            .api(new ApiConfig().host("127.0.0.1").port(0).authEnabled(false))
            .feeds(List.of(PlatformConfig.Feed.recorded("lobster",
                    List.of(DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv")),
                    DATA.resolve("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv")),
                PlatformConfig.Feed.recorded("kraken", List.of(DATA.resolve("crypto/KRAKEN.ws.50.0")), null)))
            .reference(List.of(new PlatformConfig.Reference("fred-rate", DATA.resolve("rates/SOFR.csv")),
                new PlatformConfig.Reference("binance-instruments", DATA.resolve("crypto/BINANCE.0")))));
        assertThat(platform.awaitFed(120, TimeUnit.SECONDS)).as("inputs fed and written to the database").isTrue();
        return platform;
    }

    private static String get(final Platform platform, final String path) throws Exception {
        final HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + platform.api().port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    private static int count(final String json, final String field) {
        final Matcher matcher = Pattern.compile("\"" + field + "\":").matcher(json);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void servesLiveBooksStoredTradesCandlesAndReferenceDataAndSurvivesARestart() throws Exception {
        final long trades;
        final long stateHash;
        try (Platform platform = start(dataDir)) {
            assertThat(get(platform, "/v1/instruments?page_size=100")).contains("\"symbol\":\"AAPL\"")
                .contains("\"symbol\":\"XBT/CHF\"");
            final String book = get(platform, "/v1/instruments/AAPL/book?depth=10");
            assertThat(count(book, "price")).isEqualTo(20);
            assertThat(get(platform, "/v1/instruments/XBT%2FCHF/quote")).contains("\"bidPrice\"").contains("\"askPrice\"");
            trades = platform.journaled().engine().counters().get(EngineCounters.Misc.TRADES);
            assertThat(trades).isPositive();
            final String stored = get(platform, "/v1/trades/AAPL?page_size=1000");
            assertThat((long) count(stored, "price")).as(stored).isEqualTo(trades);
            assertThat(get(platform, "/v1/candles/AAPL?interval=CANDLE_INTERVAL_1_MINUTE&page_size=100"))
                .contains("\"interval\":\"CANDLE_INTERVAL_1_MINUTE\"").contains("\"vwap\"");
            assertThat(get(platform, "/v1/rates?rate_ids=FRED.SOFR&page_size=2"))
                .contains("\"value\":{\"mantissa\":\"183\",\"exponent\":-2}");
            assertThat(get(platform, "/v1/securities/BINANCE.BTCUSDT")).contains("\"tickSize\":{\"mantissa\":\"1\",\"exponent\":-2}");
            assertThat(get(platform, "/metrics")).contains("fdp_sink_lag_events{sink=\"postgres\"} 0");
            platform.journaled().engine().drain();
            stateHash = platform.journaled().engine().stateHash();
        }
        try (Platform restarted = start(dataDir)) {
            assertThat(restarted.recovery().snapshotFile()).as("recovered from the snapshot written at shutdown").isNotNull();
            assertThat(restarted.journaled().engine().stateHash()).isEqualTo(stateHash);
            final String stored = get(restarted, "/v1/trades/AAPL?page_size=1000");
            assertThat((long) count(stored, "price")).as("no trade stored twice after the restart").isEqualTo(trades);
        }
    }
}

package io.fdp.api;

import io.fdp.api.metrics.Histogram;
import io.fdp.api.metrics.MetricsRegistry;
import io.fdp.engine.book.Side;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class MetricsTest {
    private static TestMarket market;
    private static ApiServer server;
    private static Http http;
    private static final AtomicLong SINK_LAG = new AtomicLong(42);

    @BeforeAll
    static void start() {
        market = new TestMarket();
        market.aaplBook();
        market.publisher.orderDelete(market.aapl, 0, TestMarket.T0, 404);
        market.publisher.levelSet(market.btc, 1, TestMarket.T0, Side.BUY, 600_000, 10);
        market.publisher.levelSet(market.btc, 5, TestMarket.T0, Side.BUY, 600_001, 10);
        market.engine.drain();
        server = new ApiServer(new ApiConfig().port(0).authEnabled(false), market.engine);
        server.metrics().gauge("fdp_sink_lag_events", "Journal events not yet written by the sink.", SINK_LAG::get);
        server.start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        market.close();
    }

    private static String scrape() {
        final HttpResponse<String> response = http.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        return response.body();
    }

    @Test
    void engineSeriesAreReadAtScrapeTime() {
        final String text = scrape();
        assertThat(text).contains("# TYPE fdp_engine_events_total counter\n")
            .contains("fdp_engine_events_total{type=\"LEVEL_SET\"} 16\n")
            .contains("fdp_engine_events_total{type=\"ORDER_DELETE\"} 1\n")
            .contains("fdp_engine_rejects_total{reason=\"WRONG_BOOK_KIND\"} 1\n")
            .contains("fdp_engine_rejects_total{reason=\"UNKNOWN_ORDER\"} 0\n")
            .contains("fdp_engine_gaps_total 1\n")
            .contains("fdp_engine_stale_total 1\n")
            .contains("fdp_engine_ring_remaining_capacity 1024\n")
            .contains("fdp_engine_ring_size 1024\n")
            .contains("fdp_engine_instruments 3\n")
            .contains("fdp_api_websocket_clients 0\n")
            .contains("fdp_engine_checksum_failures_total 0\n")
            .contains("# TYPE fdp_engine_stage_latency_seconds histogram\n")
            .contains("fdp_engine_stage_latency_seconds_bucket{stage=\"book\",le=\"+Inf\"} ")
            .contains("fdp_engine_stage_latency_seconds_count{stage=\"candle\"} ");
        final java.util.regex.Matcher books = java.util.regex.Pattern
            .compile("fdp_engine_stage_latency_seconds_count\\{stage=\"book\"} (\\d+)").matcher(text);
        assertThat(books.find()).isTrue();
        assertThat(Long.parseLong(books.group(1))).as("one sample per batch of the events published").isPositive();
    }

    @Test
    void otherModulesAddTheirOwnSeries() {
        SINK_LAG.set(7);
        assertThat(scrape()).contains("# HELP fdp_sink_lag_events Journal events not yet written by the sink.\n")
            .contains("# TYPE fdp_sink_lag_events gauge\nfdp_sink_lag_events 7\n");
    }

    @Test
    void requestLatencyIsAHistogramByRouteMethodAndStatus() {
        http.get("/v1/instruments/AAPL/quote");
        http.get("/v1/instruments/NOPE/quote");
        http.get("/no/such/route");
        final String text = scrape();
        assertThat(text).contains("# TYPE fdp_api_request_duration_seconds histogram\n")
            .contains("fdp_api_request_duration_seconds_count{route=\"/v1/instruments/{instrument_id}/quote\",method=\"GET\","
                + "status=\"200\"} 1\n")
            .contains("fdp_api_request_duration_seconds_bucket{route=\"/v1/instruments/{instrument_id}/quote\",method=\"GET\","
                + "status=\"404\",le=\"+Inf\"} 1\n")
            .contains("route=\"unmatched\",method=\"GET\",status=\"404\"");
    }

    @Test
    void registryChecksNamesAndFormatsLabelsAndBuckets() {
        final MetricsRegistry registry = new MetricsRegistry();
        registry.counter("jobs_done_total", "Jobs.").add(3);
        final Histogram histogram = registry.histogram("wait_seconds", "Waits.", new double[] {0.001, 0.01}, "queue");
        histogram.labels("a\"b").observeNs(5_000_000);
        histogram.labels("a\"b").observeNs(50_000_000);
        assertThat(registry.scrape()).contains("jobs_done_total 3\n")
            .contains("wait_seconds_bucket{queue=\"a\\\"b\",le=\"0.001\"} 0\n")
            .contains("wait_seconds_bucket{queue=\"a\\\"b\",le=\"0.01\"} 1\n")
            .contains("wait_seconds_bucket{queue=\"a\\\"b\",le=\"+Inf\"} 2\n")
            .contains("wait_seconds_sum{queue=\"a\\\"b\"} 0.055\n");
        assertThatThrownBy(() -> registry.counter("jobs", "No suffix.", () -> 1)).hasMessageContaining("_total");
        assertThatThrownBy(() -> registry.gauge("bad-name", "Dash.", () -> 1)).hasMessageContaining("not a Prometheus");
        assertThatThrownBy(() -> registry.counter("jobs_done_total", "Again.")).hasMessageContaining("already");
    }
}

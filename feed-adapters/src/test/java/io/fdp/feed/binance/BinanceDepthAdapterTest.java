package io.fdp.feed.binance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.recorded.RecordedFiles;
import io.fdp.feed.recorded.RecordedFiles.Line;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class BinanceDepthAdapterTest {
    private final BinanceRecordingListener listener = new BinanceRecordingListener();
    private final BinanceDepthAdapter adapter = new BinanceDepthAdapter(listener, 8);
    private final long[] results = new long[32];

    @Test
    void appliesEveryDiffAfterItsSnapshotWithoutAGap() {
        replay(mergedRecording());

        assertThat(listener.gaps).isZero();
        assertThat(listener.rejectionCount()).isZero();
        assertThat(listener.announced).containsExactly("NKNUSDT", "BLZETH", "LRCBTC", "RUNEEUR");
        assertThat(updatesOf("NKNUSDT")).isEqualTo(149);
        assertThat(updatesOf("BLZETH")).isEqualTo(9);
        assertThat(updatesOf("LRCBTC")).isEqualTo(13);
        assertThat(updatesOf("RUNEEUR")).isEqualTo(1);
        assertThat(results[DecodeResult.DROPPED + 16]).as("diffs before or covered by the snapshot").isEqualTo(5);
        assertThat(results[DecodeResult.IGNORED + 16]).as("bookTicker").isEqualTo(84);
        for (int s = 0; s < 4; s++) {
            assertThat(adapter.isSynchronised(s)).isTrue();
            assertThat(adapter.book(s).crossed()).isFalse();
        }
    }

    @Test
    void decodesSnapshotLevelsExactly() {
        replay(mergedRecording());

        final int nkn = listener.indexOf("NKNUSDT");
        assertThat(listener.snapshots[nkn]).isEqualTo(1);
        assertThat(listener.exponents[nkn]).containsExactly(-8, -8);
        assertThat(adapter.book(nkn).bids().count()).isGreaterThan(500);
        assertThat(listener.bids(nkn)).hasSize(adapter.book(nkn).bids().count());
        final Map.Entry<Long, Long> bestAsk = listener.asks(nkn).firstEntry();
        assertThat(bestAsk.getKey()).isEqualTo(adapter.book(nkn).asks().price(0));
    }

    @Test
    void reportsAGapWhenADiffIsMissing() {
        final List<Line> lines = mergedRecording();
        final Line removed = nthDepthDiff(lines, "nknusdt", 20);
        lines.remove(removed);

        replay(lines);

        final int nkn = listener.indexOf("NKNUSDT");
        assertThat(listener.gaps).isEqualTo(1);
        assertThat(listener.lastGapReceived).isEqualTo(listener.lastGapExpected + (removedLastId(removed) - removedFirstId(removed)) + 1);
        assertThat(updatesOf("NKNUSDT")).isEqualTo(19);
        assertThat(adapter.isSynchronised(nkn)).isFalse();
        assertThat(results[DecodeResult.GAP + 16]).isEqualTo(1);
        assertThat(results[DecodeResult.DROPPED + 16]).as("diffs 22 to 149 wait for a snapshot").isEqualTo(5 + 150 - 22);
        assertThat(updatesOf("LRCBTC")).isEqualTo(13);
    }

    @Test
    void decodesKlinesAndAggregateTrades() {
        replay(mergedRecording());

        assertThat(listener.klines).isEqualTo(2);
        assertThat(listener.trades[listener.indexOf("NKNUSDT")]).isEqualTo(1);
        assertThat(listener.trades[listener.indexOf("LRCBTC")]).isEqualTo(1);
        assertThat(listener.lastKlineOpen).isEqualTo(638L);
        assertThat(listener.lastKlineVolume).isEqualTo(177_00000000L);
        assertThat(listener.lastKlineOpenTimeNs).isEqualTo(1633998480000L * 1_000_000L);
        assertThat(listener.lastKlineTrades).isEqualTo(1);
        assertThat(listener.lastKlineClosed).isFalse();
        assertThat(listener.lastTrade).containsExactly(9213679L, 0L, 638L, 177_00000000L, 1633998534486L * 1_000_000L);
    }

    @Test
    void resynchronisesFromAFreshSnapshotAfterAGap() {
        assertThat(snapshot("BTCUSDT", 100)).isEqualTo(DecodeResult.OK);
        assertThat(diff("BTCUSDT", 99, 100)).isEqualTo(DecodeResult.DROPPED);
        assertThat(diff("BTCUSDT", 100, 102)).isEqualTo(DecodeResult.OK);
        assertThat(diff("BTCUSDT", 101, 102)).as("duplicate").isEqualTo(DecodeResult.DROPPED);
        assertThat(diff("BTCUSDT", 103, 103)).isEqualTo(DecodeResult.OK);
        assertThat(diff("BTCUSDT", 105, 106)).isEqualTo(DecodeResult.GAP);
        assertThat(listener.lastGapExpected).isEqualTo(104);
        assertThat(listener.lastGapReceived).isEqualTo(105);
        assertThat(diff("BTCUSDT", 107, 107)).isEqualTo(DecodeResult.DROPPED);
        assertThat(adapter.isSynchronised(0)).isFalse();

        assertThat(snapshot("BTCUSDT", 107)).isEqualTo(DecodeResult.OK);
        assertThat(diff("BTCUSDT", 108, 108)).isEqualTo(DecodeResult.OK);
        assertThat(adapter.isSynchronised(0)).isTrue();
        assertThat(listener.updates[0]).isEqualTo(3);
        assertThat(listener.gaps).isEqualTo(1);
    }

    @Test
    void reportsAGapWhenTheSnapshotIsOlderThanTheFirstDiff() {
        snapshot("BTCUSDT", 100);

        assertThat(diff("BTCUSDT", 102, 103)).isEqualTo(DecodeResult.GAP);
        assertThat(listener.lastGapExpected).isEqualTo(101);
        assertThat(listener.lastGapReceived).isEqualTo(102);
    }

    @Test
    void dropsDiffsOfSymbolsWithoutASnapshot() {
        assertThat(diff("ETHUSDT", 1, 2)).isEqualTo(DecodeResult.DROPPED);
        assertThat(adapter.symbolCount()).isZero();
    }

    @Test
    void rejectsWithoutDeliveringAnything() {
        snapshot("BTCUSDT", 100);
        final long delivered = listener.deliveredEvents();

        assertRejected(ws("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"), DecodeResult.VENUE_ERROR);
        assertRejected(ws("{\"e\":\"outboundAccountPosition\",\"s\":\"BTCUSDT\"}"), DecodeResult.UNKNOWN_MESSAGE);
        assertRejected(ws(diffJson("BTCUSDT", 101, 102).replace("\"1.5\"", "\"1.500000001\"")), DecodeResult.OUT_OF_RANGE);
        assertRejected(ws(diffJson("BTCUSDT", 101, 102).replace("\"u\":102", "\"u\":\"102\"")), DecodeResult.INVALID_VALUE);
        assertRejected(ws(diffJson("BTCUSDT", 102, 101)), DecodeResult.INVALID_VALUE);
        assertRejected(ws("{\"stream\":\"x\",\"data\":[1]}"), DecodeResult.UNKNOWN_MESSAGE);
        assertRejected(ws("{\"stream\":\"x\",\"data\":{"), DecodeResult.INVALID_JSON);
        final byte[] url = "https://api.binance.com/api/v3/exchangeInfo".getBytes(StandardCharsets.US_ASCII);
        assertThat(adapter.onRestResponse(new UnsafeBuffer(url), 0, url.length, 0, 0, 1L)).isEqualTo(DecodeResult.UNKNOWN_MESSAGE);
        assertThat(rest("BTCUSDT", "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}")).isEqualTo(DecodeResult.VENUE_ERROR);
        assertThat(rest("BTCUSDT", "{\"lastUpdateId\":-5,\"bids\":[],\"asks\":[]}")).isEqualTo(DecodeResult.INVALID_VALUE);

        assertThat(listener.deliveredEvents()).isEqualTo(delivered);
    }

    @Test
    void ignoresBookTickersAndSubscriptionAcknowledgements() {
        assertThat(ws("{\"result\":null,\"id\":1}")).isEqualTo(DecodeResult.IGNORED);
        assertThat(ws("{\"u\":1,\"s\":\"BTCUSDT\",\"b\":\"1.0\",\"B\":\"2.0\",\"a\":\"1.1\",\"A\":\"3.0\"}"))
            .isEqualTo(DecodeResult.IGNORED);
    }

    @Test
    void decodesWithoutAllocatingOnceWarm() {
        final List<Line> lines = mergedRecording();
        final UnsafeBuffer[] bodies = new UnsafeBuffer[lines.size()];
        final UnsafeBuffer[] urls = new UnsafeBuffer[lines.size()];
        final long[] times = new long[lines.size()];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = new UnsafeBuffer(lines.get(i).body());
            urls[i] = lines.get(i).url() == null ? null : new UnsafeBuffer(lines.get(i).url().getBytes(StandardCharsets.US_ASCII));
            times[i] = lines.get(i).receiveTimeNs();
        }
        final BinanceDepthAdapter warm = new BinanceDepthAdapter(new BinanceRecordingListener(), 8);
        final Runnable replay = () -> {
            for (int i = 0; i < bodies.length; i++) {
                if (urls[i] == null) {
                    warm.onMessage(bodies[i], 0, bodies[i].capacity(), times[i]);
                } else {
                    warm.onRestResponse(urls[i], 0, urls[i].capacity(), 0, bodies[i].capacity(), times[i]);
                }
            }
        };
        replay.run();

        assertThat(RecordedFiles.allocatedBytes(replay)).isZero();
    }

    private int snapshot(final String symbol, final long lastUpdateId) {
        return rest(symbol, "{\"lastUpdateId\":" + lastUpdateId + ",\"bids\":[[\"1.00000000\",\"2.00000000\"]]," +
            "\"asks\":[[\"1.10000000\",\"3.00000000\"]]}");
    }

    private int rest(final String symbol, final String json) {
        final byte[] url = ("https://api.binance.com/api/v3/depth?symbol=" + symbol + "&limit=1000").getBytes(StandardCharsets.US_ASCII);
        final byte[] line = (new String(url, StandardCharsets.US_ASCII) + json).getBytes(StandardCharsets.US_ASCII);
        return adapter.onRestResponse(new UnsafeBuffer(line), 0, url.length, url.length, line.length - url.length, 1L);
    }

    private int diff(final String symbol, final long first, final long last) {
        return ws(diffJson(symbol, first, last));
    }

    private static String diffJson(final String symbol, final long first, final long last) {
        return "{\"stream\":\"" + symbol.toLowerCase(java.util.Locale.ROOT) + "@depth@100ms\",\"data\":{\"e\":\"depthUpdate\"," +
            "\"E\":1633998512068,\"s\":\"" + symbol + "\",\"U\":" + first + ",\"u\":" + last +
            ",\"b\":[[\"1.00000000\",\"1.5\"]],\"a\":[]}}";
    }

    private int ws(final String json) {
        final byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        return adapter.onMessage(new UnsafeBuffer(bytes), 0, bytes.length, 1L);
    }

    private void assertRejected(final int result, final int reason) {
        assertThat(result).isEqualTo(reason);
        assertThat(listener.rejections[reason + BinanceRecordingListener.REJECTION_BIAS]).isPositive();
    }

    private long updatesOf(final String symbol) {
        return listener.updates[listener.indexOf(symbol)];
    }

    private void replay(final List<Line> lines) {
        for (final Line line : lines) {
            final UnsafeBuffer body = new UnsafeBuffer(line.body());
            if (line.url() == null) {
                results[adapter.onMessage(body, 0, body.capacity(), line.receiveTimeNs()) + 16]++;
            } else {
                final UnsafeBuffer url = new UnsafeBuffer(line.url().getBytes(StandardCharsets.US_ASCII));
                final int symbolStart = line.url().indexOf("symbol=") + 7;
                final int symbolEnd = line.url().indexOf('&', symbolStart);
                results[adapter.onDepthSnapshot(url, symbolStart, symbolEnd - symbolStart, body, 0, body.capacity(),
                    line.receiveTimeNs()) + 16]++;
            }
        }
    }

    static List<Line> mergedRecording() {
        final List<Line> lines = new ArrayList<>(RecordedFiles.lines("crypto/BINANCE.http.0.0"));
        lines.addAll(RecordedFiles.lines("crypto/BINANCE.ws.1.0"));
        lines.sort(Comparator.comparingLong(Line::receiveTimeNs));
        return lines;
    }

    private static Line nthDepthDiff(final List<Line> lines, final String stream, final int n) {
        final Predicate<Line> isDiff = l -> l.url() == null && new String(l.body(), StandardCharsets.US_ASCII)
            .startsWith("{\"stream\":\"" + stream + "@depth");
        return lines.stream().filter(isDiff).skip(n).findFirst().orElseThrow();
    }

    private static long removedFirstId(final Line line) {
        return idField(line, "\"U\":");
    }

    private static long removedLastId(final Line line) {
        return idField(line, "\"u\":");
    }

    private static long idField(final Line line, final String key) {
        final String text = new String(line.body(), StandardCharsets.US_ASCII);
        final int start = text.indexOf(key) + key.length();
        return Long.parseLong(text.substring(start, text.indexOf(',', start)));
    }
}

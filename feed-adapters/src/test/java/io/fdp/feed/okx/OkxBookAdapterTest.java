package io.fdp.feed.okx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import io.fdp.feed.depth.ChecksumBook;
import io.fdp.feed.depth.DecodeResult;
import io.fdp.engine.book.Side;
import io.fdp.feed.depth.RecordingListener;
import io.fdp.feed.recorded.RecordedFiles;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class OkxBookAdapterTest {
    private static final String FILE = "crypto/OKX.ws.1.0";

    private final RecordingListener listener = new RecordingListener(true);
    private final OkxBookAdapter adapter = new OkxBookAdapter(listener, 8);

    @Test
    void verifiesEveryChecksumInTheRecording() {
        final long[] results = new long[32];
        final int messages = RecordedFiles.replay(RecordedFiles.load(FILE), adapter::onMessage, results);

        assertThat(listener.checksumsOk).isEqualTo(290);
        assertThat(listener.checksumsFailed).isZero();
        assertThat(listener.rejectionCount()).isZero();
        assertThat(messages).isEqualTo(410);
        assertThat(results[DecodeResult.OK + 16]).as("books and trades").isEqualTo(290 + 74);
        assertThat(results[DecodeResult.IGNORED + 16]).as("tickers and subscribe events").isEqualTo(28 + 18);
        assertThat(listener.announced).containsExactly("BTC-USD-220527", "UNI-USD-SWAP", "BTC-USDT");
        assertThat(listener.trades[listener.indexOf("BTC-USDT")]).isEqualTo(69);
        assertThat(listener.trades[listener.indexOf("BTC-USD-220527")]).isEqualTo(4);
        assertThat(listener.trades[listener.indexOf("UNI-USD-SWAP")]).isEqualTo(1);
        assertThat(listener.snapshots[listener.indexOf("BTC-USDT")]).isEqualTo(1);
        assertThat(listener.wellBracketed).isTrue();
    }

    @Test
    void listenerRebuildsTheSameBookAsTheAdapter() {
        RecordedFiles.replay(RecordedFiles.load(FILE), adapter::onMessage, new long[32]);

        for (int s = 0; s < adapter.symbolCount(); s++) {
            final ChecksumBook book = adapter.book(s);
            assertThat(listener.bids(s)).hasSize(book.bids().count());
            assertThat(listener.asks(s)).hasSize(book.asks().count());
            assertThat(listener.bids(s).firstKey()).isEqualTo(book.bids().price(0));
            assertThat(listener.asks(s).firstKey()).isEqualTo(book.asks().price(0));
            assertThat(book.crossed()).isFalse();
        }
    }

    @Test
    void decodesTheFirstTradeExactly() {
        assertThat(feed("{\"arg\":{\"channel\":\"trades\",\"instId\":\"BTC-USD-220527\"},\"data\":[{\"instId\":\"BTC-USD-220527\"," +
            "\"tradeId\":\"7849\",\"px\":\"30218.8\",\"sz\":\"1\",\"side\":\"buy\",\"ts\":\"1652459199958\"}]}"))
            .isEqualTo(DecodeResult.OK);

        assertThat(listener.lastTrade).containsExactly(7849L, Side.BUY, 3_021_880_000_000L, 100_000_000L, 1_652_459_199_958_000_000L);
    }

    @Test
    void checksumsTheLongerSideAloneBeyondTheShorterOne() {
        final String text = "100.5:1:101:0.25:100.4:2";
        final CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.US_ASCII));

        assertThat(feed(books("snapshot", "[[\"101\",\"0.25\",\"0\",\"1\"]]",
            "[[\"100.5\",\"1\",\"0\",\"1\"],[\"100.4\",\"2\",\"0\",\"3\"]]", (int)crc.getValue())))
            .isEqualTo(DecodeResult.OK);

        assertThat(listener.checksumsOk).isEqualTo(1);
        assertThat(adapter.checksum(0)).isEqualTo((int)crc.getValue());
    }

    @Test
    void usesTheExponentsARegisteredInstrumentWasGiven() {
        assertThat(adapter.registerSymbol("BTC-USDT", -1, -4)).isZero();
        assertThat(listener.exponents[0]).containsExactly(-1, -4);

        assertThat(feed(books("snapshot", "[[\"30244.25\",\"1\",\"0\",\"1\"]]", "[]", 0))).isEqualTo(DecodeResult.OUT_OF_RANGE);
        assertThat(feed(books("snapshot", "[[\"30244.2\",\"1.5\",\"0\",\"1\"]]", "[]", 0))).isEqualTo(DecodeResult.OK);
        assertThat(adapter.book(0).asks().price(0)).isEqualTo(302442L);
        assertThat(adapter.book(0).asks().size(0)).isEqualTo(15000L);
        assertThat(listener.checksumsFailed).isEqualTo(1);
    }

    @Test
    void rejectsWithoutDeliveringAnything() {
        feed(books("snapshot", "[[\"101\",\"1\",\"0\",\"1\"]]", "[]", 0));
        final long delivered = listener.deliveredEvents();

        assertRejected(books("update", "[[\"101\",\"1\",\"0\",\"1\"]]", "[]", 0).replace("BTC-USDT", "ETH-USDT"),
            DecodeResult.NO_SNAPSHOT);
        assertRejected(books("update", "[[\"1e\",\"1\",\"0\",\"1\"]]", "[]", 0), DecodeResult.INVALID_VALUE);
        assertRejected(books("update", "[[\"101\",\"1\",\"0\",\"1\"]]", "[]", 0).replace("\"checksum\":0", "\"checksum\":\"0\""),
            DecodeResult.INVALID_VALUE);
        assertRejected(books("resend", "[]", "[]", 0), DecodeResult.UNKNOWN_MESSAGE);
        assertRejected(books("update", "[[\"101\",\"1\",\"0\",\"1\"]]", "[]", 0).replace("books", "candle1m"),
            DecodeResult.UNKNOWN_MESSAGE);
        assertRejected("{\"event\":\"error\",\"code\":\"60012\",\"msg\":\"Invalid request\"}", DecodeResult.VENUE_ERROR);
        assertRejected("{\"arg\":{\"channel\":\"books\"", DecodeResult.INVALID_JSON);
        assertRejected("[]", DecodeResult.UNKNOWN_MESSAGE);

        assertThat(listener.deliveredEvents()).isEqualTo(delivered);
    }

    @Test
    void ignoresTickersAndSubscriptionAcknowledgements() {
        assertThat(feed("{\"event\":\"subscribe\",\"arg\":{\"channel\":\"books\",\"instId\":\"BTC-USDT\"}}"))
            .isEqualTo(DecodeResult.IGNORED);
        assertThat(feed("{\"arg\":{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"},\"data\":[{\"last\":\"1\"}]}"))
            .isEqualTo(DecodeResult.IGNORED);
    }

    @Test
    void decodesWithoutAllocatingOnceWarm() {
        final UnsafeBuffer capture = RecordedFiles.load(FILE);
        final OkxBookAdapter warm = new OkxBookAdapter(new RecordingListener(false), 8);
        final RecordedFiles.Replay replay = new RecordedFiles.Replay(warm::onMessage, new long[32]);
        replay.run(capture);

        assertThat(RecordedFiles.allocatedBytes(() -> replay.run(capture))).isZero();
    }

    private static String books(final String action, final String asks, final String bids, final int checksum) {
        return "{\"arg\":{\"channel\":\"books\",\"instId\":\"BTC-USDT\"},\"action\":\"" + action + "\",\"data\":[{\"asks\":" +
            asks + ",\"bids\":" + bids + ",\"ts\":\"1652459225464\",\"checksum\":" + checksum + "}]}";
    }

    private void assertRejected(final String json, final int reason) {
        final long before = listener.rejections[reason + RecordingListener.REJECTION_BIAS];
        assertThat(feed(json)).as(json).isEqualTo(reason);
        assertThat(listener.rejections[reason + RecordingListener.REJECTION_BIAS]).isEqualTo(before + 1);
    }

    private int feed(final String json) {
        final byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        return adapter.onMessage(new UnsafeBuffer(bytes), 0, bytes.length, 1L);
    }
}

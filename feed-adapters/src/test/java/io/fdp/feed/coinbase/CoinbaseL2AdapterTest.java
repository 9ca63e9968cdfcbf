package io.fdp.feed.coinbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.fdp.feed.depth.ChecksumBook;
import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.depth.RecordingListener;
import io.fdp.engine.book.Side;
import io.fdp.feed.recorded.RecordedFiles;
import io.fdp.feed.recorded.RecordedFiles.Line;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class CoinbaseL2AdapterTest {
    private static final String FILE = "crypto/COINBASE.ws.28.0";

    private final RecordingListener listener = new RecordingListener(true);
    private final CoinbaseL2Adapter adapter = new CoinbaseL2Adapter(listener, 16);
    private final long[] results = new long[32];

    @Test
    void countsSnapshotsUpdatesAndTradesPerProduct() {
        final int messages = RecordedFiles.replay(RecordedFiles.load(FILE), adapter::onMessage, results);

        assertThat(messages).isEqualTo(9_946);
        assertThat(listener.rejectionCount()).isZero();
        assertThat(listener.wellBracketed).isTrue();
        assertThat(results[DecodeResult.OK + 16]).isEqualTo(10 + 9_719 + 107);
        assertThat(results[DecodeResult.IGNORED + 16]).as("subscriptions and tickers").isEqualTo(3 + 107);
        assertThat(adapter.symbolCount()).isEqualTo(10);
        assertThat(updatesOf("SKL-USD")).isEqualTo(2_592);
        assertThat(updatesOf("DASH-BTC")).isEqualTo(1_925);
        assertThat(updatesOf("NU-GBP")).isEqualTo(76);
        assertThat(updatesOf("BAND-GBP")).isEqualTo(471);
        long snapshots = 0;
        long trades = 0;
        for (int s = 0; s < 10; s++) {
            snapshots += listener.snapshots[s];
            trades += listener.trades[s];
        }
        assertThat(snapshots).isEqualTo(10);
        assertThat(trades).isEqualTo(97 + 10);
    }

    @Test
    void firstSnapshotHasTheRecordedBestBidAndAsk() {
        final Line first = RecordedFiles.lines(FILE).stream()
            .filter(l -> new String(l.body(), StandardCharsets.US_ASCII).startsWith("{\"type\":\"snapshot\""))
            .findFirst().orElseThrow();

        final UnsafeBuffer body = new UnsafeBuffer(first.body());
        assertThat(adapter.onMessage(body, 0, body.capacity(), first.receiveTimeNs())).isEqualTo(DecodeResult.OK);

        assertThat(listener.announced).containsExactly("BAND-GBP");
        assertThat(listener.exponents[0]).containsExactly(-8, -8);
        final ChecksumBook book = adapter.book(0);
        assertThat(book.bids().price(0)).isEqualTo(14_7693_0000L);
        assertThat(book.bids().size(0)).isEqualTo(27_5100_0000L);
        assertThat(book.asks().price(0)).isEqualTo(14_8024_0000L);
        assertThat(book.asks().size(0)).isEqualTo(12_7700_0000L);
        assertThat(listener.bids(0).firstKey()).isEqualTo(14_7693_0000L);
        assertThat(listener.asks(0).firstKey()).isEqualTo(14_8024_0000L);
    }

    @Test
    void lastBookOfEveryProductIsUncrossedAndMatchesAnIndependentReplay() {
        RecordedFiles.replay(RecordedFiles.load(FILE), adapter::onMessage, results);

        // best bid, best ask, bid levels, ask levels after the last update, computed with a separate Python replay
        assertTop("BAND-GBP", 14_7366_0000L, 14_7664_0000L, 148, 162);
        assertTop("SKL-GBP", 5747_0000L, 5768_0000L, 102, 175);
        assertTop("NU-GBP", 4388_0000L, 4393_0000L, 118, 450);
        assertTop("YFI-BTC", 82553_000L, 82696_000L, 203, 458);
        assertTop("SKL-BTC", 1303L, 1305L, 225, 407);
        assertTop("CRV-EUR", 3_2956_0000L, 3_3010_0000L, 389, 297);
        assertTop("BAND-BTC", 33388L, 33421L, 323, 825);
        assertTop("DASH-BTC", 619316L, 619947L, 436, 541);
        assertTop("NMR-EUR", 66_9257_0000L, 67_0210_0000L, 633, 310);
        assertTop("SKL-USD", 7902_0000L, 7911_0000L, 816, 1341);
    }

    private void assertTop(final String product, final long bid, final long ask, final int bidLevels, final int askLevels) {
        final ChecksumBook book = adapter.book(listener.indexOf(product));
        assertThat(book.crossed()).as(product).isFalse();
        assertThat(book.bids().price(0)).as(product).isEqualTo(bid);
        assertThat(book.asks().price(0)).as(product).isEqualTo(ask);
        assertThat(book.bids().count()).as(product).isEqualTo(bidLevels);
        assertThat(book.asks().count()).as(product).isEqualTo(askLevels);
        assertThat(listener.bids(listener.indexOf(product))).hasSize(bidLevels);
        assertThat(listener.asks(listener.indexOf(product))).hasSize(askLevels);
    }

    @Test
    void decodesAMatchWithTheTakerAsAggressor() {
        assertThat(feed("{\"type\":\"match\",\"trade_id\":280232,\"maker_order_id\":\"2a0d\",\"taker_order_id\":\"3c82\"," +
            "\"side\":\"sell\",\"size\":\"985\",\"price\":\"0.00001305\",\"product_id\":\"SKL-BTC\",\"sequence\":177100030," +
            "\"time\":\"2021-04-17T16:43:37.089723Z\"}")).isEqualTo(DecodeResult.OK);

        assertThat(listener.lastTrade).containsExactly(280232L, Side.BUY, 1305L, 985_0000_0000L, 1_618_677_817_089_723_000L);
    }

    @Test
    void rejectsWithoutDeliveringAnything() {
        feed(SNAPSHOT);
        final long delivered = listener.deliveredEvents();

        assertRejected(update("ETH-USD", "buy", "1.5", "2", "2021-04-17T16:43:37.075687Z"), DecodeResult.NO_SNAPSHOT);
        assertRejected(update("BAND-GBP", "hold", "1.5", "2", "2021-04-17T16:43:37.075687Z"), DecodeResult.INVALID_VALUE);
        assertRejected(update("BAND-GBP", "buy", "1.000000001", "2", "2021-04-17T16:43:37.075687Z"), DecodeResult.OUT_OF_RANGE);
        assertRejected(update("BAND-GBP", "buy", "1.5", "2", "2021-04-17T16:43:37"), DecodeResult.INVALID_VALUE);
        assertRejected(update("BAND-GBP", "buy", "-1.5", "2", "2021-04-17T16:43:37.075687Z"), DecodeResult.INVALID_VALUE);
        assertRejected("{\"type\":\"done\",\"product_id\":\"BAND-GBP\"}", DecodeResult.UNKNOWN_MESSAGE);
        assertRejected("{\"type\":\"error\",\"message\":\"Failed to subscribe\"}", DecodeResult.VENUE_ERROR);
        assertRejected("{\"type\":\"l2update\",\"product_id\":\"BAND-GBP\",\"changes\":[[\"buy\",\"1\",\"2\"]", DecodeResult.INVALID_JSON);

        assertThat(listener.deliveredEvents()).isEqualTo(delivered);
    }

    @Test
    void appliesAnUpdateAfterTheSnapshot() {
        feed(SNAPSHOT);

        assertThat(feed(update("BAND-GBP", "sell", "14.8024", "0", "2021-04-17T16:43:37.075687Z"))).isEqualTo(DecodeResult.OK);

        assertThat(adapter.book(0).asks().bestPrice()).isEqualTo(14_8069_0000L);
        assertThat(listener.lastEventTimeNs).isEqualTo(1_618_677_817_075_687_000L);
    }

    @Test
    void decodesWithoutAllocatingOnceWarm() {
        final UnsafeBuffer capture = RecordedFiles.load(FILE);
        final CoinbaseL2Adapter warm = new CoinbaseL2Adapter(new RecordingListener(false), 16);
        final RecordedFiles.Replay replay = new RecordedFiles.Replay(warm::onMessage, new long[32]);
        replay.run(capture);

        assertThat(RecordedFiles.allocatedBytes(() -> replay.run(capture))).isZero();
    }

    private static final String SNAPSHOT =
        "{\"type\":\"snapshot\",\"product_id\":\"BAND-GBP\",\"asks\":[[\"14.8024\",\"12.77\"],[\"14.8069\",\"12.49\"]]," +
        "\"bids\":[[\"14.7693\",\"27.51\"]]}";

    private static String update(final String product, final String side, final String price, final String size, final String time) {
        return "{\"type\":\"l2update\",\"product_id\":\"" + product + "\",\"changes\":[[\"" + side + "\",\"" + price + "\",\"" +
            size + "\"]],\"time\":\"" + time + "\"}";
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

    private long updatesOf(final String product) {
        return listener.updates[listener.indexOf(product)];
    }
}

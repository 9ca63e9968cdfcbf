package io.fdp.feed.kraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.depth.RecordingListener;
import io.fdp.engine.book.Side;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KrakenBookAdapterEdgeCaseTest {
    private static final String SUBSCRIBED = "{\"channelID\":7,\"channelName\":\"book-%d\",\"event\":\"subscriptionStatus\"," +
        "\"pair\":\"XBT/USD\",\"status\":\"subscribed\",\"subscription\":{\"depth\":%d,\"name\":\"book\"}}";

    private final RecordingListener listener = new RecordingListener(true);
    private final KrakenBookAdapter adapter = new KrakenBookAdapter(listener, 2);
    private final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();
    private final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Comparator.reverseOrder());

    @BeforeEach
    void subscribeAndSnapshot() {
        assertThat(feed(String.format(SUBSCRIBED, 10, 10))).isEqualTo(DecodeResult.IGNORED);
        final StringBuilder as = new StringBuilder();
        final StringBuilder bs = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            as.append(i == 0 ? "" : ",").append(level(String.format("%d.50", 101 + i), "1.00000000", null));
            bs.append(i == 0 ? "" : ",").append(level(String.format("%d.50", 99 - i), "0.50000000", null));
            asks.put(new BigDecimal(String.format("%d.50", 101 + i)), new String[] {String.format("%d.50", 101 + i), "1.00000000"});
            bids.put(new BigDecimal(String.format("%d.50", 99 - i)), new String[] {String.format("%d.50", 99 - i), "0.50000000"});
        }
        assertThat(feed("[7,{\"as\":[" + as + "],\"bs\":[" + bs + "]},\"book-10\",\"XBT/USD\"]")).isEqualTo(DecodeResult.OK);
        assertThat(listener.exponents[0]).containsExactly(-2, -8);
    }

    @Test
    void appliesAnUpdateAndVerifiesItsChecksum() {
        assertThat(update("{\"a\":[" + level("101.50", "2.00000000", null) + "]", "101.50", "2.00000000", Side.SELL))
            .isEqualTo(DecodeResult.OK);

        assertThat(listener.checksumsOk).isEqualTo(1);
        assertThat(listener.checksumsFailed).isZero();
        assertThat(adapter.book(0).asks().size(0)).isEqualTo(2_00000000L);
    }

    @Test
    void acceptsRepublishedLevels() {
        feed("[7,{\"b\":[" + level("90.50", "0.00000000", null) + "]},\"book-10\",\"XBT/USD\"]");
        bids.remove(new BigDecimal("90.50"));

        assertThat(update("{\"b\":[" + level("89.00", "3.00000000", "r") + "]", "89.00", "3.00000000", Side.BUY))
            .isEqualTo(DecodeResult.OK);

        assertThat(listener.checksumsOk).isEqualTo(1);
        assertThat(adapter.book(0).bids().price(9)).isEqualTo(8900);
    }

    @Test
    void truncatesToTheSubscribedDepthAndReportsDroppedLevels() {
        final long levelsBefore = listener.levels[0];

        assertThat(update("{\"b\":[" + level("99.75", "1.25000000", null) + "]", "99.75", "1.25000000", Side.BUY))
            .isEqualTo(DecodeResult.OK);

        assertThat(listener.levels[0] - levelsBefore).as("the new level and the dropped worst one").isEqualTo(2);
        assertThat(adapter.book(0).bids().count()).isEqualTo(10);
        assertThat(listener.bids(0)).hasSize(10).doesNotContainKey(9050L);
        assertThat(listener.checksumsOk).isEqualTo(1);
    }

    @Test
    void appliesBothObjectsOfATwoSidedUpdate() {
        asks.put(new BigDecimal("100.50"), new String[] {"100.50", "0.10000000"});
        bids.put(new BigDecimal("100.00"), new String[] {"100.00", "0.20000000"});
        truncate();
        final String c = Long.toString(checksum());

        assertThat(feed("[7,{\"a\":[" + level("100.50", "0.10000000", null) + "]},{\"b\":[" + level("100.00", "0.20000000", null) +
            "],\"c\":\"" + c + "\"},\"book-10\",\"XBT/USD\"]")).isEqualTo(DecodeResult.OK);

        assertThat(listener.checksumsOk).isEqualTo(1);
        assertThat(adapter.book(0).bids().bestPrice()).isEqualTo(10000);
        assertThat(adapter.book(0).asks().bestPrice()).isEqualTo(10050);
    }

    @Test
    void reportsAChecksumMismatch() {
        assertThat(feed("[7,{\"a\":[" + level("101.50", "2.00000000", null) + "],\"c\":\"12345\"},\"book-10\",\"XBT/USD\"]"))
            .isEqualTo(DecodeResult.OK);

        assertThat(listener.checksumsFailed).isEqualTo(1);
    }

    @Test
    void rejectsWithoutDeliveringAnything() {
        final long delivered = listener.deliveredEvents();

        assertRejected("[8,{\"a\":[" + level("101.50", "2.00000000", null) + "]},\"book-10\",\"XBT/USD\"]", DecodeResult.UNKNOWN_SYMBOL);
        assertRejected("[7,{\"a\":[" + level("101.50", "2.00000000", null) + "]},\"book-10\",\"ETH/USD\"]", DecodeResult.UNKNOWN_SYMBOL);
        assertRejected("[7,{\"a\":[" + level("101.505", "2.00000000", null) + "]},\"book-10\",\"XBT/USD\"]", DecodeResult.OUT_OF_RANGE);
        assertRejected("[7,{\"a\":[" + level("101.50", "2.000000001", null) + "]},\"book-10\",\"XBT/USD\"]", DecodeResult.OUT_OF_RANGE);
        assertRejected("[7,{\"a\":[" + level("1x", "2.00000000", null) + "]},\"book-10\",\"XBT/USD\"]", DecodeResult.INVALID_VALUE);
        assertRejected("[7,{\"a\":[" + level("101.50", "2.00000000", "q") + "]},\"book-10\",\"XBT/USD\"]", DecodeResult.INVALID_VALUE);
        assertRejected("[7,{\"a\":[[\"101.50\",\"2.00000000\"]]},\"book-10\",\"XBT/USD\"]", DecodeResult.UNKNOWN_MESSAGE);
        assertRejected("[7,{\"c\":\"1\"},\"book-10\",\"XBT/USD\"]", DecodeResult.UNKNOWN_MESSAGE);
        assertRejected("[7,{\"a\":[],\"c\":\"x\"},\"book-10\",\"XBT/USD\"]", DecodeResult.INVALID_VALUE);
        assertRejected("{\"event\":\"somethingNew\"}", DecodeResult.UNKNOWN_MESSAGE);
        assertRejected("{\"event\":\"subscriptionStatus\",\"status\":\"error\",\"errorMessage\":\"x\"}", DecodeResult.VENUE_ERROR);
        assertRejected("\"text\"", DecodeResult.UNKNOWN_MESSAGE);
        assertRejected(String.format(SUBSCRIBED, 10, 10).replace("XBT/USD", "A B"), DecodeResult.INVALID_VALUE);

        assertThat(listener.deliveredEvents()).isEqualTo(delivered);
        assertThat(adapter.book(0).asks().size(0)).isEqualTo(1_00000000L);
    }

    @Test
    void reportsWhereInvalidJsonWasFound() {
        final int[] offset = new int[1];
        final KrakenBookAdapter probe = new KrakenBookAdapter(new RecordingListener(false) {
            @Override
            public void onRejected(final int reason, final int errorOffset) {
                offset[0] = errorOffset;
            }
        }, 1);
        final byte[] bytes = "xx{\"event\":}yy".getBytes(StandardCharsets.US_ASCII);

        assertThat(probe.onMessage(new UnsafeBuffer(bytes), 2, bytes.length - 4, 0)).isEqualTo(DecodeResult.INVALID_JSON);
        assertThat(offset[0]).isEqualTo(9);
    }

    @Test
    void rejectsUpdatesBeforeASnapshotAndPairsBeyondCapacity() {
        feed(String.format(SUBSCRIBED, 10, 10).replace("XBT/USD", "ETH/USD").replace(":7,", ":8,"));

        assertRejected("[8,{\"a\":[" + level("1.5", "2.0", null) + "]},\"book-10\",\"ETH/USD\"]", DecodeResult.NO_SNAPSHOT);
        assertRejected(String.format(SUBSCRIBED, 10, 10).replace("XBT/USD", "LTC/USD").replace(":7,", ":9,"), DecodeResult.SYMBOL_LIMIT);
        assertThat(adapter.symbolCount()).isEqualTo(2);
    }

    @Test
    void ignoresHeartbeatsAndOtherSubscriptions() {
        assertThat(feed("{\"event\":\"heartbeat\"}")).isEqualTo(DecodeResult.IGNORED);
        assertThat(feed(String.format(SUBSCRIBED, 10, 10).replace("\"book\"", "\"trade\""))).isEqualTo(DecodeResult.IGNORED);
        assertThat(listener.rejectionCount()).isZero();
    }

    private int update(final String object, final String price, final String volume, final int side) {
        final TreeMap<BigDecimal, String[]> book = side == Side.SELL ? asks : bids;
        if (new BigDecimal(volume).signum() == 0) {
            book.remove(new BigDecimal(price));
        } else {
            book.put(new BigDecimal(price), new String[] {price, volume});
        }
        truncate();
        return feed("[7," + object + ",\"c\":\"" + checksum() + "\"},\"book-10\",\"XBT/USD\"]");
    }

    private void truncate() {
        while (asks.size() > 10) {
            asks.pollLastEntry();
        }
        while (bids.size() > 10) {
            bids.pollLastEntry();
        }
    }

    private long checksum() {
        final StringBuilder text = new StringBuilder();
        for (final Map<BigDecimal, String[]> side : java.util.List.of(asks, bids)) {
            side.values().stream().limit(10).forEach(l -> text.append(digits(l[0])).append(digits(l[1])));
        }
        final CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    private static String digits(final String decimal) {
        return decimal.replace(".", "").replaceFirst("^0+", "");
    }

    private static String level(final String price, final String volume, final String flag) {
        return "[\"" + price + "\",\"" + volume + "\",\"1618678133.366461\"" + (flag == null ? "" : ",\"" + flag + "\"") + "]";
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

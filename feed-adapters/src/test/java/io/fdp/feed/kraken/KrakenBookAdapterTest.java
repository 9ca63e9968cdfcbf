package io.fdp.feed.kraken;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.fdp.feed.depth.BookSide;
import io.fdp.feed.depth.ChecksumBook;
import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.depth.RecordingListener;
import io.fdp.feed.recorded.RecordedFiles;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class KrakenBookAdapterTest {
    private static final String FILE = "crypto/KRAKEN.ws.50.0";
    private final RecordingListener listener = new RecordingListener(true);
    private final KrakenBookAdapter adapter = new KrakenBookAdapter(listener, 16);

    @Test
    void verifiesEveryChecksumInTheRecording() {
        final long[] results = new long[32];
        final int messages = RecordedFiles.replay(RecordedFiles.load(FILE), adapter::onMessage, results);

        assertThat(listener.checksumsOk).isEqualTo(4_269);
        assertThat(listener.checksumsFailed).isZero();
        assertThat(listener.rejectionCount()).isZero();
        assertThat(listener.wellBracketed).isTrue();
        assertThat(messages).isEqualTo(4_321);
        assertThat(results[DecodeResult.OK + 16]).isEqualTo(10 + 4_269);
        assertThat(results[DecodeResult.IGNORED + 16]).as("status, subscriptions, heartbeats").isEqualTo(1 + 10 + 31);
        assertThat(listener.announced).containsExactly(
            "ADA/XBT", "XBT/CHF", "OMG/USD", "OCEAN/XBT", "ETH/CHF", "SC/EUR", "GRT/ETH", "KSM/XBT", "XMR/USD", "WAVES/EUR")
            .hasSize(10);
    }

    @Test
    void learnsEachPairsExponentsFromItsSnapshot() {
        RecordedFiles.replay(RecordedFiles.load(FILE), adapter::onMessage, new long[32]);

        assertThat(exponentsOf("ADA/XBT")).containsExactly(-9, -8);
        assertThat(exponentsOf("XBT/CHF")).containsExactly(-5, -8);
        assertThat(exponentsOf("XMR/USD")).containsExactly(-8, -8);
        assertThat(exponentsOf("SC/EUR")).containsExactly(-6, -8);
    }

    @Test
    void listenerRebuildsTheSameBookAsTheAdapter() {
        RecordedFiles.replay(RecordedFiles.load(FILE), adapter::onMessage, new long[32]);

        for (int s = 0; s < adapter.symbolCount(); s++) {
            final ChecksumBook book = adapter.book(s);
            assertSameLevels(book.bids(), listener.bids(s));
            assertSameLevels(book.asks(), listener.asks(s));
            assertThat(book.bids().count()).isLessThanOrEqualTo(1000);
            assertThat(book.crossed()).isFalse();
        }
    }

    @Test
    void decodesWithoutAllocatingOnceWarm() {
        final UnsafeBuffer capture = RecordedFiles.load(FILE);
        final KrakenBookAdapter warm = new KrakenBookAdapter(new RecordingListener(false), 16);
        final RecordedFiles.Replay replay = new RecordedFiles.Replay(warm::onMessage, new long[32]);
        replay.run(capture);

        assertThat(RecordedFiles.allocatedBytes(() -> replay.run(capture))).isZero();
    }

    private static void assertSameLevels(final BookSide side, final Map<Long, Long> mirrored) {
        assertThat(mirrored).hasSize(side.count());
        int i = 0;
        for (final Map.Entry<Long, Long> e : mirrored.entrySet()) {
            assertThat(e.getKey()).isEqualTo(side.price(i));
            assertThat(e.getValue()).isEqualTo(side.size(i));
            i++;
        }
    }

    private int[] exponentsOf(final String pair) {
        return listener.exponents[listener.indexOf(pair)];
    }

    static int feed(final KrakenBookAdapter adapter, final String json) {
        final byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        return adapter.onMessage(new UnsafeBuffer(bytes), 0, bytes.length, 1L);
    }
}

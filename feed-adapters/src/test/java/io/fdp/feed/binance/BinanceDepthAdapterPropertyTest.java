package io.fdp.feed.binance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.recorded.RecordedFiles;
import io.fdp.feed.recorded.RecordedFiles.Line;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.agrona.concurrent.UnsafeBuffer;

class BinanceDepthAdapterPropertyTest {
    private static final List<Line> LINES = BinanceDepthAdapterTest.mergedRecording();
    private static final BinanceRecordingListener LISTENER = new BinanceRecordingListener();
    private static final BinanceDepthAdapter ADAPTER = new BinanceDepthAdapter(LISTENER, 16);

    static {
        for (final Line line : LINES) {
            decode(line, line.body());
        }
    }

    @Property(tries = 3000, seed = "1740085529")
    void survivesMutatedMessagesAndRejectsThemAtomically(
        @ForAll @IntRange(max = 100_000) final int line,
        @ForAll @IntRange(max = 4) final int mutation,
        @ForAll @IntRange(max = 1_000_000) final int position,
        @ForAll final byte value) {
        final Line original = LINES.get(line % LINES.size());
        final byte[] message = RecordedFiles.mutate(original.body(), mutation, position, value);
        final long delivered = LISTENER.deliveredEvents();
        final long rejected = LISTENER.rejectionCount();

        final int result = decode(original, message);

        assertThat(result).isBetween(DecodeResult.VENUE_ERROR, DecodeResult.GAP);
        assertThat(LISTENER.rejectionCount()).isEqualTo(rejected + (result < 0 ? 1 : 0));
        if (result < 0) {
            assertThat(LISTENER.deliveredEvents()).isEqualTo(delivered);
        }
        assertThat(LISTENER.wellBracketed).isTrue();
    }

    private static int decode(final Line line, final byte[] body) {
        if (line.url() == null) {
            return ADAPTER.onMessage(new UnsafeBuffer(body), 0, body.length, line.receiveTimeNs());
        }
        final byte[] url = line.url().getBytes(StandardCharsets.US_ASCII);
        final byte[] both = new byte[url.length + body.length];
        System.arraycopy(url, 0, both, 0, url.length);
        System.arraycopy(body, 0, both, url.length, body.length);
        return ADAPTER.onRestResponse(new UnsafeBuffer(both), 0, url.length, url.length, body.length, line.receiveTimeNs());
    }
}

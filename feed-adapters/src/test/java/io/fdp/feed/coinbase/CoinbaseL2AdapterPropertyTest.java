package io.fdp.feed.coinbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.fdp.feed.depth.DecodeResult;
import io.fdp.feed.depth.RecordingListener;
import io.fdp.feed.recorded.RecordedFiles;
import io.fdp.feed.recorded.RecordedFiles.Line;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.agrona.concurrent.UnsafeBuffer;

class CoinbaseL2AdapterPropertyTest {
    private static final String FILE = "crypto/COINBASE.ws.28.0";
    private static final List<Line> LINES = RecordedFiles.lines(FILE);
    private static final RecordingListener LISTENER = new RecordingListener(true);
    private static final CoinbaseL2Adapter ADAPTER = new CoinbaseL2Adapter(LISTENER, 16);

    static {
        RecordedFiles.replay(RecordedFiles.load(FILE), ADAPTER::onMessage, new long[32]);
    }

    @Property(tries = 3000, seed = "8724001936")
    void survivesMutatedMessagesAndRejectsThemAtomically(
        @ForAll @IntRange(max = 100_000) final int line,
        @ForAll @IntRange(max = 4) final int mutation,
        @ForAll @IntRange(max = 1_000_000) final int position,
        @ForAll final byte value) {
        final byte[] message = RecordedFiles.mutate(LINES.get(line % LINES.size()).body(), mutation, position, value);
        final long delivered = LISTENER.deliveredEvents();
        final long rejected = LISTENER.rejectionCount();

        final int result = ADAPTER.onMessage(new UnsafeBuffer(message), 0, message.length, 1L);

        assertThat(result).isBetween(DecodeResult.VENUE_ERROR, DecodeResult.GAP);
        assertThat(LISTENER.rejectionCount()).isEqualTo(rejected + (result < 0 ? 1 : 0));
        if (result < 0) {
            assertThat(LISTENER.deliveredEvents()).isEqualTo(delivered);
        }
        assertThat(LISTENER.wellBracketed).isTrue();
    }
}

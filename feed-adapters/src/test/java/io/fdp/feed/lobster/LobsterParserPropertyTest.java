package io.fdp.feed.lobster;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LobsterParserPropertyTest {
    @Property(seed = "34200", tries = 2000)
    void printedEventsParseBackExactly(
        @ForAll @LongRange(min = 0, max = 86_399) final long seconds,
        @ForAll @LongRange(min = 0, max = 999_999_999) final long nanos,
        @ForAll @IntRange(min = 1, max = 9) final int decimals,
        @ForAll @IntRange(min = 1, max = 7) final int type,
        @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) final long orderId,
        @ForAll @LongRange(min = 0, max = 1_000_000_000) final long size,
        @ForAll @LongRange(min = -9_999_999_999L, max = 9_999_999_999L) final long price,
        @ForAll final boolean buy) {
        final long unit = (long) Math.pow(10, 9 - decimals);
        final long truncatedNanos = nanos / unit * unit;
        final String fraction = String.format("%09d", truncatedNanos).substring(0, decimals);
        final int direction = buy ? 1 : -1;
        final String line = seconds + "." + fraction + "," + type + "," + orderId + "," + size + "," + price + "," + direction;
        final RecordingLobsterListener listener = new RecordingLobsterListener();

        assertThat(parse(new LobsterMessageParser(listener), line)).isEqualTo(LobsterResult.OK);

        assertThat(listener.events).containsExactly(
            (seconds * 1_000_000_000L + truncatedNanos) + "," + type + "," + orderId + "," + size + "," + price + "," + direction);
    }

    @Property(seed = "91997", tries = 3000)
    void anyLineYieldsACodeAndDeliversOnlyWhenOk(@ForAll("csvLikeLines") final String line) {
        final RecordingLobsterListener listener = new RecordingLobsterListener();

        final int result = parse(new LobsterMessageParser(listener), line);

        assertThat(result).isBetween(LobsterResult.LINE_TOO_LONG, LobsterResult.OK);
        assertThat(listener.events).hasSize(result == LobsterResult.OK ? 1 : 0);
    }

    @Property(seed = "998", tries = 2000)
    void anyBookLineYieldsACode(@ForAll("csvLikeLines") final String line, @ForAll @IntRange(min = 1, max = 3) final int levels) {
        final byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);

        final int result = new LobsterOrderbookParser().parse(new UnsafeBuffer(bytes), 0, bytes.length, new LobsterBookRow(levels));

        assertThat(result).isBetween(LobsterResult.LINE_TOO_LONG, LobsterResult.OK);
    }

    @Provide
    Arbitrary<String> csvLikeLines() {
        return Arbitraries.strings().withChars("0123456789,.-+ e\r").ofMaxLength(60);
    }

    private static int parse(final LobsterMessageParser parser, final String line) {
        final byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(new UnsafeBuffer(bytes), 0, bytes.length);
    }
}

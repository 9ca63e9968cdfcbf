package io.fdp.feed.lobster;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class LobsterMessageReaderTest {
    private final RecordingLobsterListener listener = new RecordingLobsterListener();
    private final LobsterMessageReader reader = new LobsterMessageReader(listener);

    @Test
    void readsEveryLineOfTheTenLevelSampleIncludingItsUnterminatedLastLine() throws IOException {
        // 998 newlines: the 999th line has no terminator (awk 'END{print NR}' counts 999, wc -l 998).
        assertThat(reader.read(SharedData.MESSAGES_10)).isEqualTo(999);

        assertThat(reader.messageCount()).isEqualTo(999);
        assertThat(listener.rejections).isEmpty();
        assertThat(listener.countByType).containsExactly(0, 471, 0, 369, 98, 61, 0, 0);
        assertThat(listener.events.getFirst()).isEqualTo("34200004241176,1,16113575,18,5853300,1");
        assertThat(listener.events.get(8)).isEqualTo("34200201735987,3,16113594,18,5853100,1");
        assertThat(listener.events.get(45)).isEqualTo("34200275072491,5,0,100,5857900,-1");
        assertThat(listener.events.getLast()).isEqualTo("34249086375027,1,18259338,18,5853500,1");
    }

    @Test
    void readsEveryLineOfTheFiftyLevelSample() throws IOException {
        assertThat(reader.read(SharedData.MESSAGES_50)).isEqualTo(91_997);

        assertThat(reader.messageCount()).isEqualTo(91_997);
        assertThat(listener.rejections).isEmpty();
        assertThat(listener.countByType).containsExactly(0, 44_256, 469, 41_004, 4_067, 2_201, 0, 0);
        assertThat(listener.events.stream().filter(event -> event.endsWith(",-1")).count()).isEqualTo(46_874);
        // Line 39483 carries 12 decimals ("35821.088778456004"), a float-printing artefact; it rounds to the nanosecond.
        assertThat(listener.events.get(39_482)).isEqualTo("35821088778456,3,44276101,100,5851500,1");
        assertThat(listener.events.getLast()).startsWith("37799837447053,");
    }

    @Test
    void rejectsMalformedLinesByNumberAndKeepsReading() throws IOException {
        final String file = """
            34200.004241176,1,16113575,18,5853300,1
            34200.00426064,1,16113584,18,5853200
            34200.004447484,1,16113594,18,5853100,1

            34200.02,nine,16113594,18,5853100,1
            34200.03,9,16113594,18,5853100,1\r
            34200.201735987,3,16113594,18,5853100,1\r
            34200.275016159,4,5740544,40,5857400,-1""";

        assertThat(read(file)).isEqualTo(8);

        assertThat(listener.rejections).containsExactly(
            "2:WRONG_FIELD_COUNT", "4:WRONG_FIELD_COUNT", "5:MALFORMED_NUMBER", "6:OUT_OF_RANGE");
        assertThat(listener.events).containsExactly(
            "34200004241176,1,16113575,18,5853300,1",
            "34200004447484,1,16113594,18,5853100,1",
            "34200201735987,3,16113594,18,5853100,1",
            "34200275016159,4,5740544,40,5857400,-1");
        assertThat(reader.messageCount()).isEqualTo(4);
        assertThat(reader.rejectedCount(LobsterResult.WRONG_FIELD_COUNT)).isEqualTo(2);
        assertThat(reader.rejectedCount(LobsterResult.MALFORMED_NUMBER)).isEqualTo(1);
        assertThat(reader.rejectedCount(LobsterResult.OUT_OF_RANGE)).isEqualTo(1);
    }

    @Test
    void skipsALineLongerThanItsBufferAndReadsTheNextOne() throws IOException {
        final String huge = "1".repeat(LineReader.DEFAULT_CAPACITY * 2 + 17);
        final String file = "34200.5,1,1,1,1,1\n" + huge + "\n34200.6,1,2,1,1,1\n" + huge;

        assertThat(read(file)).isEqualTo(4);

        assertThat(listener.rejections).containsExactly("2:LINE_TOO_LONG", "4:LINE_TOO_LONG");
        assertThat(listener.events).containsExactly("34200500000000,1,1,1,1,1", "34200600000000,1,2,1,1,1");
    }

    @Test
    void streamedInTinyChunksReadsTheSameEvents() throws IOException {
        final byte[] file = Files.readAllBytes(SharedData.MESSAGES_10);
        reader.read(new ByteArrayInputStream(file));
        final RecordingLobsterListener streamed = new RecordingLobsterListener();

        new LobsterMessageReader(streamed).read(new TricklingInputStream(file));

        assertThat(streamed.events).isEqualTo(listener.events);
    }

    @Test
    void readsAnEmptyFileAsNoLines() throws IOException {
        assertThat(read("")).isZero();

        assertThat(listener.events).isEmpty();
        assertThat(listener.rejections).isEmpty();
    }

    private long read(final String text) throws IOException {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Hands out 1 to 11 bytes per read so that lines straddle every possible refill boundary. */
    static final class TricklingInputStream extends InputStream {
        private final ByteArrayInputStream in;
        private int next;

        TricklingInputStream(final byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(final byte[] b, final int off, final int len) {
            next = next % 11 + 1;
            return in.read(b, off, Math.min(len, next));
        }
    }
}

package io.fdp.feed.itch;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ItchFileReaderTest {
    private final RecordingItchListener listener = new RecordingItchListener();
    private final ItchFileReader reader = new ItchFileReader(listener);

    @Test
    void decodesEveryMessageOfTheNasdaqSampleToTheLastByte() throws IOException {
        assertThat(reader.read(SharedData.ITCH_SAMPLE)).isEqualTo(ItchResult.OK);

        assertThat(listener.count('S')).isEqualTo(6);
        assertThat(listener.count('R')).isEqualTo(3);
        assertThat(listener.count('H')).isEqualTo(3);
        assertThat(listener.count('A')).isEqualTo(4997);
        assertThat(listener.count('F')).isEqualTo(3);
        assertThat(listener.count('E')).isEqualTo(198);
        assertThat(listener.count('X')).isEqualTo(45);
        assertThat(listener.count('D')).isEqualTo(1745);
        assertThat(listener.count('U')).isEqualTo(12);
        assertThat(listener.count('P')).isEqualTo(5000);
        assertThat(listener.total()).isEqualTo(12_012);
        assertThat(reader.messageCount()).isEqualTo(12_012);
        assertThat(reader.position()).isEqualTo(465_048);
        assertThat(listener.rejections).isEmpty();
    }

    @Test
    void sampleStockDirectoryListsItsThreeStocks() throws IOException {
        reader.read(SharedData.ITCH_SAMPLE);

        final String common = " roundLot=100 roundLotsOnly=N classification=A subType=Z authenticity=P shortSaleThreshold=N ipo=N"
            + " luldTier=2 etp=N leverage=0 inverse=N";
        assertThat(listener.events).filteredOn(event -> event.startsWith("R")).containsExactly(
            "R locate=1 tracking=0 ts=11435930564116 stock=ALC category=N financialStatus=N" + common,
            "R locate=2 tracking=0 ts=11436025019799 stock=BOB category=S financialStatus=N" + common,
            "R locate=3 tracking=0 ts=11436069862295 stock=CHAR category=P financialStatus=N" + common);
    }

    @Test
    void sampleFirstAddOrderMatchesItsBytes() throws IOException {
        reader.read(SharedData.ITCH_SAMPLE);

        // Bytes at file offset 234: 41 0002 0000 1c522027c055 0000000000000000 42 000003e8 424f422020202020 0000cfaf
        assertThat(listener.first('A')).isEqualTo(
            "A locate=2 tracking=0 ts=31139052372053 ref=0 side=B shares=1000 stock=BOB price=53167");
    }

    @Test
    void sampleFirstTradeMatchesItsBytes() throws IOException {
        reader.read(SharedData.ITCH_SAMPLE);

        // Bytes at file offset 1079: 50 0002 0002 1f1d2a8ff961 0000000000000000 42 000000c8 424f422020202020 0000d055
        // 0000000000004bf7
        assertThat(listener.first('P')).isEqualTo(
            "P locate=2 tracking=2 ts=34210128591201 ref=0 side=B shares=200 stock=BOB price=53333 match=19447");
    }

    @Test
    void streamedInTinyChunksDecodesTheSameAsInMemory() throws IOException {
        final byte[] file = sampleBytes();
        assertThat(reader.read(new UnsafeBuffer(file), 0, file.length)).isEqualTo(ItchResult.OK);
        final RecordingItchListener streamed = new RecordingItchListener();
        final ItchFileReader streamingReader = new ItchFileReader(streamed);

        assertThat(streamingReader.read(new TricklingInputStream(file))).isEqualTo(ItchResult.OK);

        assertThat(streamed.events).isEqualTo(listener.events);
        assertThat(streamingReader.position()).isEqualTo(465_048);
    }

    @Test
    void readsAnUncompressedFileAsWellAsAGzippedOne() throws IOException {
        final var plain = Files.createTempFile("itch", ".bin");
        try {
            Files.write(plain, sampleBytes());
            assertThat(reader.read(plain)).isEqualTo(ItchResult.OK);
            assertThat(reader.messageCount()).isEqualTo(12_012);
        } finally {
            Files.delete(plain);
        }
    }

    @Test
    void rejectsBadFramesWithTheirOffsetsAndContinuesWhenTheLengthPrefixIsSet() {
        final byte[] add = addOrder(1);
        final byte[] framed = concat(
            frame(36, add),                                 // offset 0
            frame(10, Arrays.copyOf(add, 10)),              // offset 38: an add order cut short by its prefix
            frame(5, new byte[] {'z', 1, 2, 3, 4}),         // offset 50: unknown type
            frame(19, delete(7)),                           // offset 57
            frame(40, Arrays.copyOf(addOrder(2), 40)));     // offset 78: 4 trailing bytes the spec may add later

        assertThat(read(framed)).isEqualTo(ItchResult.OK);

        assertThat(listener.events).extracting(event -> event.substring(0, 1))
            .containsExactly("A", "D", "A");
        assertThat(listener.events.get(2)).contains("ref=2 ");
        assertThat(listener.rejections).containsExactly("38:TRUNCATED", "50:UNKNOWN_TYPE");
        assertThat(reader.rejectedCount(ItchResult.TRUNCATED)).isEqualTo(1);
        assertThat(reader.rejectedCount(ItchResult.UNKNOWN_TYPE)).isEqualTo(1);
        assertThat(reader.messageCount()).isEqualTo(3);
        assertThat(reader.position()).isEqualTo(framed.length);
    }

    @Test
    void stopsAtAnUnknownTypeBehindAZeroPrefixBecauseItsLengthIsUnknowable() {
        final byte[] framed = concat(frame(0, delete(7)), frame(0, new byte[] {'z', 0, 0, 0}), frame(0, delete(8)));

        assertThat(read(framed)).isEqualTo(ItchResult.FRAMING_LOST);

        assertThat(listener.events).hasSize(1);
        assertThat(listener.rejections).containsExactly("21:FRAMING_LOST");
        assertThat(reader.rejectedCount(ItchResult.FRAMING_LOST)).isEqualTo(1);
        assertThat(reader.position()).isEqualTo(21);
    }

    @Test
    void reportsAMessageCutOffByTheEndOfTheFile() {
        final byte[] framed = concat(frame(0, delete(7)), frame(0, Arrays.copyOf(addOrder(1), 20)));

        assertThat(read(framed)).isEqualTo(ItchResult.TRUNCATED);

        assertThat(listener.events).hasSize(1);
        assertThat(listener.rejections).containsExactly("21:TRUNCATED");
        assertThat(reader.position()).isEqualTo(21);
    }

    @Test
    void reportsAFrameWhosePrefixPromisesMoreThanTheFileHolds() {
        final byte[] framed = concat(frame(19, delete(7)), frame(36, Arrays.copyOf(addOrder(1), 30)));

        assertThat(read(framed)).isEqualTo(ItchResult.TRUNCATED);

        assertThat(listener.rejections).containsExactly("21:TRUNCATED");
    }

    @Test
    void reportsALoneTrailingByteAsTruncated() {
        assertThat(read(concat(frame(0, delete(7)), new byte[] {0}))).isEqualTo(ItchResult.TRUNCATED);

        assertThat(listener.rejections).containsExactly("21:TRUNCATED");
    }

    @Test
    void readsAnEmptyFileAsComplete() {
        assertThat(read(new byte[0])).isEqualTo(ItchResult.OK);

        assertThat(reader.messageCount()).isZero();
        assertThat(listener.rejections).isEmpty();
    }

    @Test
    void countersDescribeOnlyTheLatestRead() {
        read(concat(frame(5, new byte[] {'z', 1, 2, 3, 4})));
        read(frame(19, delete(7)));

        assertThat(reader.messageCount()).isEqualTo(1);
        assertThat(reader.rejectedCount(ItchResult.UNKNOWN_TYPE)).isZero();
    }

    private int read(final byte[] framed) {
        final int memory = reader.read(new UnsafeBuffer(framed), 0, framed.length);
        final ItchFileReader streaming = new ItchFileReader(new RecordingItchListener());
        try {
            assertThat(streaming.read(new TricklingInputStream(framed))).as("streamed").isEqualTo(memory);
        } catch (final IOException e) {
            throw new AssertionError(e);
        }
        assertThat(streaming.position()).as("streamed position").isEqualTo(reader.position());
        return memory;
    }

    static byte[] sampleBytes() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SharedData.ITCH_SAMPLE))) {
            return in.readAllBytes();
        }
    }

    private static byte[] addOrder(final long ref) {
        return SpecWriter.header('A', 1, 0, 1_000).u64(ref).ch('B').u32(100).stock("AAPL").u32(10_000).toArray();
    }

    private static byte[] delete(final long ref) {
        return SpecWriter.header('D', 1, 0, 2_000).u64(ref).toArray();
    }

    private static byte[] frame(final int prefix, final byte[] message) {
        return concat(new byte[] {(byte) (prefix >>> 8), (byte) prefix}, message);
    }

    private static byte[] concat(final byte[]... parts) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Hands out 1 to 13 bytes per read so that frames straddle every possible refill boundary. */
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
            next = next % 13 + 1;
            return in.read(b, off, Math.min(len, next));
        }
    }
}

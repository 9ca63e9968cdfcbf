package io.fdp.feed.dbn;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DbnFileReaderTest {
    /** The MBO sample's prefix and metadata: its first record starts at 353. */
    static final int MBO_HEAD_LENGTH = 353;

    private final RecordingDbnListener listener = new RecordingDbnListener();
    private final DbnFileReader reader = new DbnFileReader(listener);

    @Test
    void skipsUnknownTypesAndShortRecordsAndReportsThemWithTheirOffsets() {
        final byte[] shortMbo = Arrays.copyOf(mboRecord(0), 52);
        shortMbo[0] = 13;
        final byte[] stream = concat(
            mboHead(),                                                           // records from 353
            mboRecord(0),                                                        // 353
            RecordWriter.header(0x42, 1, 5482, 7).u64(0).toRecord(),            // 409: unknown rtype, 24 bytes
            shortMbo,                                                            // 433: an MBO of 52 bytes
            mboRecord(1));                                                       // 485

        assertThat(read(stream)).isEqualTo(DbnResult.OK);

        assertThat(listener.events).extracting(event -> event.substring(0, event.indexOf(' ')))
            .containsExactly("MBO", "SKIPPED", "MBO");
        assertThat(listener.events.get(1)).isEqualTo("SKIPPED rtype=0x42 length=24");
        assertThat(listener.rejections).containsExactly("433:SHORT_RECORD");
        assertThat(reader.recordCount()).isEqualTo(2);
        assertThat(reader.recordCount(DbnDescriptor.RTYPE_MBO)).isEqualTo(2);
        assertThat(reader.recordCount(0x42)).isEqualTo(1);
        assertThat(reader.skippedCount()).isEqualTo(1);
        assertThat(reader.rejectedCount(DbnResult.SHORT_RECORD)).isEqualTo(1);
        assertThat(reader.position()).isEqualTo(stream.length);
    }

    @Test
    void stopsAtALengthBelowTheHeaderBecauseTheNextRecordCannotBeFound() {
        final byte[] zeroLength = mboRecord(1);
        zeroLength[0] = 0;

        assertThat(read(concat(mboHead(), mboRecord(0), zeroLength, mboRecord(1)))).isEqualTo(DbnResult.BAD_LENGTH);

        assertThat(listener.events).hasSize(1);
        assertThat(listener.rejections).containsExactly("409:BAD_LENGTH");
        assertThat(reader.rejectedCount(DbnResult.BAD_LENGTH)).isEqualTo(1);
        assertThat(reader.position()).isEqualTo(409);
    }

    @Test
    void reportsARecordCutOffByTheEndOfTheFile() {
        assertThat(read(concat(mboHead(), mboRecord(0), Arrays.copyOf(mboRecord(1), 30)))).isEqualTo(DbnResult.TRUNCATED);

        assertThat(listener.events).hasSize(1);
        assertThat(listener.rejections).containsExactly("409:TRUNCATED");
        assertThat(reader.position()).isEqualTo(409);
    }

    @Test
    void reportsAHeaderCutOffByTheEndOfTheFile() {
        assertThat(read(concat(mboHead(), mboRecord(0), Arrays.copyOf(mboRecord(1), 10)))).isEqualTo(DbnResult.TRUNCATED);

        assertThat(listener.rejections).containsExactly("409:TRUNCATED");
    }

    @Test
    void readsMetadataWithoutRecordsAsComplete() {
        assertThat(read(mboHead())).isEqualTo(DbnResult.OK);

        assertThat(reader.recordCount()).isZero();
        assertThat(reader.metadata().symbols()).containsExactly("ESH1");
        assertThat(reader.position()).isEqualTo(MBO_HEAD_LENGTH);
    }

    @Test
    void rejectsAZstandardFileBeforeAnyRecord() throws IOException {
        final Path zstd = Files.createTempFile("dbn", ".dbn.zst");
        try {
            Files.write(zstd, new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x24, 0x00, 0x58, 0x01, 0, 0, 0, 0});
            assertThat(reader.read(zstd)).isEqualTo(DbnResult.UNSUPPORTED_COMPRESSION);
        } finally {
            Files.delete(zstd);
        }

        assertThat(listener.rejections).containsExactly("0:UNSUPPORTED_COMPRESSION");
        assertThat(reader.rejectedCount(DbnResult.UNSUPPORTED_COMPRESSION)).isEqualTo(1);
        assertThat(reader.metadata()).isNull();
        assertThat(listener.events).isEmpty();
    }

    @Test
    void rejectsMetadataProblemsAtOffsetZeroAndReadsNoRecord() {
        final byte[] version1 = SharedData.sampleBytes("mbo");
        version1[DbnDescriptor.VERSION_OFFSET] = 1;

        assertThat(read(version1)).isEqualTo(DbnResult.UNSUPPORTED_VERSION);
        assertThat(read(Arrays.copyOf(mboHead(), 300))).isEqualTo(DbnResult.TRUNCATED);
        assertThat(read(new byte[0])).isEqualTo(DbnResult.TRUNCATED);
        assertThat(read("not a DBN file".getBytes(StandardCharsets.US_ASCII))).isEqualTo(DbnResult.NOT_DBN);

        assertThat(listener.events).isEmpty();
        assertThat(listener.rejections).containsExactly("0:UNSUPPORTED_VERSION", "0:TRUNCATED", "0:TRUNCATED", "0:NOT_DBN");
    }

    @Test
    void streamedInTinyChunksDecodesTheSameAsInMemoryAcrossManyWindows() throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mboHead());
        for (int i = 0; i < 5_000; i++) {
            out.writeBytes(mboRecord(i % 2));
        }
        final byte[] stream = out.toByteArray();

        assertThat(reader.read(new UnsafeBuffer(stream), 0, stream.length)).isEqualTo(DbnResult.OK);
        final RecordingDbnListener streamed = new RecordingDbnListener();
        final DbnFileReader streamingReader = new DbnFileReader(streamed);

        assertThat(streamingReader.read(new TricklingInputStream(stream))).isEqualTo(DbnResult.OK);

        assertThat(reader.recordCount()).isEqualTo(5_000);
        assertThat(streamingReader.recordCount()).isEqualTo(5_000);
        assertThat(streamed.events).isEqualTo(listener.events);
        assertThat(streamingReader.position()).isEqualTo(stream.length);
    }

    @Test
    void readsAStreamAtAnOffsetOfALargerBufferWithOffsetsRelativeToIt() {
        final byte[] zeroLength = mboRecord(1);
        zeroLength[0] = 0;
        final byte[] stream = concat(mboHead(), mboRecord(0), zeroLength);
        final byte[] padded = new byte[stream.length + 11];
        System.arraycopy(stream, 0, padded, 5, stream.length);

        assertThat(reader.read(new UnsafeBuffer(padded), 5, stream.length)).isEqualTo(DbnResult.BAD_LENGTH);

        assertThat(listener.rejections).containsExactly("409:BAD_LENGTH");
        assertThat(reader.position()).isEqualTo(409);
    }

    @Test
    void countersDescribeOnlyTheLatestRead() {
        final byte[] unknown = RecordWriter.header(0x42, 1, 5482, 7).u64(0).toRecord();
        read(concat(mboHead(), unknown, Arrays.copyOf(mboRecord(0), 20)));
        read(concat(mboHead(), mboRecord(0)));

        assertThat(reader.recordCount()).isEqualTo(1);
        assertThat(reader.skippedCount()).isZero();
        assertThat(reader.recordCount(0x42)).isZero();
        assertThat(reader.rejectedCount(DbnResult.TRUNCATED)).isZero();
        assertThat(reader.recordCount(-1)).isZero();
        assertThat(reader.rejectedCount(DbnResult.OK)).isZero();
    }

    /** Reads in memory and as a trickling stream, checks both agree, and returns the in-memory status. */
    private int read(final byte[] stream) {
        final int memory = reader.read(new UnsafeBuffer(stream), 0, stream.length);
        final RecordingDbnListener streamedListener = new RecordingDbnListener();
        final DbnFileReader streaming = new DbnFileReader(streamedListener);
        try {
            assertThat(streaming.read(new TricklingInputStream(stream))).as("streamed").isEqualTo(memory);
        } catch (final IOException e) {
            throw new AssertionError(e);
        }
        assertThat(streaming.position()).as("streamed position").isEqualTo(reader.position());
        assertThat(streamedListener.rejections).as("streamed rejections").isEqualTo(listener.rejections.subList(
            listener.rejections.size() - streamedListener.rejections.size(), listener.rejections.size()));
        return memory;
    }

    static byte[] mboHead() {
        return Arrays.copyOf(SharedData.sampleBytes("mbo"), MBO_HEAD_LENGTH);
    }

    /** One of the MBO sample's two 56-byte records. */
    static byte[] mboRecord(final int index) {
        final int start = MBO_HEAD_LENGTH + 56 * index;
        return Arrays.copyOfRange(SharedData.sampleBytes("mbo"), start, start + 56);
    }

    static byte[] concat(final byte[]... parts) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Hands out at most a few bytes per read, so records and metadata straddle every possible boundary. */
    static final class TricklingInputStream extends InputStream {
        private final ByteArrayInputStream in;
        private int next;

        TricklingInputStream(final byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(final byte[] bytes, final int offset, final int length) {
            next = next % 7 + 1;
            return in.read(bytes, offset, Math.min(length, next));
        }
    }
}

package io.fdp.feed.dbn;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile input never makes the decoders or the reader throw or read outside the range they were given.
 *
 * <p>Every buffer handed to a decoder ends exactly where its range ends, so any over-read trips Agrona's bounds check
 * and fails the property with an {@link IndexOutOfBoundsException}. The recording listener reads every field of every
 * view it is given (each definition accessor, each book level), so the views are held to the same bound.
 */
class DbnDecoderPropertyTest {
    private static final List<String> SCHEMAS = List.of("mbo", "mbp-1", "mbp-10", "tbbo", "trades", "ohlcv-1s", "ohlcv-1m",
        "ohlcv-1h", "status", "statistics", "definition", "imbalance");
    private static final int[] KNOWN_RTYPES = {0x00, 0x01, 0x0A, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x20, 0x24, 0xA0};

    @Example
    void boundsChecksAreOnSoOverReadsWouldFail() {
        assertThatThrownBy(() -> new UnsafeBuffer(new byte[3]).getInt(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Example
    void theSamplesHoldTwentySixRecords() {
        assertThat(Sample.RECORDS).hasSize(26);
    }

    @Property(seed = "1609160400", tries = 3000)
    void realRecordsWithFlippedBitsYieldTheirLengthOrACode(
        @ForAll @IntRange(min = 0, max = 25) final int index,
        @ForAll @Size(min = 1, max = 8) final List<@IntRange(min = 0, max = 3199) Integer> bits) {
        final byte[] record = Sample.RECORDS.get(index).clone();
        for (final int bit : bits) {
            final int position = bit % (record.length * 8);
            record[position / 8] ^= (byte) (1 << (position % 8));
        }
        Statistics.label("outcome").collect(assertDecodesWithinRange(record, 0, record.length));
        Statistics.label("outcome").coverage(checker -> {
            checker.check("decoded").percentage(percent -> percent > 30);
            checker.check("skipped").count(count -> count > 0);
            checker.check("SHORT_RECORD").count(count -> count > 0);
        });
    }

    @Property(seed = "5482", tries = 1500)
    void realRecordsCutShortAreTruncatedWithoutACallback(
        @ForAll @IntRange(min = 0, max = 25) final int index, @ForAll @IntRange(min = 0, max = 399) final int cut) {
        final byte[] record = Sample.RECORDS.get(index);
        final int length = cut % record.length;
        final RecordingDbnListener listener = new RecordingDbnListener();

        final int result = new DbnDecoder(listener).decode(new UnsafeBuffer(record, 0, length), 0, length);

        assertThat(result).isEqualTo(DbnResult.TRUNCATED);
        assertThat(listener.events).isEmpty();
    }

    @Property(seed = "1170352", tries = 2000)
    void realRecordsWithAnyLengthByteInAnyRangeYieldTheirLengthOrACode(
        @ForAll @IntRange(min = 0, max = 25) final int index,
        @ForAll @IntRange(min = 0, max = 255) final int lengthWords,
        @ForAll @IntRange(min = 0, max = 1100) final int rangeLength,
        @ForAll final byte filler) {
        final byte[] record = Sample.RECORDS.get(index);
        final byte[] bytes = new byte[rangeLength];
        Arrays.fill(bytes, filler);
        System.arraycopy(record, 0, bytes, 0, Math.min(record.length, rangeLength));
        if (rangeLength > 0) {
            bytes[0] = (byte) lengthWords;
        }
        Statistics.label("outcome").collect(assertDecodesWithinRange(bytes, 0, rangeLength));
        Statistics.label("outcome").coverage(checker -> {
            checker.check("decoded").count(count -> count > 100);
            checker.check("TRUNCATED").count(count -> count > 100);
            checker.check("BAD_LENGTH").count(count -> count > 0);
            checker.check("SHORT_RECORD").count(count -> count > 100);
        });
    }

    @Property(seed = "20201228", tries = 3000)
    void randomBytesYieldACodeOrTheLengthTheyDeclare(@ForAll("slices") final Slice slice) {
        Statistics.label("outcome").collect(assertDecodesWithinRange(slice.bytes(), slice.offset(), slice.length()));
        Statistics.label("outcome").coverage(checker -> checker.check("decoded").count(count -> count > 10));
    }

    @Property(seed = "345", tries = 1500)
    void metadataWithFlippedBitsOrCutShortNeverOverreads(
        @ForAll @IntRange(min = 0, max = 11) final int schema,
        @ForAll @Size(max = 6) final List<@IntRange(min = 0, max = 41_375) Integer> bits,
        @ForAll @IntRange(min = 0, max = 6_000) final int cut) {
        final byte[] file = SharedData.sampleBytes(SCHEMAS.get(schema));
        for (final int bit : bits) {
            final int position = bit % (file.length * 8);
            file[position / 8] ^= (byte) (1 << (position % 8));
        }
        final int length = Math.min(cut, file.length);
        final DbnMetadataDecoder decoder = new DbnMetadataDecoder();

        final int result = decoder.decode(new UnsafeBuffer(file, 0, length), 0, length);

        if (result > 0) {
            assertThat(result).isLessThanOrEqualTo(length);
            assertThat(decoder.metadata()).isNotNull();
        } else {
            assertThat(result).isBetween(1 - DbnResult.CODE_COUNT, -1);
            assertThat(decoder.metadata()).isNull();
        }
    }

    @Property(seed = "1633353900", tries = 400)
    void readerSurvivesAnyMixOfRecordsAndNoiseAndStreamsAsItReadsInMemory(@ForAll("streams") final byte[] stream)
        throws IOException {
        final RecordingDbnListener inMemory = new RecordingDbnListener();
        final DbnFileReader memoryReader = new DbnFileReader(inMemory);
        final RecordingDbnListener streamed = new RecordingDbnListener();
        final DbnFileReader streamReader = new DbnFileReader(streamed);

        final int status = memoryReader.read(new UnsafeBuffer(stream), 0, stream.length);
        final int streamStatus = streamReader.read(new DbnFileReaderTest.TricklingInputStream(stream));

        assertThat(status).isIn(DbnResult.OK, DbnResult.TRUNCATED, DbnResult.BAD_LENGTH);
        assertThat(memoryReader.position()).isBetween((long) DbnFileReaderTest.MBO_HEAD_LENGTH, (long) stream.length);
        assertThat(status == DbnResult.OK).isEqualTo(memoryReader.position() == stream.length);
        assertThat(memoryReader.recordCount() + memoryReader.skippedCount()).isEqualTo(inMemory.events.size());
        assertThat(streamStatus).isEqualTo(status);
        assertThat(streamed.events).isEqualTo(inMemory.events);
        assertThat(streamed.rejections).isEqualTo(inMemory.rejections);
    }

    /**
     * Decodes {@code [offset, offset + length)} from a buffer that ends there, checks the result is the expected one,
     * and names the outcome: {@code "decoded"}, {@code "skipped"} or the code's name.
     */
    private static String assertDecodesWithinRange(final byte[] bytes, final int offset, final int length) {
        final RecordingDbnListener listener = new RecordingDbnListener();
        final UnsafeBuffer exact = new UnsafeBuffer(bytes, 0, offset + length);

        final int result = new DbnDecoder(listener).decode(exact, offset, length);

        assertThat(result).isEqualTo(expectedResult(bytes, offset, length));
        assertThat(listener.events).hasSize(result > 0 ? 1 : 0);
        if (result <= 0) {
            return DbnResult.name(result);
        }
        return listener.events.get(0).startsWith("SKIPPED") ? "skipped" : "decoded";
    }

    /** The decoder's contract restated from the v2 struct sizes, independent of its code. */
    private static int expectedResult(final byte[] bytes, final int offset, final int length) {
        if (length < 16) {
            return DbnResult.TRUNCATED;
        }
        final int recordLength = (bytes[offset] & 0xFF) * 4;
        if (recordLength < 16) {
            return DbnResult.BAD_LENGTH;
        }
        if (recordLength > length) {
            return DbnResult.TRUNCATED;
        }
        final Integer layout = DbnDecoderTest.V2_LENGTHS.get(bytes[offset + 1] & 0xFF);
        return layout != null && recordLength < layout ? DbnResult.SHORT_RECORD : recordLength;
    }

    @Provide
    Arbitrary<Slice> slices() {
        final Arbitrary<Integer> rtypeOrKeep = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(Arrays.stream(KNOWN_RTYPES).boxed().toList())),
            Tuple.of(1, Arbitraries.just(-1)));
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(1100).flatMap(bytes ->
            Arbitraries.integers().between(0, bytes.length).flatMap(offset ->
                Combinators.combine(Arbitraries.integers().between(0, bytes.length - offset), rtypeOrKeep)
                    .as((length, rtype) -> Slice.of(bytes, offset, length, rtype))));
    }

    @Provide
    Arbitrary<byte[]> streams() {
        final Arbitrary<byte[]> real = Arbitraries.integers().between(0, 25).map(Sample.RECORDS::get);
        final Arbitrary<byte[]> mutated = Combinators.combine(
                Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 399))
            .as((index, value, at) -> {
                final byte[] record = Sample.RECORDS.get(index).clone();
                record[at % record.length] = value.byteValue();
                return record;
            });
        final Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        return Arbitraries.frequencyOf(Tuple.of(4, real), Tuple.of(3, mutated), Tuple.of(1, noise))
            .list().ofMaxSize(16).map(parts -> {
                final ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(DbnFileReaderTest.mboHead());
                parts.forEach(out::writeBytes);
                return out.toByteArray();
            });
    }

    /** A range of a byte array whose rtype byte may be replaced by a known type to reach the decoding paths. */
    record Slice(byte[] bytes, int offset, int length) {
        static Slice of(final byte[] source, final int offset, final int length, final int rtype) {
            final byte[] bytes = source.clone();
            if (rtype >= 0 && offset + 1 < bytes.length) {
                bytes[offset + 1] = (byte) rtype;
            }
            return new Slice(bytes, offset, length);
        }

        @Override
        public String toString() {
            return "Slice[" + bytes.length + " bytes, offset=" + offset + ", length=" + length + "]";
        }
    }

    /** The 26 records of the twelve sample files, loaded once. */
    private static final class Sample {
        static final List<byte[]> RECORDS = load();

        private static List<byte[]> load() {
            final List<byte[]> records = new ArrayList<>();
            for (final String schema : SCHEMAS) {
                final byte[] file = SharedData.sampleBytes(schema);
                final long first = DbnMetadataDecoder.recordsOffset(new UnsafeBuffer(file), 0, file.length);
                int offset = (int) first;
                while (offset < file.length) {
                    final int length = (file[offset] & 0xFF) * 4;
                    records.add(Arrays.copyOfRange(file, offset, offset + length));
                    offset += length;
                }
            }
            return records;
        }
    }
}

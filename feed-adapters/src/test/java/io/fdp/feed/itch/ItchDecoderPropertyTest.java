package io.fdp.feed.itch;

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
import org.agrona.concurrent.UnsafeBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile input never makes the decoder or the reader throw or read outside the range they were given.
 *
 * <p>Every buffer handed to the decoder ends exactly where its range ends, so any over-read trips Agrona's bounds check
 * and fails the property with an {@link IndexOutOfBoundsException}.
 */
class ItchDecoderPropertyTest {
    private static final byte[] TYPES = "SRHYLVWKJhAFECXDUPQBINO".getBytes(StandardCharsets.US_ASCII);

    @Example
    void boundsChecksAreOnSoOverReadsWouldFail() {
        assertThatThrownBy(() -> new UnsafeBuffer(new byte[3]).getInt(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Property(seed = "20101224", tries = 3000)
    void randomBytesYieldACodeOrExactlyTheTypesLength(@ForAll("slices") final Slice slice) {
        assertDecodesWithinRange(slice.bytes(), slice.offset(), slice.length());
    }

    @Property(seed = "465048", tries = 2000)
    void realMessagesWithFlippedBitsYieldACodeOrExactlyTheTypesLength(
        @ForAll @IntRange(min = 0, max = 12_011) final int index,
        @ForAll @Size(min = 1, max = 8) final List<@IntRange(min = 0, max = 399) Integer> bits) {
        final byte[] message = Sample.MESSAGES.get(index).clone();
        for (final int bit : bits) {
            final int position = bit % (message.length * 8);
            message[position / 8] ^= (byte) (1 << (position % 8));
        }
        assertDecodesWithinRange(message, 0, message.length);
    }

    @Property(seed = "12012", tries = 1000)
    void realMessagesCutShortAreTruncatedWithoutACallback(
        @ForAll @IntRange(min = 0, max = 12_011) final int index, @ForAll @IntRange(min = 0, max = 49) final int cut) {
        final byte[] message = Sample.MESSAGES.get(index);
        final int length = cut % message.length;
        final RecordingItchListener listener = new RecordingItchListener();

        final int result = new ItchDecoder(listener).decode(new UnsafeBuffer(message, 0, length), 0, length);

        assertThat(result).isEqualTo(ItchResult.TRUNCATED);
        assertThat(listener.events).isEmpty();
    }

    @Property(seed = "5000", tries = 500)
    void readerSurvivesAnyFramingAndStreamsAsItReadsInMemory(@ForAll("framedFiles") final byte[] file) throws IOException {
        final RecordingItchListener inMemory = new RecordingItchListener();
        final ItchFileReader memoryReader = new ItchFileReader(inMemory);
        final RecordingItchListener streamed = new RecordingItchListener();
        final ItchFileReader streamReader = new ItchFileReader(streamed);

        final int status = memoryReader.read(new UnsafeBuffer(file), 0, file.length);
        final int streamStatus = streamReader.read(new ItchFileReaderTest.TricklingInputStream(file));

        assertThat(status).isIn(ItchResult.OK, ItchResult.TRUNCATED, ItchResult.FRAMING_LOST);
        assertThat(memoryReader.position()).isBetween(0L, (long) file.length);
        assertThat(status == ItchResult.OK).isEqualTo(memoryReader.position() == file.length);
        assertThat(memoryReader.messageCount()).isEqualTo(inMemory.total());
        assertThat(streamStatus).isEqualTo(status);
        assertThat(streamed.events).isEqualTo(inMemory.events);
        assertThat(streamed.rejections).isEqualTo(inMemory.rejections);
    }

    private static void assertDecodesWithinRange(final byte[] bytes, final int offset, final int length) {
        final RecordingItchListener listener = new RecordingItchListener();
        final UnsafeBuffer exact = new UnsafeBuffer(bytes, 0, offset + length);

        final int result = new ItchDecoder(listener).decode(exact, offset, length);

        final int typeLength = length == 0 ? ItchResult.TRUNCATED : ItchDescriptor.messageLength(bytes[offset]);
        if (typeLength < 0) {
            assertThat(result).isEqualTo(typeLength);
        } else if (typeLength > length) {
            assertThat(result).isEqualTo(ItchResult.TRUNCATED);
        } else {
            assertThat(result).isEqualTo(typeLength);
        }
        assertThat(listener.events).hasSize(result > 0 ? 1 : 0);
    }

    @Provide
    Arbitrary<Slice> slices() {
        final Arbitrary<Integer> typeOrKeep = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, TYPES.length - 1)),
            Tuple.of(1, Arbitraries.just(-1)));
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(64).flatMap(bytes ->
            Arbitraries.integers().between(0, bytes.length).flatMap(offset ->
                Combinators.combine(Arbitraries.integers().between(0, bytes.length - offset), typeOrKeep)
                    .as((length, type) -> Slice.of(bytes, offset, length, type))));
    }

    @Provide
    Arbitrary<byte[]> framedFiles() {
        final Arbitrary<byte[]> zeroPrefixed = Arbitraries.integers().between(0, 12_011)
            .map(index -> frame(0, Sample.MESSAGES.get(index)));
        final Arbitrary<byte[]> lengthPrefixed = Arbitraries.integers().between(0, 12_011)
            .map(index -> frame(Sample.MESSAGES.get(index).length, Sample.MESSAGES.get(index)));
        final Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
        return Arbitraries.oneOf(zeroPrefixed, lengthPrefixed, noise).list().ofMaxSize(12).map(parts -> {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            parts.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    private static byte[] frame(final int prefix, final byte[] message) {
        final byte[] framed = new byte[2 + message.length];
        framed[0] = (byte) (prefix >>> 8);
        framed[1] = (byte) prefix;
        System.arraycopy(message, 0, framed, 2, message.length);
        return framed;
    }

    /** A range of a byte array, the first byte of the range possibly replaced by a known type. */
    record Slice(byte[] bytes, int offset, int length) {
        static Slice of(final byte[] source, final int offset, final int length, final int typeIndex) {
            final byte[] bytes = source.clone();
            if (typeIndex >= 0 && offset < bytes.length) {
                bytes[offset] = TYPES[typeIndex];
            }
            return new Slice(bytes, offset, length);
        }

        @Override
        public String toString() {
            return "Slice[" + Arrays.toString(bytes) + ", offset=" + offset + ", length=" + length + "]";
        }
    }

    /** The 12,012 messages of the NASDAQ sample, unframed, loaded once. */
    private static final class Sample {
        static final List<byte[]> MESSAGES = load();

        private static List<byte[]> load() {
            try {
                final byte[] file = ItchFileReaderTest.sampleBytes();
                final List<byte[]> messages = new ArrayList<>();
                int offset = 0;
                while (offset < file.length) {
                    final int length = ItchDescriptor.messageLength(file[offset + 2]);
                    messages.add(Arrays.copyOfRange(file, offset + 2, offset + 2 + length));
                    offset += 2 + length;
                }
                return messages;
            } catch (final IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

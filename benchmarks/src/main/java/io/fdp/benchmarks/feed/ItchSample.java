package io.fdp.benchmarks.feed;

import io.fdp.feed.itch.ItchDescriptor;
import io.fdp.feed.itch.ItchFileReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The shared ITCH sample gunzipped into memory, with the offset and length of every message found once, so that the
 * decode benchmarks measure decoding and nothing else.
 */
final class ItchSample {
    /** The uncompressed BinaryFILE bytes: a 2-byte length prefix before each message. */
    final byte[] bytes;
    /** Offset of each message's type byte in {@link #bytes}. */
    final int[] offsets;
    /** Length of each message. */
    final int[] lengths;

    private ItchSample(final byte[] bytes, final int[] offsets, final int[] lengths) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.lengths = lengths;
    }

    /**
     * Loads the shared sample ({@link SharedData#ITCH}).
     *
     * @return the sample.
     */
    static ItchSample load() {
        return load(SharedData.file(SharedData.ITCH));
    }

    /**
     * Loads a gzipped ITCH file; a zero length prefix means "as long as the type says", as in {@link ItchFileReader}.
     *
     * @param file the file.
     * @return the sample.
     */
    static ItchSample load(final Path file) {
        final byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            bytes = in.readAllBytes();
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        int[] offsets = new int[1_024];
        int[] lengths = new int[1_024];
        int count = 0;
        int index = 0;
        while (index + ItchFileReader.LENGTH_PREFIX_LENGTH < bytes.length) {
            final int prefix = ((bytes[index] & 0xFF) << 8) | (bytes[index + 1] & 0xFF);
            final int type = index + ItchFileReader.LENGTH_PREFIX_LENGTH;
            final int length = prefix != 0 ? prefix : ItchDescriptor.messageLength(bytes[type]);
            if (length <= 0 || type + length > bytes.length) {
                throw new IllegalStateException("unreadable ITCH frame at byte " + index + " of " + file);
            }
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            offsets[count] = type;
            lengths[count] = length;
            count++;
            index = type + length;
        }
        if (index != bytes.length) {
            throw new IllegalStateException(file + " ends inside a frame");
        }
        return new ItchSample(bytes, Arrays.copyOf(offsets, count), Arrays.copyOf(lengths, count));
    }

    /** @return the number of messages. */
    int messages() {
        return offsets.length;
    }
}

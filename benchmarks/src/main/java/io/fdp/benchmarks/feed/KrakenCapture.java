package io.fdp.benchmarks.feed;

import io.fdp.feed.recorded.RecordedLineHandler;
import io.fdp.feed.recorded.RecordedLineReader;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A recorded websocket capture in memory, split once into the byte range and receive time of every inbound message,
 * so that the decode benchmarks measure the venue adapter and nothing of the line splitting.
 */
final class KrakenCapture {
    /** The whole capture file. */
    final byte[] bytes;
    /** The same bytes for the adapter. */
    final UnsafeBuffer buffer;
    /** Offset of each inbound message's JSON body. */
    final int[] offsets;
    /** Length of each body. */
    final int[] lengths;
    /** Receive time of each message, epoch nanoseconds. */
    final long[] receiveTimesNs;

    private KrakenCapture(final byte[] bytes, final int[] offsets, final int[] lengths, final long[] receiveTimesNs) {
        this.bytes = bytes;
        buffer = new UnsafeBuffer(bytes);
        this.offsets = offsets;
        this.lengths = lengths;
        this.receiveTimesNs = receiveTimesNs;
    }

    /**
     * Loads the shared Kraken capture ({@link SharedData#KRAKEN}).
     *
     * @return the capture.
     */
    static KrakenCapture load() {
        return load(SharedData.file(SharedData.KRAKEN));
    }

    /**
     * Loads a capture; REST responses, connection and outbound lines are left out, a malformed line fails.
     *
     * @param file the capture.
     * @return its inbound messages.
     */
    static KrakenCapture load(final Path file) {
        final byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        final Splitter splitter = new Splitter();
        new RecordedLineReader().read(new UnsafeBuffer(bytes), 0, bytes.length, splitter);
        final int n = splitter.count;
        return new KrakenCapture(bytes, Arrays.copyOf(splitter.offsets, n), Arrays.copyOf(splitter.lengths, n),
            Arrays.copyOf(splitter.times, n));
    }

    /** @return the number of inbound messages. */
    int messages() {
        return offsets.length;
    }

    /** Collects the inbound messages' ranges. */
    private static final class Splitter implements RecordedLineHandler {
        private int[] offsets = new int[1_024];
        private int[] lengths = new int[1_024];
        private long[] times = new long[1_024];
        private int count;

        @Override
        public void onMessage(final int lineNumber, final long receiveTimeNs, final DirectBuffer buffer, final int offset,
            final int length) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
                times = Arrays.copyOf(times, count * 2);
            }
            offsets[count] = offset;
            lengths[count] = length;
            times[count] = receiveTimeNs;
            count++;
        }

        @Override
        public void onResponse(final int lineNumber, final long receiveTimeNs, final DirectBuffer buffer, final int urlOffset,
            final int urlLength, final int offset, final int length) {
            // A websocket capture: REST responses are not part of what the adapter decodes.
        }

        @Override
        public void onMalformedLine(final int lineNumber, final int reason) {
            throw new IllegalStateException("malformed capture line " + lineNumber + " (reason " + reason + ")");
        }
    }
}

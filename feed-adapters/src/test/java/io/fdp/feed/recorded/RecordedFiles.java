package io.fdp.feed.recorded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Test access to the shared recorded captures, which are never copied into the repository.
 */
public final class RecordedFiles {
    /** One captured line that carries data. */
    public record Line(int lineNumber, long receiveTimeNs, String url, byte[] body) {
    }

    private RecordedFiles() {
    }

    /**
     * Path of a file under the shared data directory.
     *
     * @param relative path below {@code shared/data}.
     * @return the path.
     */
    public static Path path(final String relative) {
        final String dir = System.getProperty("fdp.shared.dir");
        final Path root = dir != null && !dir.isEmpty() ? Path.of(dir) : Path.of("..", "..", "shared");
        return root.resolve("data").resolve(relative);
    }

    /**
     * Whole file contents in a buffer.
     *
     * @param relative path below {@code shared/data}.
     * @return the contents.
     */
    public static UnsafeBuffer load(final String relative) {
        try {
            return new UnsafeBuffer(Files.readAllBytes(path(relative)));
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Every message and response line of a capture, copied out.
     *
     * @param relative path below {@code shared/data}.
     * @return the lines in file order.
     */
    public static List<Line> lines(final String relative) {
        final UnsafeBuffer buffer = load(relative);
        final List<Line> lines = new ArrayList<>();
        new RecordedLineReader().read(buffer, 0, buffer.capacity(), new RecordedLineHandler() {
            @Override
            public void onMessage(
                final int lineNumber, final long receiveTimeNs, final DirectBuffer b, final int offset, final int length) {
                final byte[] body = new byte[length];
                b.getBytes(offset, body);
                lines.add(new Line(lineNumber, receiveTimeNs, null, body));
            }

            @Override
            public void onResponse(
                final int lineNumber,
                final long receiveTimeNs,
                final DirectBuffer b,
                final int urlOffset,
                final int urlLength,
                final int offset,
                final int length) {
                final byte[] body = new byte[length];
                b.getBytes(offset, body);
                lines.add(new Line(lineNumber, receiveTimeNs, b.getStringWithoutLengthAscii(urlOffset, urlLength), body));
            }

            @Override
            public void onMalformedLine(final int lineNumber, final int reason) {
                throw new AssertionError("malformed line " + lineNumber + " reason " + reason);
            }
        });
        return lines;
    }

    /**
     * Feed every message line of a capture to a decoder, counting result codes.
     *
     * @param buffer  the capture.
     * @param decoder to call.
     * @param results count of each result code, indexed by code + 16.
     * @return number of messages fed.
     */
    public static int replay(final DirectBuffer buffer, final RecordedReplay.MessageDecoder decoder, final long[] results) {
        final Replay replay = new Replay(decoder, results);
        replay.run(buffer);
        return (int)replay.replay.decodedLines();
    }

    /** A reusable replay of a capture's message lines that counts result codes and fails on malformed lines. */
    public static final class Replay implements RecordedReplay.ProblemHandler {
        private final RecordedReplay replay;

        /**
         * Create a replay.
         *
         * @param decoder to call for each message line.
         * @param results count of each result code, indexed by code + 16.
         */
        public Replay(final RecordedReplay.MessageDecoder decoder, final long[] results) {
            replay = new RecordedReplay((b, offset, length, receiveTimeNs) -> {
                final int result = decoder.decode(b, offset, length, receiveTimeNs);
                results[result + 16]++;
                return result;
            }, null, this);
        }

        /**
         * Feed every line of a capture.
         *
         * @param buffer the capture.
         */
        public void run(final DirectBuffer buffer) {
            replay.replay(buffer, 0, buffer.capacity());
        }

        @Override
        public void onRejectedLine(final int lineNumber, final int reason) {
            if (reason == RecordedReplay.NO_RESPONSE_DECODER) {
                throw new AssertionError("unexpected response line " + lineNumber);
            }
        }

        @Override
        public void onMalformedLine(final int lineNumber, final int reason) {
            throw new AssertionError("malformed line " + lineNumber + " reason " + reason);
        }
    }

    /**
     * Bytes allocated by the calling thread while running an action.
     *
     * @param action to measure.
     * @return allocated bytes.
     */
    public static long allocatedBytes(final Runnable action) {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
        final long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * A copy of a message with one mutation applied: a byte replaced, truncation, a byte deleted, a byte inserted,
     * or a span duplicated.
     *
     * @param original the message.
     * @param kind     0 to 4, which mutation.
     * @param position where, modulo the length.
     * @param value    byte to write or insert.
     * @return the mutated copy.
     */
    public static byte[] mutate(final byte[] original, final int kind, final int position, final byte value) {
        final int at = original.length == 0 ? 0 : position % original.length;
        switch (kind) {
            case 0: {
                final byte[] copy = original.clone();
                if (copy.length > 0) {
                    copy[at] = value;
                }
                return copy;
            }
            case 1:
                return java.util.Arrays.copyOf(original, at);
            case 2: {
                final byte[] copy = new byte[Math.max(0, original.length - 1)];
                System.arraycopy(original, 0, copy, 0, Math.min(at, copy.length));
                System.arraycopy(original, Math.min(at + 1, original.length), copy, at, copy.length - at);
                return copy;
            }
            case 3: {
                final byte[] copy = new byte[original.length + 1];
                System.arraycopy(original, 0, copy, 0, at);
                copy[at] = value;
                System.arraycopy(original, at, copy, at + 1, original.length - at);
                return copy;
            }
            default: {
                final int span = Math.min(16, original.length - at);
                final byte[] copy = new byte[original.length + span];
                System.arraycopy(original, 0, copy, 0, at + span);
                System.arraycopy(original, at, copy, at + span, original.length - at);
                return copy;
            }
        }
    }
}

package io.fdp.feed.itch;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads ITCH 5.0 files in NASDAQ's BinaryFILE framing and feeds every message to an {@link ItchDecoder}.
 *
 * <p>Each message is preceded by a 2-byte big-endian length:
 * <pre>
 *   0                 2                      2 + length
 *   +-----------------+----------------------+-----------------+----------- ...
 *   | length (uint16) | message (type first) | length (uint16) | message
 *   +-----------------+----------------------+-----------------+----------- ...
 * </pre>
 * Some published samples (among them the {@code TEST_ITCH_50} file shipped with the RITCH package) write every prefix
 * as {@code 00 00}; a zero prefix therefore means "as long as the message type says". A frame that cannot be decoded
 * is reported to {@link ItchListener#onRejected(long, int)} with the offset of its length prefix and counted by
 * reason; reading continues after it when its length is known (a non-zero prefix) and stops otherwise.
 *
 * <p>Not thread-safe. The reader owns one reusable window buffer, so reading a file of any size allocates only the
 * streams that open it; counters describe the most recent {@code read}.
 */
public final class ItchFileReader {
    /** Length of the BinaryFILE length prefix. */
    public static final int LENGTH_PREFIX_LENGTH = 2;

    private static final int WINDOW_CAPACITY = 1 << 17;
    private static final int NEED_MORE = 1;
    private static final int GZIP_MAGIC = 0x1F8B;

    private final ItchListener listener;
    private final ItchDecoder decoder;
    private final byte[] window = new byte[WINDOW_CAPACITY];
    private final UnsafeBuffer windowBuffer = new UnsafeBuffer(window);
    private final long[] rejectedByReason = new long[4];
    private long messageCount;
    private long position;
    private int status;

    /**
     * Creates a reader that decodes into one listener, which also receives the rejections.
     *
     * @param listener receives decoded messages and rejected frames.
     */
    public ItchFileReader(final ItchListener listener) {
        this.listener = listener;
        this.decoder = new ItchDecoder(listener);
    }

    /**
     * Reads a whole file, gunzipping it first when it starts with the gzip magic bytes.
     *
     * @param path the file to read.
     * @return {@link ItchResult#OK} when the input ended on a frame boundary, or the code that stopped the reading.
     * @throws IOException if the file cannot be read or its gzip stream is corrupt.
     */
    public int read(final Path path) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
            raw.mark(2);
            final int magic = (raw.read() << 8) | raw.read();
            raw.reset();
            if (magic == GZIP_MAGIC) {
                try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                    return read(in);
                }
            }
            return read(raw);
        }
    }

    /**
     * Reads framed messages from a stream until it ends or the framing is lost; the stream is not closed.
     *
     * @param in the uncompressed framed messages.
     * @return {@link ItchResult#OK} when the input ended on a frame boundary, or the code that stopped the reading.
     * @throws IOException if the stream fails.
     */
    public int read(final InputStream in) throws IOException {
        reset();
        long windowOffset = 0;
        int end = 0;
        boolean endOfInput = false;
        while (true) {
            final int stop = frames(windowBuffer, 0, end, windowOffset, endOfInput);
            if (status != NEED_MORE) {
                return status;
            }
            final int remaining = end - stop;
            System.arraycopy(window, stop, window, 0, remaining);
            windowOffset += stop;
            end = remaining;
            final int read = in.read(window, end, window.length - end);
            if (read < 0) {
                endOfInput = true;
            } else {
                end += read;
            }
        }
    }

    /**
     * Reads framed messages held in memory, for example a file mapped or loaded whole.
     *
     * @param buffer holding the frames.
     * @param offset of the first length prefix; reported offsets are relative to it.
     * @param length of the framed data.
     * @return {@link ItchResult#OK} when the data ended on a frame boundary, or the code that stopped the reading.
     */
    public int read(final DirectBuffer buffer, final int offset, final int length) {
        reset();
        frames(buffer, offset, offset + length, -offset, true);
        return status;
    }

    /**
     * Counts the messages decoded by the most recent read.
     *
     * @return the number of messages delivered to the listener.
     */
    public long messageCount() {
        return messageCount;
    }

    /**
     * Counts the frames the most recent read rejected for one reason.
     *
     * @param reason an {@link ItchResult} code.
     * @return how many rejections carried that code.
     */
    public long rejectedCount(final int reason) {
        return reason < 0 && -reason < rejectedByReason.length ? rejectedByReason[-reason] : 0;
    }

    /**
     * Gives the offset just past the last frame the most recent read consumed, where reading ended or stopped.
     *
     * @return the input offset of the first byte not consumed.
     */
    public long position() {
        return position;
    }

    private void reset() {
        messageCount = 0;
        position = 0;
        status = NEED_MORE;
        Arrays.fill(rejectedByReason, 0);
    }

    /**
     * Consumes whole frames from {@code [start, end)}, where buffer index {@code i} is input offset
     * {@code baseOffset + i}, and returns the index of the first unconsumed byte with {@link #status} set.
     */
    private int frames(
        final DirectBuffer buffer, final int start, final int end, final long baseOffset, final boolean endOfInput) {
        int index = start;
        while (true) {
            position = baseOffset + index;
            final int available = end - index;
            if (available < LENGTH_PREFIX_LENGTH + 1) {
                return endOfFrames(index, available, endOfInput);
            }
            final int prefix = buffer.getShort(index, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            final int frameLength;
            if (prefix != 0) {
                frameLength = LENGTH_PREFIX_LENGTH + prefix;
            } else {
                final int typeLength = ItchDescriptor.messageLength(buffer.getByte(index + LENGTH_PREFIX_LENGTH));
                if (typeLength < 0) {
                    return stop(index, ItchResult.FRAMING_LOST);
                }
                frameLength = LENGTH_PREFIX_LENGTH + typeLength;
            }
            if (available < frameLength) {
                return endOfInput ? stop(index, ItchResult.TRUNCATED) : needMore(index);
            }
            final int result = decoder.decode(buffer, index + LENGTH_PREFIX_LENGTH, frameLength - LENGTH_PREFIX_LENGTH);
            if (result > 0) {
                messageCount++;
            } else {
                reject(position, result);
            }
            index += frameLength;
        }
    }

    private int endOfFrames(final int index, final int available, final boolean endOfInput) {
        if (!endOfInput) {
            return needMore(index);
        }
        if (available == 0) {
            status = ItchResult.OK;
            return index;
        }
        return stop(index, ItchResult.TRUNCATED);
    }

    private int needMore(final int index) {
        status = NEED_MORE;
        return index;
    }

    private int stop(final int index, final int reason) {
        reject(position, reason);
        status = reason;
        return index;
    }

    private void reject(final long offset, final int reason) {
        rejectedByReason[-reason]++;
        listener.onRejected(offset, reason);
    }
}

package io.fdp.feed.dbn;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.fdp.feed.dbn.DbnDescriptor.HEADER_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.LENGTH_MULTIPLIER;
import static io.fdp.feed.dbn.DbnDescriptor.LENGTH_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.PREFIX_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.RTYPE_OFFSET;

/**
 * Reads an uncompressed DBN version 2 stream: the metadata, then every record through a {@link DbnDecoder}.
 *
 * <p>The metadata is decoded first (see {@link #metadata()}) and its schema tells the decoder whether rtype
 * {@link DbnDescriptor#RTYPE_MBP_1} means MBP-1 or TBBO. Records are then read back to back, each located by its
 * header's length. Whatever cannot be decoded is reported to {@link DbnListener#onRejected(long, int)} with its offset
 * from the start of the input and counted by reason:
 * <ul>
 *   <li>a problem with the prefix or metadata ({@link DbnResult#NOT_DBN}, {@link DbnResult#UNSUPPORTED_VERSION},
 *       {@link DbnResult#UNSUPPORTED_COMPRESSION} for a Zstandard file, {@link DbnResult#BAD_METADATA},
 *       {@link DbnResult#TRUNCATED}) is reported at offset 0 and stops the reading before any record;</li>
 *   <li>a record whose declared length is shorter than its type's layout ({@link DbnResult#SHORT_RECORD}) is skipped
 *       by that length and reading continues;</li>
 *   <li>a declared length below the 16-byte header ({@link DbnResult#BAD_LENGTH}) loses the framing, and a record cut
 *       off by the end of the input ({@link DbnResult#TRUNCATED}) ends it: both stop the reading there.</li>
 * </ul>
 * Records of types this package does not decode are not rejections: the decoder steps over them and reports them to
 * {@link DbnListener#onSkipped(int, int)}.
 *
 * <p>Not thread-safe. Records stream through one reusable window, so a file of any size costs the window plus its
 * metadata; counters describe the most recent {@code read}.
 */
public final class DbnFileReader {
    private static final int WINDOW_CAPACITY = 1 << 16;
    private static final int NEED_MORE = 1;

    private final DbnListener listener;
    private final DbnDecoder decoder;
    private final DbnMetadataDecoder metadataDecoder = new DbnMetadataDecoder();
    private final byte[] window = new byte[WINDOW_CAPACITY];
    private final UnsafeBuffer windowBuffer = new UnsafeBuffer(window);
    private final long[] rejectedByReason = new long[DbnResult.CODE_COUNT];
    private final long[] countByRtype = new long[256];
    private long recordCount;
    private long skippedCount;
    private long position;
    private int status;

    /**
     * Creates a reader that decodes into one listener, which also receives the rejections.
     *
     * @param listener receives decoded records, skipped record types and rejections.
     */
    public DbnFileReader(final DbnListener listener) {
        this.listener = listener;
        this.decoder = new DbnDecoder(listener);
    }

    /**
     * Reads a whole file.
     *
     * @param path the uncompressed {@code .dbn} file.
     * @return {@link DbnResult#OK} when the input ended on a record boundary, or the code that stopped the reading.
     * @throws IOException if the file cannot be read.
     */
    public int read(final Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), WINDOW_CAPACITY)) {
            return read(in);
        }
    }

    /**
     * Reads a stream until it ends or the framing is lost; the stream is not closed.
     *
     * @param in an uncompressed DBN stream, prefix first.
     * @return {@link DbnResult#OK} when the input ended on a record boundary, or the code that stopped the reading.
     * @throws IOException if the stream fails.
     */
    public int read(final InputStream in) throws IOException {
        reset();
        final byte[] prefix = in.readNBytes(PREFIX_LENGTH);
        final long recordsOffset = DbnMetadataDecoder.recordsOffset(new UnsafeBuffer(prefix), 0, prefix.length);
        if (recordsOffset < 0) {
            return rejectHead((int) recordsOffset);
        }
        // readNBytes grows with what arrives, so a corrupt length cannot make us allocate gigabytes up front.
        final byte[] metadataBytes = in.readNBytes((int) recordsOffset - PREFIX_LENGTH);
        final byte[] head = Arrays.copyOf(prefix, PREFIX_LENGTH + metadataBytes.length);
        System.arraycopy(metadataBytes, 0, head, PREFIX_LENGTH, metadataBytes.length);
        final int consumed = metadataDecoder.decode(new UnsafeBuffer(head), 0, head.length);
        if (consumed < 0) {
            return rejectHead(consumed);
        }
        decoder.schema(metadataDecoder.metadata().schema());
        long windowOffset = consumed;
        int end = 0;
        boolean endOfInput = false;
        while (true) {
            final int stop = records(windowBuffer, 0, end, windowOffset, endOfInput);
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
     * Reads a stream held in memory, for example a file mapped or loaded whole.
     *
     * @param buffer holding the stream.
     * @param offset of the prefix; reported offsets are relative to it.
     * @param length of the stream.
     * @return {@link DbnResult#OK} when the data ended on a record boundary, or the code that stopped the reading.
     */
    public int read(final DirectBuffer buffer, final int offset, final int length) {
        reset();
        final int consumed = metadataDecoder.decode(buffer, offset, length);
        if (consumed < 0) {
            return rejectHead(consumed);
        }
        decoder.schema(metadataDecoder.metadata().schema());
        records(buffer, offset + consumed, offset + length, -offset, true);
        return status;
    }

    /**
     * Gives the metadata of the most recent read.
     *
     * @return the metadata, or {@code null} when the prefix or metadata was rejected.
     */
    public DbnMetadata metadata() {
        return metadataDecoder.metadata();
    }

    /**
     * Counts the records the most recent read decoded and delivered to a record callback.
     *
     * @return the number of decoded records, skipped and rejected ones excluded.
     */
    public long recordCount() {
        return recordCount;
    }

    /**
     * Counts the well-framed records of one type the most recent read met, decoded or skipped.
     *
     * @param rtype a record type, 0 to 255.
     * @return how many records of that type were decoded or skipped.
     */
    public long recordCount(final int rtype) {
        return rtype >= 0 && rtype < countByRtype.length ? countByRtype[rtype] : 0;
    }

    /**
     * Counts the records of unknown types the most recent read stepped over.
     *
     * @return the number of records reported to {@link DbnListener#onSkipped(int, int)}.
     */
    public long skippedCount() {
        return skippedCount;
    }

    /**
     * Counts what the most recent read rejected for one reason.
     *
     * @param reason a {@link DbnResult} code.
     * @return how many rejections carried that code.
     */
    public long rejectedCount(final int reason) {
        return reason < 0 && -reason < rejectedByReason.length ? rejectedByReason[-reason] : 0;
    }

    /**
     * Gives the offset just past the last record the most recent read consumed, where reading ended or stopped.
     *
     * @return the input offset of the first byte not consumed (0 when the metadata was rejected).
     */
    public long position() {
        return position;
    }

    private void reset() {
        recordCount = 0;
        skippedCount = 0;
        position = 0;
        status = NEED_MORE;
        Arrays.fill(rejectedByReason, 0);
        Arrays.fill(countByRtype, 0);
    }

    /**
     * Consumes whole records from {@code [start, end)}, where buffer index {@code i} is input offset
     * {@code baseOffset + i}, and returns the index of the first unconsumed byte with {@link #status} set.
     */
    private int records(
        final DirectBuffer buffer, final int start, final int end, final long baseOffset, final boolean endOfInput) {
        int index = start;
        while (true) {
            position = baseOffset + index;
            final int available = end - index;
            if (available < HEADER_LENGTH) {
                return endOfRecords(index, available, endOfInput);
            }
            final int recordLength = (buffer.getByte(index + LENGTH_OFFSET) & 0xFF) * LENGTH_MULTIPLIER;
            if (recordLength < HEADER_LENGTH) {
                return stop(index, DbnResult.BAD_LENGTH);
            }
            if (available < recordLength) {
                return endOfInput ? stop(index, DbnResult.TRUNCATED) : needMore(index);
            }
            final int rtype = buffer.getByte(index + RTYPE_OFFSET) & 0xFF;
            final int result = decoder.decode(buffer, index, recordLength);
            if (result > 0) {
                countByRtype[rtype]++;
                if (DbnDescriptor.recordLength(rtype) < 0) {
                    skippedCount++;
                } else {
                    recordCount++;
                }
            } else {
                reject(position, result);
            }
            index += recordLength;
        }
    }

    private int endOfRecords(final int index, final int available, final boolean endOfInput) {
        if (!endOfInput) {
            return needMore(index);
        }
        if (available == 0) {
            status = DbnResult.OK;
            return index;
        }
        return stop(index, DbnResult.TRUNCATED);
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

    private int rejectHead(final int reason) {
        reject(0, reason);
        status = reason;
        return reason;
    }

    private void reject(final long offset, final int reason) {
        rejectedByReason[-reason]++;
        listener.onRejected(offset, reason);
    }
}

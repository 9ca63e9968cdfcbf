package io.fdp.feed.dbn;

import org.agrona.DirectBuffer;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import static io.fdp.feed.dbn.DbnDescriptor.DATASET_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.DATASET_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.END_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LIMIT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.MAGIC_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.METADATA_FIXED_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.METADATA_LENGTH_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.METADATA_VARIABLE_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.PREFIX_LENGTH;
import static io.fdp.feed.dbn.DbnDescriptor.SCHEMA_DEFINITION_LENGTH_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SCHEMA_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.START_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STYPE_IN_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.STYPE_OUT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.SUPPORTED_VERSION;
import static io.fdp.feed.dbn.DbnDescriptor.SYMBOL_CSTR_LEN_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.TS_OUT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.VERSION_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.ZSTD_MAGIC;

/**
 * Decodes the prefix and metadata at the head of a DBN version 2 stream into a {@link DbnMetadata}.
 *
 * <p>Off the hot path: it allocates the strings and lists it returns. It throws nothing for bad input; every count is
 * checked against the bytes left in the metadata before anything is allocated for it. Not thread-safe.
 */
public final class DbnMetadataDecoder {
    private static final ByteOrder LITTLE = ByteOrder.LITTLE_ENDIAN;
    private static final byte[] MAGIC = {'D', 'B', 'N'};
    private static final int COUNT_LENGTH = 4;
    private static final int DATE_PAIR_LENGTH = 8;

    private DbnMetadata metadata;

    /**
     * Checks the 8-byte prefix and returns where the records start, without decoding the metadata.
     *
     * @param buffer holding the start of the stream.
     * @param offset of the stream's first byte.
     * @param length bytes available from {@code offset}.
     * @return the offset of the first record relative to {@code offset} ({@code 8} plus the metadata length), or
     *     {@link DbnResult#UNSUPPORTED_COMPRESSION}, {@link DbnResult#NOT_DBN}, {@link DbnResult#TRUNCATED} (fewer than
     *     8 bytes), {@link DbnResult#UNSUPPORTED_VERSION} or {@link DbnResult#BAD_METADATA} (a length too small for
     *     the fixed part or too large for an int offset).
     */
    public static long recordsOffset(final DirectBuffer buffer, final int offset, final int length) {
        if (length >= 4 && buffer.getInt(offset, LITTLE) == ZSTD_MAGIC) {
            return DbnResult.UNSUPPORTED_COMPRESSION;
        }
        for (int i = 0; i < MAGIC_LENGTH && i < length; i++) {
            if (buffer.getByte(offset + i) != MAGIC[i]) {
                return DbnResult.NOT_DBN;
            }
        }
        if (length < PREFIX_LENGTH) {
            return DbnResult.TRUNCATED;
        }
        if ((buffer.getByte(offset + VERSION_OFFSET) & 0xFF) != SUPPORTED_VERSION) {
            return DbnResult.UNSUPPORTED_VERSION;
        }
        final long metadataLength = buffer.getInt(offset + METADATA_LENGTH_OFFSET, LITTLE) & 0xFFFF_FFFFL;
        if (metadataLength < METADATA_FIXED_LENGTH || metadataLength > Integer.MAX_VALUE - PREFIX_LENGTH) {
            return DbnResult.BAD_METADATA;
        }
        return PREFIX_LENGTH + metadataLength;
    }

    /**
     * Decodes the prefix and metadata; the result is then available from {@link #metadata()}.
     *
     * @param buffer holding the start of the stream.
     * @param offset of the stream's first byte ({@code 'D'}).
     * @param length bytes available from {@code offset}.
     * @return the bytes consumed (prefix and metadata: the records start there), or a negative {@link DbnResult}
     *     code: those of {@link #recordsOffset}, {@link DbnResult#TRUNCATED} when the metadata runs past
     *     {@code length}, {@link DbnResult#BAD_METADATA} when its contents overrun its own length.
     */
    public int decode(final DirectBuffer buffer, final int offset, final int length) {
        metadata = null;
        final long end = recordsOffset(buffer, offset, length);
        if (end < 0) {
            return (int) end;
        }
        if (end > length) {
            return DbnResult.TRUNCATED;
        }
        final Cursor cursor = new Cursor(buffer, offset + METADATA_VARIABLE_OFFSET, offset + (int) end);
        final int symbolWidth = buffer.getShort(offset + SYMBOL_CSTR_LEN_OFFSET, LITTLE) & 0xFFFF;
        final long schemaDefinitionLength = buffer.getInt(offset + SCHEMA_DEFINITION_LENGTH_OFFSET, LITTLE) & 0xFFFF_FFFFL;
        if (symbolWidth == 0 || !cursor.skip(schemaDefinitionLength)) {
            return DbnResult.BAD_METADATA;
        }
        final List<String> symbols = cursor.symbols(symbolWidth);
        final List<String> partial = symbols == null ? null : cursor.symbols(symbolWidth);
        final List<String> notFound = partial == null ? null : cursor.symbols(symbolWidth);
        final List<DbnMetadata.SymbolMapping> mappings = notFound == null ? null : cursor.mappings(symbolWidth);
        if (mappings == null) {
            return DbnResult.BAD_METADATA;
        }
        metadata = new DbnMetadata(
            buffer.getByte(offset + VERSION_OFFSET) & 0xFF,
            DbnText.read(buffer, offset + DATASET_OFFSET, DATASET_LENGTH),
            buffer.getShort(offset + SCHEMA_OFFSET, LITTLE) & 0xFFFF,
            buffer.getLong(offset + START_OFFSET, LITTLE),
            buffer.getLong(offset + END_OFFSET, LITTLE),
            buffer.getLong(offset + LIMIT_OFFSET, LITTLE),
            buffer.getByte(offset + STYPE_IN_OFFSET) & 0xFF,
            buffer.getByte(offset + STYPE_OUT_OFFSET) & 0xFF,
            buffer.getByte(offset + TS_OUT_OFFSET) != 0,
            symbolWidth,
            symbols,
            partial,
            notFound,
            mappings);
        return (int) end;
    }

    /**
     * Gives the metadata of the most recent successful {@link #decode}.
     *
     * @return the metadata, or {@code null} when the last decode failed or none ran.
     */
    public DbnMetadata metadata() {
        return metadata;
    }

    /** Reads the variable part of the metadata, refusing anything that would run past its end. */
    private static final class Cursor {
        private final DirectBuffer buffer;
        private final int end;
        private int position;

        Cursor(final DirectBuffer buffer, final int position, final int end) {
            this.buffer = buffer;
            this.position = position;
            this.end = end;
        }

        boolean skip(final long bytes) {
            if (bytes > end - position) {
                return false;
            }
            position += (int) bytes;
            return true;
        }

        /** Reads a count that promises at least {@code entryLength} bytes per entry, or -1 if they cannot fit. */
        long count(final int entryLength) {
            if (end - position < COUNT_LENGTH) {
                return -1;
            }
            final long count = buffer.getInt(position, LITTLE) & 0xFFFF_FFFFL;
            position += COUNT_LENGTH;
            return count * entryLength <= end - position ? count : -1;
        }

        String symbol(final int width) {
            final String symbol = DbnText.read(buffer, position, width);
            position += width;
            return symbol;
        }

        List<String> symbols(final int width) {
            final long count = count(width);
            if (count < 0) {
                return null;
            }
            final List<String> symbols = new ArrayList<>((int) count);
            for (int i = 0; i < count; i++) {
                symbols.add(symbol(width));
            }
            return symbols;
        }

        List<DbnMetadata.SymbolMapping> mappings(final int width) {
            final long count = count(width + COUNT_LENGTH);
            if (count < 0) {
                return null;
            }
            final List<DbnMetadata.SymbolMapping> mappings = new ArrayList<>((int) count);
            for (int i = 0; i < count; i++) {
                final String rawSymbol = symbol(width);
                final long intervalCount = count(DATE_PAIR_LENGTH + width);
                if (intervalCount < 0) {
                    return null;
                }
                final List<DbnMetadata.MappingInterval> intervals = new ArrayList<>((int) intervalCount);
                for (int j = 0; j < intervalCount; j++) {
                    final int startDate = buffer.getInt(position, LITTLE);
                    final int endDate = buffer.getInt(position + 4, LITTLE);
                    position += DATE_PAIR_LENGTH;
                    intervals.add(new DbnMetadata.MappingInterval(startDate, endDate, symbol(width)));
                }
                mappings.add(new DbnMetadata.SymbolMapping(rawSymbol, intervals));
            }
            return mappings;
        }
    }
}

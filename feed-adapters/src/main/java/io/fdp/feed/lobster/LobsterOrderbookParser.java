package io.fdp.feed.lobster;

import org.agrona.DirectBuffer;

/**
 * Parses one line of a LOBSTER orderbook file ({@code askPx1,askSz1,bidPx1,bidSz1,...}) into a {@link LobsterBookRow}.
 *
 * <p>Not thread-safe; allocates nothing per line. Prices may be negative (the empty-bid sentinel is); sizes may not.
 */
public final class LobsterOrderbookParser {
    private final DecimalFieldParser decimals = new DecimalFieldParser();

    /**
     * Parses the line in {@code [offset, offset + length)}, without its line terminator, into the row.
     *
     * @param buffer holding the line.
     * @param offset of the first character.
     * @param length of the line.
     * @param row    receives the levels; it must have the file's depth, and holds a partial mix after a failure.
     * @return {@link LobsterResult#OK}, or the code of the first problem found.
     */
    public int parse(final DirectBuffer buffer, final int offset, final int length, final LobsterBookRow row) {
        final int fieldCount = row.levels() * LobsterDescriptor.FIELDS_PER_LEVEL;
        final int end = offset + length;
        int field = 0;
        int start = offset;
        for (int index = offset; index <= end; index++) {
            if (index < end && buffer.getByte(index) != ',') {
                continue;
            }
            if (field == fieldCount) {
                return LobsterResult.WRONG_FIELD_COUNT;
            }
            final boolean isPrice = field % LobsterDescriptor.FIELDS_PER_LEVEL == LobsterDescriptor.ASK_PRICE_FIELD
                || field % LobsterDescriptor.FIELDS_PER_LEVEL == LobsterDescriptor.BID_PRICE_FIELD;
            final int result = decimals.parseLong(buffer, start, index, isPrice);
            if (result != LobsterResult.OK) {
                return result;
            }
            row.set(field++, decimals.value());
            start = index + 1;
        }
        return field == fieldCount ? LobsterResult.OK : LobsterResult.WRONG_FIELD_COUNT;
    }
}

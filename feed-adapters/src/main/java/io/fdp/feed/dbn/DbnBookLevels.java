package io.fdp.feed.dbn;

import org.agrona.DirectBuffer;

import java.nio.ByteOrder;
import java.util.Objects;

import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_ASK_CT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_ASK_PX_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_ASK_SZ_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_BID_CT_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_BID_PX_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_BID_SZ_OFFSET;
import static io.fdp.feed.dbn.DbnDescriptor.LEVEL_LENGTH;

/**
 * The bid/ask levels of an MBP-10 record viewed in place; level 0 is the top of the book.
 *
 * <p>The decoder reuses one view and re-points it at each record, so a listener reads the levels during the callback.
 * Prices are mantissas with exponent {@link DbnDescriptor#PRICE_EXPONENT} ({@link DbnDescriptor#UNDEF_PRICE} for an
 * empty level); sizes and counts are unsigned 32-bit values returned as non-negative longs. Not thread-safe.
 */
public final class DbnBookLevels {
    private static final ByteOrder LITTLE = ByteOrder.LITTLE_ENDIAN;

    private DirectBuffer buffer;
    private int offset;
    private int count;

    /**
     * Points the view at consecutive levels.
     *
     * @param buffer holding the levels.
     * @param offset of the first level.
     * @param count  number of levels.
     * @return this view.
     */
    public DbnBookLevels wrap(final DirectBuffer buffer, final int offset, final int count) {
        this.buffer = buffer;
        this.offset = offset;
        this.count = count;
        return this;
    }

    /**
     * Counts the levels in view.
     *
     * @return {@link DbnDescriptor#MBP_10_LEVEL_COUNT} for an MBP-10 record.
     */
    public int count() {
        return count;
    }

    /**
     * Reads the bid price of a level.
     *
     * @param level from 0 (top of book) to {@code count() - 1}.
     * @return the price mantissa.
     */
    public long bidPriceMantissa(final int level) {
        return buffer.getLong(at(level) + LEVEL_BID_PX_OFFSET, LITTLE);
    }

    /**
     * Reads the ask price of a level.
     *
     * @param level from 0 (top of book) to {@code count() - 1}.
     * @return the price mantissa.
     */
    public long askPriceMantissa(final int level) {
        return buffer.getLong(at(level) + LEVEL_ASK_PX_OFFSET, LITTLE);
    }

    /**
     * Reads the total bid size of a level.
     *
     * @param level from 0 (top of book) to {@code count() - 1}.
     * @return the size.
     */
    public long bidSize(final int level) {
        return uint32(at(level) + LEVEL_BID_SZ_OFFSET);
    }

    /**
     * Reads the total ask size of a level.
     *
     * @param level from 0 (top of book) to {@code count() - 1}.
     * @return the size.
     */
    public long askSize(final int level) {
        return uint32(at(level) + LEVEL_ASK_SZ_OFFSET);
    }

    /**
     * Reads the number of bid orders at a level.
     *
     * @param level from 0 (top of book) to {@code count() - 1}.
     * @return the order count.
     */
    public long bidCount(final int level) {
        return uint32(at(level) + LEVEL_BID_CT_OFFSET);
    }

    /**
     * Reads the number of ask orders at a level.
     *
     * @param level from 0 (top of book) to {@code count() - 1}.
     * @return the order count.
     */
    public long askCount(final int level) {
        return uint32(at(level) + LEVEL_ASK_CT_OFFSET);
    }

    private int at(final int level) {
        return offset + Objects.checkIndex(level, count) * LEVEL_LENGTH;
    }

    private long uint32(final int index) {
        return buffer.getInt(index, LITTLE) & 0xFFFF_FFFFL;
    }
}

package io.fdp.feed.lobster;

import java.util.Arrays;

/**
 * One row of a LOBSTER orderbook file held in preallocated arrays: price and size of each ask and bid level.
 *
 * <p>Level 0 is the best. Values are exactly those of the file, so an empty level keeps its sentinel price
 * ({@link LobsterDescriptor#EMPTY_ASK_PRICE} or {@link LobsterDescriptor#EMPTY_BID_PRICE}) and size 0. Mutable and
 * reused from line to line by {@link LobsterOrderbookParser}; not thread-safe.
 */
public final class LobsterBookRow {
    private final long[] askPrice;
    private final long[] askSize;
    private final long[] bidPrice;
    private final long[] bidSize;

    /**
     * Creates an all-empty row for a file of the given depth.
     *
     * @param levels number of levels per side in the file, e.g. 10 for {@code ..._orderbook_10.csv}.
     */
    public LobsterBookRow(final int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("levels must be positive: " + levels);
        }
        askPrice = new long[levels];
        askSize = new long[levels];
        bidPrice = new long[levels];
        bidSize = new long[levels];
        Arrays.fill(askPrice, LobsterDescriptor.EMPTY_ASK_PRICE);
        Arrays.fill(bidPrice, LobsterDescriptor.EMPTY_BID_PRICE);
    }

    /**
     * Gives the number of levels per side.
     *
     * @return the depth this row was created for.
     */
    public int levels() {
        return askPrice.length;
    }

    /**
     * Gives the ask price of a level.
     *
     * @param level 0 for the best ask.
     * @return the price mantissa, or {@link LobsterDescriptor#EMPTY_ASK_PRICE}.
     */
    public long askPrice(final int level) {
        return askPrice[level];
    }

    /**
     * Gives the ask size of a level.
     *
     * @param level 0 for the best ask.
     * @return the number of shares, 0 when empty.
     */
    public long askSize(final int level) {
        return askSize[level];
    }

    /**
     * Gives the bid price of a level.
     *
     * @param level 0 for the best bid.
     * @return the price mantissa, or {@link LobsterDescriptor#EMPTY_BID_PRICE}.
     */
    public long bidPrice(final int level) {
        return bidPrice[level];
    }

    /**
     * Gives the bid size of a level.
     *
     * @param level 0 for the best bid.
     * @return the number of shares, 0 when empty.
     */
    public long bidSize(final int level) {
        return bidSize[level];
    }

    /**
     * Counts the non-empty ask levels.
     *
     * @return the number of ask levels whose price is not the empty sentinel.
     */
    public int askDepth() {
        int depth = 0;
        for (final long price : askPrice) {
            if (price != LobsterDescriptor.EMPTY_ASK_PRICE) {
                depth++;
            }
        }
        return depth;
    }

    /**
     * Counts the non-empty bid levels.
     *
     * @return the number of bid levels whose price is not the empty sentinel.
     */
    public int bidDepth() {
        int depth = 0;
        for (final long price : bidPrice) {
            if (price != LobsterDescriptor.EMPTY_BID_PRICE) {
                depth++;
            }
        }
        return depth;
    }

    void set(final int field, final long value) {
        final int level = field / LobsterDescriptor.FIELDS_PER_LEVEL;
        switch (field % LobsterDescriptor.FIELDS_PER_LEVEL) {
            case LobsterDescriptor.ASK_PRICE_FIELD -> askPrice[level] = value;
            case LobsterDescriptor.ASK_SIZE_FIELD -> askSize[level] = value;
            case LobsterDescriptor.BID_PRICE_FIELD -> bidPrice[level] = value;
            default -> bidSize[level] = value;
        }
    }

    void copyFrom(final LobsterBookRow other) {
        System.arraycopy(other.askPrice, 0, askPrice, 0, askPrice.length);
        System.arraycopy(other.askSize, 0, askSize, 0, askSize.length);
        System.arraycopy(other.bidPrice, 0, bidPrice, 0, bidPrice.length);
        System.arraycopy(other.bidSize, 0, bidSize, 0, bidSize.length);
    }
}

package io.fdp.engine.book;

import io.fdp.engine.hash.StateHash;
import static io.fdp.engine.book.BookResult.APPLIED_CROSSED;
import static io.fdp.engine.book.BookResult.CAPACITY_EXCEEDED;
import static io.fdp.engine.book.BookResult.INVALID_PRICE;
import static io.fdp.engine.book.BookResult.INVALID_SIDE;
import static io.fdp.engine.book.BookResult.NEGATIVE_SIZE;
import static io.fdp.engine.book.BookResult.OK;
import static io.fdp.engine.book.BookResult.SIZE_OVERFLOW;
import static io.fdp.engine.book.BookResult.UNKNOWN_LEVEL;
import static io.fdp.engine.book.PriceLadder.NONE;

/**
 * L2 book for feeds that publish aggregated sizes per price level and no order ids.
 * <p>
 * Each side is a {@link PriceLadder}: a sorted array with the best level at the end, so updates near the touch shift
 * few elements (find O(log L), insert and delete O(log L + k) for {@code k} better levels, best level O(1)). Level
 * order counts are 0, as the feed carries no orders. All storage is allocated in the constructor; operations allocate
 * nothing and report problems with {@link BookResult} codes, leaving the book unchanged when they reject.
 * <p>
 * Threading: owned by one thread.
 */
public final class PriceLevelBook extends LadderBook {
    /**
     * Creates an empty book with room for {@code levelCapacity} levels on each side.
     *
     * @param levelCapacity maximum number of price levels per side.
     */
    public PriceLevelBook(final int levelCapacity) {
        super(checkedLevelCapacity(levelCapacity));
    }

    /**
     * Sets the aggregate size at a price level, creating the level if needed; size 0 deletes the level.
     *
     * @param side  {@link Side#BUY} or {@link Side#SELL}.
     * @param price positive price mantissa.
     * @param size  new aggregate size, 0 to delete the level.
     * @return {@link BookResult#OK} or {@link BookResult#APPLIED_CROSSED} when applied; otherwise
     *     {@link BookResult#INVALID_SIDE}, {@link BookResult#INVALID_PRICE}, {@link BookResult#NEGATIVE_SIZE},
     *     {@link BookResult#UNKNOWN_LEVEL} (size 0 at an absent level), {@link BookResult#SIZE_OVERFLOW} or
     *     {@link BookResult#CAPACITY_EXCEEDED}.
     */
    public int set(final byte side, final long price, final long size) {
        if (!Side.isValid(side)) {
            return INVALID_SIDE;
        }
        if (price <= 0) {
            return INVALID_PRICE;
        }
        if (size < 0) {
            return NEGATIVE_SIZE;
        }
        if (size == 0) {
            return delete(side, price);
        }

        final PriceLadder ladder = ladder(side);
        final int slot = ladder.find(price);
        final long currentSize = slot != NONE ? ladder.size(slot) : 0;
        if (size > Long.MAX_VALUE - (ladder.totalSize() - currentSize)) {
            return SIZE_OVERFLOW;
        }
        if (slot == NONE && ladder.isFull()) {
            return CAPACITY_EXCEEDED;
        }

        final int levelSlot = slot != NONE ? slot : ladder.findOrInsert(price);
        ladder.addToLevel(levelSlot, size - currentSize, 0);
        return outcome();
    }

    /**
     * Deletes the level at a price.
     *
     * @param side  {@link Side#BUY} or {@link Side#SELL}.
     * @param price positive price mantissa.
     * @return {@link BookResult#OK} or {@link BookResult#APPLIED_CROSSED} when applied; otherwise
     *     {@link BookResult#INVALID_SIDE}, {@link BookResult#INVALID_PRICE} or {@link BookResult#UNKNOWN_LEVEL}.
     */
    public int delete(final byte side, final long price) {
        if (!Side.isValid(side)) {
            return INVALID_SIDE;
        }
        if (price <= 0) {
            return INVALID_PRICE;
        }

        final PriceLadder ladder = ladder(side);
        final int slot = ladder.find(price);
        if (slot == NONE) {
            return UNKNOWN_LEVEL;
        }
        ladder.remove(slot);
        return outcome();
    }

    /** Removes every level from both sides. */
    public void clear() {
        bids.clear();
        asks.clear();
    }

    private static int checkedLevelCapacity(final int levelCapacity) {
        if (levelCapacity < 1) {
            throw new IllegalArgumentException("levelCapacity must be positive: " + levelCapacity);
        }
        return levelCapacity;
    }

    /** {@inheritDoc} */
    @Override
    public long stateHash(final long seed) {
        return StateHash.finish(hashLevels(hashLevels(StateHash.start(seed), bids), asks));
    }

    private static long hashLevels(final long hash, final PriceLadder ladder) {
        final int count = ladder.count();
        long h = StateHash.mix(hash, count);
        for (int i = 0; i < count; i++) {
            final int slot = ladder.slotAt(i);
            h = StateHash.mix(h, ladder.price(slot));
            h = StateHash.mix(h, ladder.size(slot));
        }
        return h;
    }

    private int outcome() {
        return isCrossed() ? APPLIED_CROSSED : OK;
    }

}

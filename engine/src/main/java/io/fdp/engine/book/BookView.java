package io.fdp.engine.book;

/**
 * Read side of a book, shared by {@link PriceLevelBook} (L2) and {@link OrderBook} (L3, whose levels are its aggregated
 * L2 view).
 * <p>
 * Levels are addressed by index from the touch: index 0 is the best level, so bids read in descending price and asks in
 * ascending price. Reads never allocate and never throw: an empty side, an index out of range or an invalid side gives
 * {@link #NULL_PRICE} for prices and 0 for sizes and counts.
 * <p>
 * Threading: a book is owned by one thread; these reads are only safe on that thread. Other threads get copies
 * (see {@link #copyTopLevels(byte, int, long[], long[], int[])}) published by the owner.
 */
public interface BookView {
    /** Sentinel for an absent price: an empty side or a level index out of range. */
    long NULL_PRICE = Long.MIN_VALUE;

    /**
     * Price mantissa of the best (highest) bid.
     *
     * @return best bid price, or {@link #NULL_PRICE} when there are no bids.
     */
    long bestBidPrice();

    /**
     * Aggregate size of the best bid level.
     *
     * @return best bid size, or 0 when there are no bids.
     */
    long bestBidSize();

    /**
     * Price mantissa of the best (lowest) ask.
     *
     * @return best ask price, or {@link #NULL_PRICE} when there are no asks.
     */
    long bestAskPrice();

    /**
     * Aggregate size of the best ask level.
     *
     * @return best ask size, or 0 when there are no asks.
     */
    long bestAskSize();

    /**
     * Number of price levels on a side.
     *
     * @param side {@link Side#BUY} or {@link Side#SELL}.
     * @return number of levels, 0 for an invalid side.
     */
    int levelCount(byte side);

    /**
     * Price mantissa of a level.
     *
     * @param side       {@link Side#BUY} or {@link Side#SELL}.
     * @param levelIndex 0 for the best level.
     * @return the level's price, or {@link #NULL_PRICE} when there is no such level.
     */
    long levelPrice(byte side, int levelIndex);

    /**
     * Aggregate size of a level.
     *
     * @param side       {@link Side#BUY} or {@link Side#SELL}.
     * @param levelIndex 0 for the best level.
     * @return the level's size, or 0 when there is no such level.
     */
    long levelSize(byte side, int levelIndex);

    /**
     * Number of orders resting at a level; 0 for books whose feed carries no orders.
     *
     * @param side       {@link Side#BUY} or {@link Side#SELL}.
     * @param levelIndex 0 for the best level.
     * @return the level's order count, or 0 when there is no such level.
     */
    int levelOrderCount(byte side, int levelIndex);

    /**
     * Sum of the sizes of all levels on a side.
     *
     * @param side {@link Side#BUY} or {@link Side#SELL}.
     * @return total size on the side, 0 when empty or for an invalid side.
     */
    long totalDepth(byte side);

    /**
     * Whether both sides are non-empty and the best bid is at or above the best ask.
     *
     * @return true when the book is crossed (or locked).
     */
    boolean isCrossed();

    /**
     * A count that grows whenever the best level of either side is added, removed or resized; when two reads return the
     * same count, the best bid and offer did not change in between (a cheap test before reading them).
     *
     * @return the count.
     */
    long topChanges();

    /**
     * Deterministic hash of the whole book state, equal for equal states whatever the history of allocations.
     *
     * @param seed mixed in first, so independent hashes of the same state can be taken.
     * @return hash of every level of both sides (and, for an L3 book, every order in FIFO order).
     */
    long stateHash(long seed);

    /**
     * Copies the best levels of a side, best first, into caller-owned arrays.
     *
     * @param side        {@link Side#BUY} or {@link Side#SELL}.
     * @param depth       maximum number of levels to copy.
     * @param prices      receives level prices.
     * @param sizes       receives level sizes.
     * @param orderCounts receives level order counts.
     * @return number of levels copied: the least of {@code depth}, the level count and the arrays' lengths.
     */
    default int copyTopLevels(byte side, int depth, long[] prices, long[] sizes, int[] orderCounts) {
        return copyTopLevels(side, depth, prices, sizes, orderCounts, 0);
    }

    /**
     * Copies the best levels of a side, best first, into caller-owned arrays from an offset on.
     *
     * @param side        {@link Side#BUY} or {@link Side#SELL}.
     * @param depth       maximum number of levels to copy.
     * @param prices      receives level prices at {@code offset, offset + 1, ...}.
     * @param sizes       receives level sizes, likewise.
     * @param orderCounts receives level order counts, likewise.
     * @param offset      index of the first array element written; not negative.
     * @return number of levels copied: the least of {@code depth}, the level count and the arrays' lengths after
     *     {@code offset}.
     */
    int copyTopLevels(byte side, int depth, long[] prices, long[] sizes, int[] orderCounts, int offset);
}

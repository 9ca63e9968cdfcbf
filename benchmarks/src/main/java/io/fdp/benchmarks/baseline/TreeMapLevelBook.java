package io.fdp.benchmarks.baseline;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static io.fdp.engine.book.BookResult.APPLIED_CROSSED;
import static io.fdp.engine.book.BookResult.INVALID_PRICE;
import static io.fdp.engine.book.BookResult.INVALID_SIDE;
import static io.fdp.engine.book.BookResult.NEGATIVE_SIZE;
import static io.fdp.engine.book.BookResult.OK;
import static io.fdp.engine.book.BookResult.UNKNOWN_LEVEL;

/**
 * An L2 book written the straightforward way, the baseline for the engine's
 * {@link io.fdp.engine.book.PriceLevelBook}: a {@code TreeMap<Long, Long>} from price to aggregate size per side, bids
 * in descending order. It validates like {@code PriceLevelBook} and returns the same result codes.
 * Threading: owned by one thread.
 */
public final class TreeMapLevelBook {
    private final NavigableMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<Long, Long> asks = new TreeMap<>();

    /**
     * Sets the aggregate size at a price level; size 0 deletes the level.
     *
     * @param side  {@link Side#BUY} or {@link Side#SELL}.
     * @param price positive price mantissa.
     * @param size  new aggregate size, 0 to delete.
     * @return a {@link io.fdp.engine.book.BookResult} code.
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
        levels(side).put(price, size);
        return outcome();
    }

    /**
     * Deletes the level at a price.
     *
     * @param side  {@link Side#BUY} or {@link Side#SELL}.
     * @param price positive price mantissa.
     * @return a {@link io.fdp.engine.book.BookResult} code.
     */
    public int delete(final byte side, final long price) {
        if (!Side.isValid(side)) {
            return INVALID_SIDE;
        }
        if (levels(side).remove(price) == null) {
            return UNKNOWN_LEVEL;
        }
        return outcome();
    }

    /**
     * Number of price levels on a side.
     *
     * @param side {@link Side#BUY} or {@link Side#SELL}.
     * @return the level count.
     */
    public int levelCount(final byte side) {
        return levels(side).size();
    }

    /** @return the best bid price, or {@link BookView#NULL_PRICE}. */
    public long bestBidPrice() {
        return bestPrice(bids);
    }

    /** @return the size of the best bid level, or 0. */
    public long bestBidSize() {
        return bestSize(bids);
    }

    /** @return the best ask price, or {@link BookView#NULL_PRICE}. */
    public long bestAskPrice() {
        return bestPrice(asks);
    }

    /** @return the size of the best ask level, or 0. */
    public long bestAskSize() {
        return bestSize(asks);
    }

    /** @return true when both sides are non-empty and the best bid is at or above the best ask. */
    public boolean isCrossed() {
        return !bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey();
    }

    private int outcome() {
        return isCrossed() ? APPLIED_CROSSED : OK;
    }

    private NavigableMap<Long, Long> levels(final byte side) {
        return side == Side.BUY ? bids : asks;
    }

    private static long bestPrice(final NavigableMap<Long, Long> side) {
        final Map.Entry<Long, Long> best = side.firstEntry();
        return best == null ? BookView.NULL_PRICE : best.getKey();
    }

    private static long bestSize(final NavigableMap<Long, Long> side) {
        final Map.Entry<Long, Long> best = side.firstEntry();
        return best == null ? 0 : best.getValue();
    }
}

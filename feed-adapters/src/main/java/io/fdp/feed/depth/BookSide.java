package io.fdp.feed.depth;

import io.fdp.engine.book.Side;
import java.util.Arrays;

/**
 * One side of a price-level book held as parallel arrays sorted best first, keyed by price mantissa.
 * <p>
 * Besides price and size, each level keeps how many fraction digits the venue wrote for each, so that the text the
 * venue checksums can be reproduced (see {@link DecimalText}), and the best index changed since the last
 * {@link #forgetChanges()}, so that a checksum over the top levels is recomputed only when they changed. Capacity
 * doubles when exceeded, so a book stops allocating once it has reached its largest size. Not thread safe.
 */
public final class BookSide {
    /** Price returned for the best level of an empty side. */
    public static final long NULL_PRICE = Long.MIN_VALUE;

    private final boolean descending;
    private long[] prices;
    private long[] sizes;
    private byte[] priceScales;
    private byte[] sizeScales;
    private int count;
    private int firstChanged;

    /**
     * Create an empty side.
     *
     * @param side            {@link Side#BUY} (sorted high to low) or {@link Side#SELL} (low to high).
     * @param initialCapacity levels to allocate up front.
     */
    public BookSide(final int side, final int initialCapacity) {
        descending = side == Side.BUY;
        final int capacity = Math.max(1, initialCapacity);
        prices = new long[capacity];
        sizes = new long[capacity];
        priceScales = new byte[capacity];
        sizeScales = new byte[capacity];
    }

    /**
     * Set the size of a price level, inserting or deleting it as needed.
     *
     * @param price      price mantissa.
     * @param size       size mantissa; 0 or less deletes the level.
     * @param priceScale fraction digits the venue wrote for the price.
     * @param sizeScale  fraction digits the venue wrote for the size.
     */
    public void set(final long price, final long size, final int priceScale, final int sizeScale) {
        final int index = indexOf(price);
        firstChanged = Math.min(firstChanged, index >= 0 ? index : -index - 1);
        if (size <= 0) {
            if (index >= 0) {
                remove(index);
            }
            return;
        }
        if (index >= 0) {
            sizes[index] = size;
            priceScales[index] = (byte)priceScale;
            sizeScales[index] = (byte)sizeScale;
            return;
        }
        insert(-index - 1, price, size, priceScale, sizeScale);
    }

    /**
     * Position of a price in best-first order.
     *
     * @param price price mantissa.
     * @return its index, or {@code -(insertionPoint + 1)} if absent.
     */
    public int indexOf(final long price) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            final int mid = (low + high) >>> 1;
            final long p = prices[mid];
            if (p == price) {
                return mid;
            }
            if (descending ? p > price : p < price) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -(low + 1);
    }

    private void insert(final int index, final long price, final long size, final int priceScale, final int sizeScale) {
        if (count == prices.length) {
            grow();
        }
        final int tail = count - index;
        System.arraycopy(prices, index, prices, index + 1, tail);
        System.arraycopy(sizes, index, sizes, index + 1, tail);
        System.arraycopy(priceScales, index, priceScales, index + 1, tail);
        System.arraycopy(sizeScales, index, sizeScales, index + 1, tail);
        prices[index] = price;
        sizes[index] = size;
        priceScales[index] = (byte)priceScale;
        sizeScales[index] = (byte)sizeScale;
        count++;
    }

    private void remove(final int index) {
        final int tail = count - index - 1;
        System.arraycopy(prices, index + 1, prices, index, tail);
        System.arraycopy(sizes, index + 1, sizes, index, tail);
        System.arraycopy(priceScales, index + 1, priceScales, index, tail);
        System.arraycopy(sizeScales, index + 1, sizeScales, index, tail);
        count--;
    }

    private void grow() {
        final int capacity = prices.length * 2;
        prices = Arrays.copyOf(prices, capacity);
        sizes = Arrays.copyOf(sizes, capacity);
        priceScales = Arrays.copyOf(priceScales, capacity);
        sizeScales = Arrays.copyOf(sizeScales, capacity);
    }

    /**
     * The best (lowest) index whose level may differ from what it was at the last {@link #forgetChanges()}: levels
     * above it are unchanged. A new side reports 0.
     *
     * @return the index, or {@link Integer#MAX_VALUE} when nothing changed.
     */
    public int firstChanged() {
        return firstChanged;
    }

    /**
     * Start tracking changes afresh: {@link #firstChanged()} reports {@link Integer#MAX_VALUE} until the next change.
     */
    public void forgetChanges() {
        firstChanged = Integer.MAX_VALUE;
    }

    /**
     * Drop the worst level.
     */
    public void removeWorst() {
        if (count > 0) {
            count--;
            firstChanged = Math.min(firstChanged, count);
        }
    }

    /**
     * Remove every level.
     */
    public void clear() {
        count = 0;
        firstChanged = 0;
    }

    /**
     * Number of levels.
     *
     * @return level count.
     */
    public int count() {
        return count;
    }

    /**
     * Price of the level at an index, 0 being the best.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return price mantissa.
     */
    public long price(final int index) {
        return prices[index];
    }

    /**
     * Size of the level at an index, 0 being the best.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return size mantissa.
     */
    public long size(final int index) {
        return sizes[index];
    }

    /**
     * Fraction digits the venue wrote for the price of the level at an index.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return digits after the decimal point.
     */
    public int priceScale(final int index) {
        return priceScales[index];
    }

    /**
     * Fraction digits the venue wrote for the size of the level at an index.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return digits after the decimal point.
     */
    public int sizeScale(final int index) {
        return sizeScales[index];
    }

    /**
     * Best price.
     *
     * @return price mantissa of level 0, or {@link #NULL_PRICE} if empty.
     */
    public long bestPrice() {
        return count == 0 ? NULL_PRICE : prices[0];
    }
}

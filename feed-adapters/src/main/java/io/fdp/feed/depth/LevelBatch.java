package io.fdp.feed.depth;

import io.fdp.engine.book.Side;
import java.util.Arrays;

/**
 * Levels decoded from one message, held until the whole message has been validated and can be applied atomically.
 * <p>
 * Capacity doubles when exceeded and is kept, so steady-state decoding allocates nothing. Not thread safe.
 */
public final class LevelBatch {
    private int[] sides;
    private long[] prices;
    private long[] sizes;
    private byte[] priceScales;
    private byte[] sizeScales;
    private int count;

    /**
     * Create an empty batch.
     *
     * @param initialCapacity levels to allocate up front.
     */
    public LevelBatch(final int initialCapacity) {
        final int capacity = Math.max(1, initialCapacity);
        sides = new int[capacity];
        prices = new long[capacity];
        sizes = new long[capacity];
        priceScales = new byte[capacity];
        sizeScales = new byte[capacity];
    }

    /**
     * Empty the batch.
     */
    public void clear() {
        count = 0;
    }

    /**
     * Append a level.
     *
     * @param side       {@link Side#BUY} or {@link Side#SELL}.
     * @param price      price mantissa.
     * @param size       size mantissa, 0 to delete.
     * @param priceScale fraction digits the venue wrote for the price.
     * @param sizeScale  fraction digits the venue wrote for the size.
     */
    public void add(final int side, final long price, final long size, final int priceScale, final int sizeScale) {
        if (count == sides.length) {
            final int capacity = count * 2;
            sides = Arrays.copyOf(sides, capacity);
            prices = Arrays.copyOf(prices, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            priceScales = Arrays.copyOf(priceScales, capacity);
            sizeScales = Arrays.copyOf(sizeScales, capacity);
        }
        sides[count] = side;
        prices[count] = price;
        sizes[count] = size;
        priceScales[count] = (byte)Math.min(priceScale, DecimalText.MAX_SCALE);
        sizeScales[count] = (byte)Math.min(sizeScale, DecimalText.MAX_SCALE);
        count++;
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
     * Side of a level.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return {@link Side#BUY} or {@link Side#SELL}.
     */
    public int side(final int index) {
        return sides[index];
    }

    /**
     * Price of a level.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return price mantissa.
     */
    public long price(final int index) {
        return prices[index];
    }

    /**
     * Size of a level.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return size mantissa.
     */
    public long size(final int index) {
        return sizes[index];
    }

    /**
     * Price fraction digits of a level as written by the venue.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return digits after the decimal point.
     */
    public int priceScale(final int index) {
        return priceScales[index];
    }

    /**
     * Size fraction digits of a level as written by the venue.
     *
     * @param index from 0 to {@link #count()} - 1.
     * @return digits after the decimal point.
     */
    public int sizeScale(final int index) {
        return sizeScales[index];
    }

    /**
     * Apply every level to a book, in order.
     *
     * @param book to change.
     */
    public void applyTo(final ChecksumBook book) {
        for (int i = 0; i < count; i++) {
            book.side(sides[i]).set(prices[i], sizes[i], priceScales[i], sizeScales[i]);
        }
    }

    /**
     * Apply every level to a book in order, delivering each that changes it (deleting a level the book does not
     * hold, as venues do for levels beyond the depth a client keeps, changes nothing and is not delivered).
     *
     * @param book        to change.
     * @param symbolIndex symbol to report the levels for.
     * @param listener    to call {@link DepthListener#onLevel(int, int, long, long)} on.
     */
    public void applyTo(final ChecksumBook book, final int symbolIndex, final DepthListener listener) {
        for (int i = 0; i < count; i++) {
            final BookSide side = book.side(sides[i]);
            if (sizes[i] == 0 && side.indexOf(prices[i]) < 0) {
                continue;
            }
            side.set(prices[i], sizes[i], priceScales[i], sizeScales[i]);
            listener.onLevel(symbolIndex, sides[i], prices[i], sizes[i]);
        }
    }
}

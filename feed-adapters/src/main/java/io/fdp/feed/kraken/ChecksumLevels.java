package io.fdp.feed.kraken;

import io.fdp.engine.book.Side;
import io.fdp.feed.depth.BookSide;
import io.fdp.feed.depth.DecimalText;

/**
 * The checksum text of the top levels of one side of a pair's book: for each level from the best, its price then its
 * volume as Kraken sent them, with the {@code '.'} removed and leading zeros stripped.
 * <p>
 * The text is rebuilt after every change that reaches the top levels, but a level that is still there with the same
 * price, volume and digits keeps the text written for it before, so an update that moves one level writes one level's
 * digits instead of all of them. Both lists are sorted best first, so one merge pass pairs the new levels with the old.
 * Allocates only in the constructor. Not thread safe.
 */
final class ChecksumLevels {
    private static final int FRAGMENT = 2 * DecimalText.MAX_LENGTH;

    private final boolean descending;
    private final int levels;
    private Text current;
    private Text previous;

    /**
     * Text for the top levels of a side.
     *
     * @param side   {@link Side#BUY} or {@link Side#SELL}.
     * @param levels how many levels from the best enter the checksum.
     */
    ChecksumLevels(final int side, final int levels) {
        descending = side == Side.BUY;
        this.levels = levels;
        current = new Text(levels);
        previous = new Text(levels);
    }

    /**
     * Rebuild the text from the side's current top levels.
     *
     * @param side          the book side.
     * @param priceExponent exponent of the pair's price mantissas.
     * @param sizeExponent  exponent of the pair's size mantissas.
     */
    void rebuild(final BookSide side, final int priceExponent, final int sizeExponent) {
        final Text old = current;
        final Text next = previous;
        final int count = Math.min(levels, side.count());
        int j = 0;
        int length = 0;
        for (int i = 0; i < count; i++) {
            final long price = side.price(i);
            final long size = side.size(i);
            final int priceScale = side.priceScale(i);
            final int sizeScale = side.sizeScale(i);
            while (j < old.count && (descending ? old.prices[j] > price : old.prices[j] < price)) {
                j++;
            }
            final int start = length;
            if (j < old.count && old.prices[j] == price && old.sizes[j] == size && old.priceScales[j] == priceScale
                && old.sizeScales[j] == sizeScale) {
                final int oldLength = old.ends[j] - old.starts[j];
                System.arraycopy(old.bytes, old.starts[j], next.bytes, start, oldLength);
                length = start + oldLength;
            } else {
                length = DecimalText.write(price, priceExponent, priceScale, false, next.bytes, start);
                length = DecimalText.write(size, sizeExponent, sizeScale, false, next.bytes, length);
            }
            next.prices[i] = price;
            next.sizes[i] = size;
            next.priceScales[i] = priceScale;
            next.sizeScales[i] = sizeScale;
            next.starts[i] = start;
            next.ends[i] = length;
        }
        next.count = count;
        next.length = length;
        previous = old;
        current = next;
    }

    /** @return the text's bytes, valid from 0 to {@link #length()}. */
    byte[] bytes() {
        return current.bytes;
    }

    /** @return the text's length in bytes. */
    int length() {
        return current.length;
    }

    /** One version of the text and the levels it was written from. */
    private static final class Text {
        final long[] prices;
        final long[] sizes;
        final int[] priceScales;
        final int[] sizeScales;
        final int[] starts;
        final int[] ends;
        final byte[] bytes;
        int count;
        int length;

        Text(final int levels) {
            prices = new long[levels];
            sizes = new long[levels];
            priceScales = new int[levels];
            sizeScales = new int[levels];
            starts = new int[levels];
            ends = new int[levels];
            bytes = new byte[levels * FRAGMENT];
        }
    }
}

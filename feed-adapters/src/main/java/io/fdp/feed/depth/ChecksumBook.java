package io.fdp.feed.depth;

import io.fdp.engine.book.Side;

/**
 * The adapters' private price-level book of one symbol, kept to verify venue checksums and sequence integrity.
 * <p>
 * Not the engine's book: it exists so an adapter can check what the venue says about its own book. Not thread safe.
 */
public final class ChecksumBook {
    private final BookSide bids;
    private final BookSide asks;

    /**
     * Create an empty book.
     *
     * @param initialCapacity levels to allocate per side up front.
     */
    public ChecksumBook(final int initialCapacity) {
        bids = new BookSide(Side.BUY, initialCapacity);
        asks = new BookSide(Side.SELL, initialCapacity);
    }

    /**
     * One side of the book.
     *
     * @param side {@link Side#BUY} or {@link Side#SELL}.
     * @return the side.
     */
    public BookSide side(final int side) {
        return side == Side.BUY ? bids : asks;
    }

    /**
     * The bid side, best (highest) first.
     *
     * @return the bids.
     */
    public BookSide bids() {
        return bids;
    }

    /**
     * The ask side, best (lowest) first.
     *
     * @return the asks.
     */
    public BookSide asks() {
        return asks;
    }

    /**
     * Remove every level of both sides.
     */
    public void clear() {
        bids.clear();
        asks.clear();
    }

    /**
     * Whether the best bid is at or above the best ask.
     *
     * @return true if both sides are non-empty and crossed or locked.
     */
    public boolean crossed() {
        return bids.count() > 0 && asks.count() > 0 && bids.price(0) >= asks.price(0);
    }

    /**
     * Deliver every level, bids best first then asks best first, as the body of a snapshot.
     *
     * @param symbolIndex symbol to report the levels for.
     * @param listener    to call {@link DepthListener#onLevel(int, int, long, long)} on.
     */
    public void publishLevels(final int symbolIndex, final DepthListener listener) {
        for (int i = 0; i < bids.count(); i++) {
            listener.onLevel(symbolIndex, Side.BUY, bids.price(i), bids.size(i));
        }
        for (int i = 0; i < asks.count(); i++) {
            listener.onLevel(symbolIndex, Side.SELL, asks.price(i), asks.size(i));
        }
    }

    /**
     * Remove levels beyond {@code depth} on each side, reporting each removal as a deletion if a listener is given.
     *
     * @param depth       levels to keep per side.
     * @param symbolIndex symbol to report deletions for.
     * @param listener    to report deletions to, or null to remove silently.
     */
    public void truncate(final int depth, final int symbolIndex, final DepthListener listener) {
        truncate(bids, Side.BUY, depth, symbolIndex, listener);
        truncate(asks, Side.SELL, depth, symbolIndex, listener);
    }

    private static void truncate(
        final BookSide side, final int sideCode, final int depth, final int symbolIndex, final DepthListener listener) {
        while (side.count() > depth) {
            if (listener != null) {
                listener.onLevel(symbolIndex, sideCode, side.price(side.count() - 1), 0);
            }
            side.removeWorst();
        }
    }
}

package io.fdp.engine.state;

import io.fdp.engine.book.OrderBook;
import io.fdp.engine.book.PriceLevelBook;
import io.fdp.engine.book.Side;

/**
 * Writes and reads books through their public API: an L3 book as its orders, level by level from the best, each
 * level's orders in FIFO order; an L2 book as its levels. Re-adding the orders in that order rebuilds the same
 * levels and queues, so the restored book has the same {@code stateHash}.
 */
public final class BookState {
    private BookState() {
    }

    /**
     * Writes an L3 book.
     *
     * @param book the book (owner thread, or a stopped engine).
     * @param out  where to write.
     */
    public static void writeOrderBook(final OrderBook book, final StateWriter out) {
        long[] ids = new long[16];
        long[] sizes = new long[16];
        for (byte side = Side.BUY; side <= Side.SELL; side++) {
            final int levels = book.levelCount(side);
            out.putInt(levels);
            for (int level = 0; level < levels; level++) {
                final int orders = book.levelOrderCount(side, level);
                if (orders > ids.length) {
                    ids = new long[Math.max(orders, ids.length * 2)];
                    sizes = new long[ids.length];
                }
                final int copied = book.copyLevelOrders(side, level, ids, sizes);
                out.putLong(book.levelPrice(side, level)).putInt(copied);
                for (int i = 0; i < copied; i++) {
                    out.putLong(ids[i]).putLong(sizes[i]);
                }
            }
        }
    }

    /**
     * Replaces an L3 book's content with what {@link #writeOrderBook} wrote.
     *
     * @param book           the book, cleared first.
     * @param in             where to read.
     * @param levelCapacity  the book's level capacity per side (bounds the counts read).
     * @param orderCapacity  the book's order capacity (bounds the counts read).
     */
    public static void readOrderBook(final OrderBook book, final StateReader in, final int levelCapacity,
        final int orderCapacity) {
        book.clear();
        for (byte side = Side.BUY; side <= Side.SELL; side++) {
            final int levels = in.getCount(levelCapacity, "level count");
            for (int level = 0; level < levels; level++) {
                final long price = in.getLong();
                final int orders = in.getCount(orderCapacity, "order count");
                for (int i = 0; i < orders; i++) {
                    final long orderId = in.getLong();
                    final long size = in.getLong();
                    check(book.add(orderId, side, price, size), "order " + orderId);
                }
            }
        }
    }

    /**
     * Writes an L2 book.
     *
     * @param book the book (owner thread, or a stopped engine).
     * @param out  where to write.
     */
    public static void writeLevelBook(final PriceLevelBook book, final StateWriter out) {
        for (byte side = Side.BUY; side <= Side.SELL; side++) {
            final int levels = book.levelCount(side);
            out.putInt(levels);
            for (int level = 0; level < levels; level++) {
                out.putLong(book.levelPrice(side, level)).putLong(book.levelSize(side, level));
            }
        }
    }

    /**
     * Replaces an L2 book's content with what {@link #writeLevelBook} wrote.
     *
     * @param book          the book, cleared first.
     * @param in            where to read.
     * @param levelCapacity the book's level capacity per side (bounds the counts read).
     */
    public static void readLevelBook(final PriceLevelBook book, final StateReader in, final int levelCapacity) {
        book.clear();
        for (byte side = Side.BUY; side <= Side.SELL; side++) {
            final int levels = in.getCount(levelCapacity, "level count");
            for (int level = 0; level < levels; level++) {
                final long price = in.getLong();
                final long size = in.getLong();
                check(book.set(side, price, size), "level " + price);
            }
        }
    }

    private static void check(final int result, final String what) {
        if (result < 0) {
            throw new StateFormatException("restoring " + what + " failed with book result " + result);
        }
    }
}

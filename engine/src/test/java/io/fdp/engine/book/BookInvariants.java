package io.fdp.engine.book;

import static io.fdp.engine.book.BookView.NULL_PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

/** Structural rules every book must satisfy after every operation, checked through the public API only. */
final class BookInvariants {
    private BookInvariants() {
    }

    static void check(final BookView book) {
        checkSide(book, Side.BUY);
        checkSide(book, Side.SELL);
        final boolean bothSides = book.levelCount(Side.BUY) > 0 && book.levelCount(Side.SELL) > 0;
        final boolean crossed = bothSides && book.bestBidPrice() >= book.bestAskPrice();
        assertEquals(crossed, book.isCrossed(), "isCrossed");
        if (bothSides && !book.isCrossed()) {
            assertTrue(book.bestBidPrice() < book.bestAskPrice(), "best bid below best ask unless crossed");
        }
        assertEquals(book.levelPrice(Side.BUY, 0), book.bestBidPrice(), "best bid price");
        assertEquals(book.levelSize(Side.BUY, 0), book.bestBidSize(), "best bid size");
        assertEquals(book.levelPrice(Side.SELL, 0), book.bestAskPrice(), "best ask price");
        assertEquals(book.levelSize(Side.SELL, 0), book.bestAskSize(), "best ask size");
    }

    static void check(final OrderBook book) {
        check((BookView)book);
        long orders = 0;
        final long[] ids = new long[Math.toIntExact(Math.max(1, book.orderCount()))];
        final long[] sizes = new long[ids.length];
        for (final byte side : new byte[] {Side.BUY, Side.SELL}) {
            for (int level = 0; level < book.levelCount(side); level++) {
                final int count = book.copyLevelOrders(side, level, ids, sizes);
                assertEquals(book.levelOrderCount(side, level), count, "order count of level " + level);
                assertTrue(count > 0, "no empty level");
                long sum = 0;
                for (int i = 0; i < count; i++) {
                    assertTrue(sizes[i] > 0, "positive order size");
                    assertEquals(sizes[i], book.orderSize(ids[i]), "order size lookup");
                    assertEquals(book.levelPrice(side, level), book.orderPrice(ids[i]), "order price lookup");
                    assertEquals(side, book.orderSide(ids[i]), "order side lookup");
                    sum += sizes[i];
                }
                assertEquals(sum, book.levelSize(side, level), "level size is the sum of its orders");
                orders += count;
            }
        }
        assertEquals(orders, book.orderCount(), "orderCount");
    }

    private static void checkSide(final BookView book, final byte side) {
        final int count = book.levelCount(side);
        long depth = 0;
        long previous = NULL_PRICE;
        for (int level = 0; level < count; level++) {
            final long price = book.levelPrice(side, level);
            assertTrue(price > 0, "positive level price");
            assertTrue(book.levelSize(side, level) > 0, "positive level size");
            if (level > 0) {
                assertTrue(side == Side.BUY ? price < previous : price > previous, "levels strictly sorted from the best");
            }
            previous = price;
            depth += book.levelSize(side, level);
        }
        assertEquals(depth, book.totalDepth(side), "totalDepth");
        assertEquals(NULL_PRICE, book.levelPrice(side, count), "no level past the last");
        assertEquals(0, book.levelSize(side, count), "no size past the last level");
    }

    /** Applies events one by one and checks that the best bid and offer never move while {@code topChanges()} stays. */
    static <E> void checkTopChanges(final BookView book, final List<E> events, final Consumer<E> apply) {
        long changes = book.topChanges();
        String top = topOfBook(book);
        for (final E event : events) {
            apply.accept(event);
            final String now = topOfBook(book);
            if (book.topChanges() == changes) {
                assertEquals(top, now, event::toString);
            }
            changes = book.topChanges();
            top = now;
        }
    }

    private static String topOfBook(final BookView book) {
        return book.bestBidPrice() + "x" + book.bestBidSize() + " / " + book.bestAskPrice() + "x" + book.bestAskSize();
    }
}

package io.fdp.engine.book;

import org.junit.jupiter.api.Test;

import static io.fdp.engine.book.BookResult.CAPACITY_EXCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderBookCapacityTest {
    private static final int ORDERS = 100_000;
    private static final int LEVELS_PER_SIDE = 500;
    private static final long MID_PRICE = 1_000_000;

    @Test
    void holdsOneHundredThousandLiveOrdersThroughFillEmptyAndRefill() {
        final OrderBook book = new OrderBook(ORDERS, LEVELS_PER_SIDE);

        for (int round = 0; round < 2; round++) {
            addAll(book);
            assertEquals(ORDERS, book.orderCount());
            assertEquals(LEVELS_PER_SIDE, book.levelCount(Side.BUY));
            assertEquals(LEVELS_PER_SIDE, book.levelCount(Side.SELL));
            assertEquals(expectedDepth(), book.totalDepth(Side.BUY));
            assertEquals(MID_PRICE - 1, book.bestBidPrice());
            assertEquals(MID_PRICE + 1, book.bestAskPrice());
            assertEquals(CAPACITY_EXCEEDED, book.add(ORDERS + 1, Side.BUY, MID_PRICE - 1, 1));
            BookInvariants.check(book);

            for (long id = 1; id <= ORDERS; id++) {
                assertTrue(BookResult.isApplied(book.delete(id)));
            }
            assertEquals(0, book.orderCount());
            assertEquals(0, book.levelCount(Side.BUY));
            assertEquals(0, book.levelCount(Side.SELL));
            assertEquals(0, book.totalDepth(Side.SELL));
        }
    }

    private static void addAll(final OrderBook book) {
        for (long id = 1; id <= ORDERS; id++) {
            final byte side = (id & 1) == 0 ? Side.BUY : Side.SELL;
            final long ticks = 1 + (id / 2) % LEVELS_PER_SIDE;
            final long price = side == Side.BUY ? MID_PRICE - ticks : MID_PRICE + ticks;
            assertEquals(BookResult.OK, book.add(id, side, price, size(id)));
        }
    }

    private static long expectedDepth() {
        long depth = 0;
        for (long id = 2; id <= ORDERS; id += 2) {
            depth += size(id);
        }
        return depth;
    }

    private static long size(final long id) {
        return 1 + id % 7;
    }
}

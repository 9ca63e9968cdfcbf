package io.fdp.engine.book;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks through the JVM's per-thread allocation counter that steady-state book operations allocate nothing. */
class OrderBookAllocationTest {
    private static final int ORDERS = 1_000;

    @Test
    void steadyStateOperationsAllocateNothing() {
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final OrderBook orderBook = new OrderBook(ORDERS, 64);
        final PriceLevelBook levelBook = new PriceLevelBook(64);
        final long[] prices = new long[8];
        final long[] sizes = new long[8];
        final int[] orderCounts = new int[8];
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            cycle(orderBook, levelBook, prices, sizes, orderCounts);
        }

        final long counterOverhead = -threads.getCurrentThreadAllocatedBytes() + threads.getCurrentThreadAllocatedBytes();
        final long before = threads.getCurrentThreadAllocatedBytes();
        final long checksum = cycle(orderBook, levelBook, prices, sizes, orderCounts);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before - counterOverhead;

        assertEquals(0, allocated, "bytes allocated by one cycle (checksum " + checksum + ")");
    }

    /** Every operation of both books, including rejections, over a whole fill-and-empty cycle. */
    private static long cycle(
        final OrderBook orderBook,
        final PriceLevelBook levelBook,
        final long[] prices,
        final long[] sizes,
        final int[] orderCounts) {
        long checksum = 0;
        for (long id = 1; id <= ORDERS; id++) {
            final byte side = (id & 1) == 0 ? Side.BUY : Side.SELL;
            final long price = side == Side.BUY ? 1_000 - id % 20 : 1_001 + id % 20;
            checksum += orderBook.add(id, side, price, 10);
            checksum += levelBook.set(side, price, id);
        }
        checksum += orderBook.add(ORDERS + 1, Side.BUY, 999, 1);
        for (long id = 1; id <= ORDERS; id++) {
            checksum += orderBook.modify(id, orderBook.orderPrice(id), 9);
            checksum += orderBook.execute(id, 2);
            checksum += orderBook.cancel(id, 100);
            checksum += orderBook.replace(id, id + ORDERS * 2, orderBook.orderPrice(id) + (id % 3), 5);
        }
        checksum += orderBook.copyTopLevels(Side.BUY, 8, prices, sizes, orderCounts);
        checksum += levelBook.copyTopLevels(Side.SELL, 8, prices, sizes, orderCounts);
        checksum += orderBook.stateHash(1) + levelBook.stateHash(1) + orderBook.bestBidPrice() + orderBook.bestAskSize();
        for (long id = 1; id <= ORDERS; id++) {
            checksum += orderBook.delete(id + ORDERS * 2);
            checksum += orderBook.delete(id);
        }
        for (int i = 0; i < 20; i++) {
            checksum += levelBook.delete(Side.BUY, 1_000 - i) + levelBook.set(Side.SELL, 1_001 + i, 0);
        }
        return checksum;
    }
}

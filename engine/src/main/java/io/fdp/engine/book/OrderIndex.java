package io.fdp.engine.book;

import java.util.Arrays;

import static io.fdp.engine.book.PriceLadder.NONE;

/**
 * Order id to order slot, for {@link OrderBook}: an open-addressing table of slots (linear probing, backward-shift
 * deletion, Fibonacci hashing) that keeps no keys of its own but compares against the book's order id array.
 * <p>
 * Four bytes a bucket instead of the sixteen of a map of long to long, so the table of a busy book stays in the
 * core's cache; a probe that meets a slot compares the id the book holds for it.
 * The table holds at least twice as many buckets as orders, so probes stay short, and never grows.
 */
final class OrderIndex {
    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private final long[] orderIds;
    private final int[] buckets;
    private final int mask;
    private final int shift;

    /**
     * Creates an empty index.
     *
     * @param orderCapacity most orders it will hold.
     * @param orderIds      the book's order id by slot; an order's id must be written there before the order is put.
     */
    OrderIndex(final int orderCapacity, final long[] orderIds) {
        final int size = Integer.highestOneBit(Math.max(2, orderCapacity) * 2 - 1) << 1;
        this.orderIds = orderIds;
        buckets = new int[size];
        mask = size - 1;
        shift = Long.SIZE - Integer.numberOfTrailingZeros(size);
        clear();
    }

    void clear() {
        Arrays.fill(buckets, NONE);
    }

    /** @return the slot of {@code orderId}, or {@link PriceLadder#NONE}. */
    int get(final long orderId) {
        return buckets[bucketOf(orderId)];
    }

    /**
     * Puts the order at {@code slot}, whose id is already in the book's id array, unless its id is already present.
     *
     * @return {@link PriceLadder#NONE} when put, otherwise the slot of the order that has the id.
     */
    int putIfAbsent(final int slot) {
        final int bucket = bucketOf(orderIds[slot]);
        final int present = buckets[bucket];
        if (present == NONE) {
            buckets[bucket] = slot;
        }
        return present;
    }

    /**
     * Removes an id; its order's entry in the book's id array must still hold it.
     *
     * @return the slot it had, or {@link PriceLadder#NONE} when absent.
     */
    int remove(final long orderId) {
        final int bucket = bucketOf(orderId);
        final int slot = buckets[bucket];
        if (slot != NONE) {
            closeGap(bucket);
        }
        return slot;
    }

    /** The bucket that holds {@code orderId}, or the empty bucket that ends its probe run. */
    private int bucketOf(final long orderId) {
        int bucket = home(orderId);
        for (int slot = buckets[bucket]; slot != NONE && orderIds[slot] != orderId; slot = buckets[bucket]) {
            bucket = (bucket + 1) & mask;
        }
        return bucket;
    }

    /** Moves back every later entry of the probe run that may not stay behind the emptied bucket. */
    private void closeGap(final int emptied) {
        int hole = emptied;
        for (int bucket = (emptied + 1) & mask; buckets[bucket] != NONE; bucket = (bucket + 1) & mask) {
            final int home = home(orderIds[buckets[bucket]]);
            if (((bucket - home) & mask) >= ((bucket - hole) & mask)) {
                buckets[hole] = buckets[bucket];
                hole = bucket;
            }
        }
        buckets[hole] = NONE;
    }

    private int home(final long orderId) {
        return (int) ((orderId * GOLDEN) >>> shift);
    }
}

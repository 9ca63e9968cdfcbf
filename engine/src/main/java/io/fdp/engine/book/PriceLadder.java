package io.fdp.engine.book;

import java.util.Arrays;

import static io.fdp.engine.book.BookView.NULL_PRICE;

/**
 * The price levels of one side of a book: a sorted array with the best level at the end, over a pool of level slots.
 * <pre>
 *   position    0       1      ...     count-1   count ... capacity-1
 *   keys      [worst | ...          |  best    | unused ...         ]
 *   slots     [slot of the level at each position | unused ...      ]
 * </pre>
 * The sort key is the price for bids and minus the price for asks, so keys always ascend towards the best level and
 * one binary search serves both sides (prices are positive, so the negation cannot overflow). A level's data lives
 * in parallel arrays indexed by its slot (price, size, order count, and the two ends of the FIFO used by
 * {@link OrderBook}); a slot keeps its number while other levels are inserted and removed, so orders can point at it.
 * <p>
 * Complexity, with {@code L} levels of which {@code k} are better than the price concerned: best level O(1), find
 * O(min(k, 8) + log L), insert and remove O(log L + k) because only the better levels shift. Activity concentrates near the
 * touch, so {@code k} is usually a handful; a tick-indexed array would be O(1) but needs a tick size and a price
 * range per instrument. Everything is allocated in the constructor.
 */
final class PriceLadder {
    /** Absent slot, order or position. */
    static final int NONE = -1;

    /** Levels next to the touch that {@link #position} scans before it binary-searches the rest. */
    private static final int NEAR_TOUCH = 8;

    /** First order of each level's FIFO (oldest, executes first), indexed by slot; maintained by {@link OrderBook}. */
    final int[] firstOrder;

    /** Last order of each level's FIFO (newest), indexed by slot; maintained by {@link OrderBook}. */
    final int[] lastOrder;

    private final long keySign;
    private final long[] keys;
    private final int[] slotByPosition;
    private final long[] price;
    private final long[] size;
    private final int[] orderCount;
    private final int[] nextFreeSlot;
    private int freeSlot;
    private int count;
    private long totalSize;
    private long topChanges;
    /** The best level's price, kept beside its slot: the crossed check after every operation reads it (about 4% of L3 apply). */
    private long bestPrice = NULL_PRICE;
    private int bestSlot = NONE;

    PriceLadder(final byte side, final int capacity) {
        keySign = side == Side.BUY ? 1 : -1;
        keys = new long[capacity];
        slotByPosition = new int[capacity];
        price = new long[capacity];
        size = new long[capacity];
        orderCount = new int[capacity];
        firstOrder = new int[capacity];
        lastOrder = new int[capacity];
        nextFreeSlot = new int[capacity];
        clear();
    }

    void clear() {
        final int capacity = keys.length;
        for (int slot = 0; slot < capacity; slot++) {
            nextFreeSlot[slot] = slot + 1 < capacity ? slot + 1 : NONE;
            firstOrder[slot] = NONE;
            lastOrder[slot] = NONE;
        }
        freeSlot = capacity > 0 ? 0 : NONE;
        count = 0;
        totalSize = 0;
        topChanges++;
        bestPrice = NULL_PRICE;
        bestSlot = NONE;
    }

    /** @return the best level's price, or {@link BookView#NULL_PRICE} when the side is empty (kept, not looked up). */
    long bestPrice() {
        return bestPrice;
    }

    /** @return the best level's size, or 0 when the side is empty. */
    long bestSize() {
        return bestSlot != NONE ? size[bestSlot] : 0;
    }

    /** @return a count that grows whenever the best level is added, removed or resized; equal means same best level. */
    long topChanges() {
        return topChanges;
    }

    int count() {
        return count;
    }

    boolean isFull() {
        return count == keys.length;
    }

    long totalSize() {
        return totalSize;
    }

    long price(final int slot) {
        return price[slot];
    }

    long size(final int slot) {
        return size[slot];
    }

    int orderCount(final int slot) {
        return orderCount[slot];
    }

    /** Slot of the level {@code levelIndex} away from the touch (0 = best), or {@link #NONE}. */
    int slotAt(final int levelIndex) {
        return levelIndex >= 0 && levelIndex < count ? slotByPosition[count - 1 - levelIndex] : NONE;
    }

    /**
     * Position of {@code key} among the levels, or {@code -(insertion point) - 1} as {@link Arrays#binarySearch} returns:
     * the {@value #NEAR_TOUCH} best levels are scanned from the touch down, where almost every operation lands and a
     * scan's branches predict well, and only the levels beyond them are binary-searched.
     */
    private int position(final long key) {
        final int stop = Math.max(0, count - NEAR_TOUCH);
        for (int position = count - 1; position >= stop; position--) {
            final long levelKey = keys[position];
            if (levelKey <= key) {
                return levelKey == key ? position : -(position + 1) - 1;
            }
        }
        return Arrays.binarySearch(keys, 0, stop, key);
    }

    /** Slot of the level at {@code levelPrice}, or {@link #NONE}. */
    int find(final long levelPrice) {
        final int position = position(levelPrice * keySign);
        return position >= 0 ? slotByPosition[position] : NONE;
    }

    /** Slot of the level at {@code levelPrice}, inserting an empty level if absent; the caller checks {@link #isFull()}. */
    int findOrInsert(final long levelPrice) {
        final long key = levelPrice * keySign;
        final int position = position(key);
        if (position >= 0) {
            return slotByPosition[position];
        }

        final int insertAt = -position - 1;
        final int slot = freeSlot;
        freeSlot = nextFreeSlot[slot];
        System.arraycopy(keys, insertAt, keys, insertAt + 1, count - insertAt);
        System.arraycopy(slotByPosition, insertAt, slotByPosition, insertAt + 1, count - insertAt);
        keys[insertAt] = key;
        slotByPosition[insertAt] = slot;
        count++;
        if (insertAt == count - 1) {
            topChanges++;
            bestPrice = levelPrice;
            bestSlot = slot;
        }

        price[slot] = levelPrice;
        size[slot] = 0;
        orderCount[slot] = 0;
        firstOrder[slot] = NONE;
        lastOrder[slot] = NONE;
        return slot;
    }

    /** Removes the level at {@code slot}, whatever its size, and returns the slot to the pool. */
    void remove(final int slot) {
        final int position = position(price[slot] * keySign);
        System.arraycopy(keys, position + 1, keys, position, count - position - 1);
        System.arraycopy(slotByPosition, position + 1, slotByPosition, position, count - position - 1);
        count--;
        if (position == count) {
            topChanges++;
            bestSlot = count > 0 ? slotByPosition[count - 1] : NONE;
            bestPrice = count > 0 ? price[bestSlot] : NULL_PRICE;
        }

        totalSize -= size[slot];
        size[slot] = 0;
        orderCount[slot] = 0;
        firstOrder[slot] = NONE;
        lastOrder[slot] = NONE;
        nextFreeSlot[slot] = freeSlot;
        freeSlot = slot;
    }

    /** Adjusts a level's size and order count, keeping the side's total in step; the caller checks for overflow. */
    void addToLevel(final int slot, final long sizeDelta, final int orderCountDelta) {
        if (slot == bestSlot) {
            topChanges++;
        }
        size[slot] += sizeDelta;
        orderCount[slot] += orderCountDelta;
        totalSize += sizeDelta;
    }

    long priceAt(final int levelIndex) {
        final int slot = slotAt(levelIndex);
        return slot != NONE ? price[slot] : NULL_PRICE;
    }

    long sizeAt(final int levelIndex) {
        final int slot = slotAt(levelIndex);
        return slot != NONE ? size[slot] : 0;
    }

    int orderCountAt(final int levelIndex) {
        final int slot = slotAt(levelIndex);
        return slot != NONE ? orderCount[slot] : 0;
    }

    int copyTop(final int depth, final long[] prices, final long[] sizes, final int[] orderCounts, final int offset) {
        final int room = Math.min(prices.length, Math.min(sizes.length, orderCounts.length)) - offset;
        final int copied = Math.max(0, Math.min(Math.min(depth, count), room));
        for (int i = 0; i < copied; i++) {
            final int slot = slotByPosition[count - 1 - i];
            prices[offset + i] = price[slot];
            sizes[offset + i] = size[slot];
            orderCounts[offset + i] = orderCount[slot];
        }
        return copied;
    }
}

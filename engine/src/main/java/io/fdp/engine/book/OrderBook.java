package io.fdp.engine.book;

import io.fdp.engine.hash.StateHash;
import static io.fdp.engine.book.BookResult.APPLIED_CROSSED;
import static io.fdp.engine.book.BookResult.CAPACITY_EXCEEDED;
import static io.fdp.engine.book.BookResult.DUPLICATE_ORDER;
import static io.fdp.engine.book.BookResult.INVALID_PRICE;
import static io.fdp.engine.book.BookResult.INVALID_SIDE;
import static io.fdp.engine.book.BookResult.NEGATIVE_SIZE;
import static io.fdp.engine.book.BookResult.OK;
import static io.fdp.engine.book.BookResult.SIZE_OVERFLOW;
import static io.fdp.engine.book.BookResult.UNKNOWN_ORDER;
import static io.fdp.engine.book.PriceLadder.NONE;

/**
 * L3 book: individual orders by order id, queued in time priority (FIFO) at their price level.
 * <p>
 * Storage, all allocated in the constructor so that operations allocate nothing:
 * <ul>
 *   <li>an order pool in parallel arrays indexed by an order slot (id, side, price, size, level slot, and the next and
 *   previous order of its level's FIFO, an intrusive doubly-linked list), with a free list threaded through
 *   {@code nextOrder};</li>
 *   <li>an order id to order slot index, an {@link OrderIndex} of twice as many buckets as orders that never grows;</li>
 *   <li>per side, a {@link PriceLadder}: levels sorted with the best at the end of the array, each level holding its
 *   aggregate size, order count and the two ends of its FIFO.</li>
 * </ul>
 * Costs, after an O(1) id lookup, with {@code L} levels on the side and {@code k} of them better than the price
 * concerned: partial cancel, partial execute and modify-down O(1); add O(log L); an order leaving a level O(1), plus
 * O(log L + k) when the level empties; a new level O(log L + k); replace and priority-losing modify are a leave then
 * an add. The levels are the aggregated L2 view, read through {@link BookView}.
 * <p>
 * Every operation validates fully before changing anything: a negative {@link BookResult} leaves the book unchanged
 * (an add claims its id in the index with the duplicate check's one probe, and gives it back if a later check fails).
 * Checks run in this order: unknown order, side, price, size, duplicate id, order pool, size overflow, level capacity.
 * <p>
 * Threading: owned by one thread.
 */
public final class OrderBook extends LadderBook {
    private final OrderIndex orderSlotById;
    private long executedPrice = NULL_PRICE;
    private byte executedSide = Side.NULL_SIDE;
    private final long[] orderId;
    private final byte[] orderSide;
    private final long[] orderPrice;
    private final long[] orderSize;
    private final int[] orderLevel;
    private final int[] nextOrder;
    private final int[] prevOrder;
    private int freeOrder;
    private int liveOrders;

    /**
     * Creates an empty book with room for {@code orderCapacity} live orders and {@code levelCapacity} levels per side.
     *
     * @param orderCapacity maximum number of live orders, both sides together.
     * @param levelCapacity maximum number of price levels per side.
     */
    public OrderBook(final int orderCapacity, final int levelCapacity) {
        super(checkedLevelCapacity(orderCapacity, levelCapacity));
        orderId = new long[orderCapacity];
        orderSlotById = new OrderIndex(orderCapacity, orderId);
        orderSide = new byte[orderCapacity];
        orderPrice = new long[orderCapacity];
        orderSize = new long[orderCapacity];
        orderLevel = new int[orderCapacity];
        nextOrder = new int[orderCapacity];
        prevOrder = new int[orderCapacity];
        clear();
    }

    private static int checkedLevelCapacity(final int orderCapacity, final int levelCapacity) {
        if (orderCapacity < 1 || orderCapacity > (1 << 29) || levelCapacity < 1) {
            throw new IllegalArgumentException(
                "orderCapacity must be in [1, 2^29] and levelCapacity positive: " + orderCapacity + ", " + levelCapacity);
        }
        return levelCapacity;
    }

    /**
     * Adds an order at the back of its price level's queue.
     *
     * @param orderId id of the new order, unique among live orders.
     * @param side    {@link Side#BUY} or {@link Side#SELL}.
     * @param price   positive price mantissa.
     * @param size    positive size.
     * @return {@link BookResult#OK} or {@link BookResult#APPLIED_CROSSED} when applied; otherwise
     *     {@link BookResult#INVALID_SIDE}, {@link BookResult#INVALID_PRICE}, {@link BookResult#NEGATIVE_SIZE},
     *     {@link BookResult#DUPLICATE_ORDER}, {@link BookResult#SIZE_OVERFLOW} or {@link BookResult#CAPACITY_EXCEEDED}.
     */
    public int add(final long orderId, final byte side, final long price, final long size) {
        if (!Side.isValid(side)) {
            return INVALID_SIDE;
        }
        final int rejection = rejection(price, size);
        if (rejection != OK) {
            return rejection;
        }
        final int order = freeOrder;
        if (order == NONE) {
            return orderSlotById.get(orderId) != NONE ? DUPLICATE_ORDER : CAPACITY_EXCEEDED;
        }
        this.orderId[order] = orderId;
        if (orderSlotById.putIfAbsent(order) != NONE) {
            return DUPLICATE_ORDER;
        }
        final PriceLadder ladder = ladder(side);
        final int admission = admission(ladder, price, size, NONE);
        if (admission != OK) {
            orderSlotById.remove(orderId);
            return admission;
        }

        freeOrder = nextOrder[order];
        liveOrders++;
        orderSide[order] = side;
        enqueue(ladder, order, price, size);
        return outcome();
    }

    /**
     * Replaces an order by a new order on the same side, which joins the back of its level's queue (ITCH "order replace").
     *
     * @param orderId    id of the live order to replace.
     * @param newOrderId id of the new order; may equal {@code orderId}, otherwise must not be live.
     * @param newPrice   positive price mantissa of the new order.
     * @param newSize    positive size of the new order.
     * @return {@link BookResult#OK} or {@link BookResult#APPLIED_CROSSED} when applied; otherwise
     *     {@link BookResult#UNKNOWN_ORDER}, {@link BookResult#INVALID_PRICE}, {@link BookResult#NEGATIVE_SIZE},
     *     {@link BookResult#DUPLICATE_ORDER}, {@link BookResult#SIZE_OVERFLOW} or {@link BookResult#CAPACITY_EXCEEDED}.
     */
    public int replace(final long orderId, final long newOrderId, final long newPrice, final long newSize) {
        final int order = orderSlot(orderId);
        if (order == NONE) {
            return UNKNOWN_ORDER;
        }
        final int rejection = rejection(newPrice, newSize);
        if (rejection != OK) {
            return rejection;
        }
        if (newOrderId != orderId && orderSlotById.get(newOrderId) != NONE) {
            return DUPLICATE_ORDER;
        }
        final PriceLadder ladder = ladder(orderSide[order]);
        final int admission = admission(ladder, newPrice, newSize, order);
        if (admission != OK) {
            return admission;
        }

        dequeue(ladder, order);
        orderSlotById.remove(orderId);
        this.orderId[order] = newOrderId;
        orderSlotById.putIfAbsent(order);
        enqueue(ladder, order, newPrice, newSize);
        return outcome();
    }

    /**
     * Changes an order's price and size in place; it keeps its queue position only when the price is unchanged and the
     * size does not increase, otherwise it moves to the back of its (new) level's queue.
     *
     * @param orderId  id of the live order.
     * @param newPrice positive price mantissa.
     * @param newSize  positive size.
     * @return {@link BookResult#OK} or {@link BookResult#APPLIED_CROSSED} when applied; otherwise
     *     {@link BookResult#UNKNOWN_ORDER}, {@link BookResult#INVALID_PRICE}, {@link BookResult#NEGATIVE_SIZE},
     *     {@link BookResult#SIZE_OVERFLOW} or {@link BookResult#CAPACITY_EXCEEDED}.
     */
    public int modify(final long orderId, final long newPrice, final long newSize) {
        final int order = orderSlot(orderId);
        if (order == NONE) {
            return UNKNOWN_ORDER;
        }
        final int rejection = rejection(newPrice, newSize);
        if (rejection != OK) {
            return rejection;
        }
        final PriceLadder ladder = ladder(orderSide[order]);
        if (newPrice == orderPrice[order] && newSize <= orderSize[order]) {
            ladder.addToLevel(orderLevel[order], newSize - orderSize[order], 0);
            orderSize[order] = newSize;
            return outcome();
        }
        final int admission = admission(ladder, newPrice, newSize, order);
        if (admission != OK) {
            return admission;
        }

        dequeue(ladder, order);
        enqueue(ladder, order, newPrice, newSize);
        return outcome();
    }

    /**
     * Cancels part of an order, keeping its queue position; the order is removed when nothing remains.
     *
     * @param orderId       id of the live order.
     * @param cancelledSize positive size to cancel, at most the remaining size.
     * @return {@link BookResult#OK} or {@link BookResult#APPLIED_CROSSED} when applied; otherwise
     *     {@link BookResult#UNKNOWN_ORDER} or {@link BookResult#NEGATIVE_SIZE}.
     */
    public int cancel(final long orderId, final long cancelledSize) {
        return reduce(orderId, cancelledSize);
    }

    /**
     * Executes (fills) part of an order, keeping its queue position; the order is removed when nothing remains.
     *
     * @param orderId      id of the live order.
     * @param executedSize positive size executed, at most the remaining size.
     * @return {@link BookResult#OK} or {@link BookResult#APPLIED_CROSSED} when applied; otherwise
     *     {@link BookResult#UNKNOWN_ORDER} or {@link BookResult#NEGATIVE_SIZE}.
     */
    public int execute(final long orderId, final long executedSize) {
        return reduce(orderId, executedSize);
    }

    /**
     * Price of the order the last successful {@link #execute} or {@link #cancel} reduced, read after the call (saves
     * looking the order up again, which it may no longer be).
     *
     * @return the price mantissa, or {@link BookView#NULL_PRICE} before any reduction.
     */
    public long executedPrice() {
        return executedPrice;
    }

    /**
     * Side of the order the last successful {@link #execute} or {@link #cancel} reduced.
     *
     * @return {@link Side#BUY} or {@link Side#SELL}, or {@link Side#NULL_SIDE} before any reduction.
     */
    public byte executedSide() {
        return executedSide;
    }

    /**
     * Removes an order whatever its remaining size.
     *
     * @param orderId id of the live order.
     * @return {@link BookResult#OK} or {@link BookResult#APPLIED_CROSSED} when applied; otherwise
     *     {@link BookResult#UNKNOWN_ORDER}.
     */
    public int delete(final long orderId) {
        final int order = orderSlotById.remove(orderId);
        if (order == NONE) {
            return UNKNOWN_ORDER;
        }
        release(order);
        return outcome();
    }

    /** Removes every order and level; takes time proportional to the capacities, not to the live orders. */
    public void clear() {
        bids.clear();
        asks.clear();
        orderSlotById.clear();
        final int capacity = orderId.length;
        for (int order = 0; order < capacity; order++) {
            nextOrder[order] = order + 1 < capacity ? order + 1 : NONE;
            prevOrder[order] = NONE;
            orderLevel[order] = NONE;
            orderSide[order] = Side.NULL_SIDE;
        }
        freeOrder = 0;
        liveOrders = 0;
    }

    /**
     * Number of live orders on both sides.
     *
     * @return live order count.
     */
    public long orderCount() {
        return liveOrders;
    }

    /**
     * Whether an order id is live in the book.
     *
     * @param orderId to look up.
     * @return true when the order is live.
     */
    public boolean containsOrder(final long orderId) {
        return orderSlotById.get(orderId) != NONE;
    }

    /**
     * Remaining size of an order.
     *
     * @param orderId to look up.
     * @return remaining size, or 0 when the order is not live.
     */
    public long orderSize(final long orderId) {
        final int order = orderSlot(orderId);
        return order != NONE ? orderSize[order] : 0;
    }

    /**
     * Price mantissa of an order.
     *
     * @param orderId to look up.
     * @return price, or {@link #NULL_PRICE} when the order is not live.
     */
    public long orderPrice(final long orderId) {
        final int order = orderSlot(orderId);
        return order != NONE ? orderPrice[order] : NULL_PRICE;
    }

    /**
     * Side of an order.
     *
     * @param orderId to look up.
     * @return {@link Side#BUY} or {@link Side#SELL}, or {@link Side#NULL_SIDE} when the order is not live.
     */
    public byte orderSide(final long orderId) {
        final int order = orderSlot(orderId);
        return order != NONE ? orderSide[order] : Side.NULL_SIDE;
    }

    /**
     * Copies the orders of one level in queue order (first to execute first) into caller-owned arrays.
     *
     * @param side       {@link Side#BUY} or {@link Side#SELL}.
     * @param levelIndex 0 for the best level.
     * @param orderIds   receives order ids.
     * @param sizes      receives remaining sizes.
     * @return number of orders copied: the least of the level's order count and the arrays' lengths; 0 for no level.
     */
    public int copyLevelOrders(final byte side, final int levelIndex, final long[] orderIds, final long[] sizes) {
        final PriceLadder ladder = ladder(side);
        final int level = ladder.slotAt(levelIndex);
        if (level == NONE) {
            return 0;
        }
        final int limit = Math.min(orderIds.length, sizes.length);
        int copied = 0;
        for (int order = ladder.firstOrder[level]; order != NONE && copied < limit; order = nextOrder[order]) {
            orderIds[copied] = orderId[order];
            sizes[copied] = orderSize[order];
            copied++;
        }
        return copied;
    }

    /** {@inheritDoc} */
    @Override
    public long stateHash(final long seed) {
        return StateHash.finish(hashSide(hashSide(StateHash.start(seed), bids), asks));
    }

    private long hashSide(final long hash, final PriceLadder ladder) {
        final int count = ladder.count();
        long h = StateHash.mix(hash, count);
        for (int i = 0; i < count; i++) {
            final int level = ladder.slotAt(i);
            h = StateHash.mix(h, ladder.price(level));
            h = StateHash.mix(h, ladder.size(level));
            h = StateHash.mix(h, ladder.orderCount(level));
            for (int order = ladder.firstOrder[level]; order != NONE; order = nextOrder[order]) {
                h = StateHash.mix(h, orderId[order]);
                h = StateHash.mix(h, orderSize[order]);
            }
        }
        return h;
    }

    private static int rejection(final long price, final long size) {
        if (price <= 0) {
            return INVALID_PRICE;
        }
        if (size <= 0) {
            return NEGATIVE_SIZE;
        }
        return OK;
    }

    /**
     * Whether {@code size} can join the level at {@code price} once {@code leavingOrder} (or {@link PriceLadder#NONE})
     * has left the same side: the side total must not overflow, and a new level needs a free level slot.
     */
    private int admission(final PriceLadder ladder, final long price, final long size, final int leavingOrder) {
        long remainingTotal = ladder.totalSize();
        boolean freesLevel = false;
        if (leavingOrder != NONE) {
            remainingTotal -= orderSize[leavingOrder];
            freesLevel = ladder.orderCount(orderLevel[leavingOrder]) == 1;
        }
        if (size > Long.MAX_VALUE - remainingTotal) {
            return SIZE_OVERFLOW;
        }
        if (ladder.isFull() && !freesLevel && ladder.find(price) == NONE) {
            return CAPACITY_EXCEEDED;
        }
        return OK;
    }

    private int reduce(final long orderId, final long reduction) {
        final int order = orderSlot(orderId);
        if (order == NONE) {
            return UNKNOWN_ORDER;
        }
        if (reduction <= 0 || reduction > orderSize[order]) {
            return NEGATIVE_SIZE;
        }
        executedPrice = orderPrice[order];
        executedSide = orderSide[order];
        if (reduction == orderSize[order]) {
            orderSlotById.remove(orderId);
            release(order);
        } else {
            orderSize[order] -= reduction;
            ladder(orderSide[order]).addToLevel(orderLevel[order], -reduction, 0);
        }
        return outcome();
    }

    /** Unlinks an order already removed from the id map and returns its slot to the pool. */
    private void release(final int order) {
        dequeue(ladder(orderSide[order]), order);
        orderSide[order] = Side.NULL_SIDE;
        nextOrder[order] = freeOrder;
        freeOrder = order;
        liveOrders--;
    }

    /** Links an order at the back of the level at {@code price}, opening the level if needed. */
    private void enqueue(final PriceLadder ladder, final int order, final long price, final long size) {
        final int level = ladder.findOrInsert(price);
        final int last = ladder.lastOrder[level];
        prevOrder[order] = last;
        nextOrder[order] = NONE;
        if (last == NONE) {
            ladder.firstOrder[level] = order;
        } else {
            nextOrder[last] = order;
        }
        ladder.lastOrder[level] = order;
        orderPrice[order] = price;
        orderSize[order] = size;
        orderLevel[order] = level;
        ladder.addToLevel(level, size, 1);
    }

    /** Unlinks an order from its level, closing the level when it empties. */
    private void dequeue(final PriceLadder ladder, final int order) {
        final int level = orderLevel[order];
        final int prev = prevOrder[order];
        final int next = nextOrder[order];
        if (prev == NONE) {
            ladder.firstOrder[level] = next;
        } else {
            nextOrder[prev] = next;
        }
        if (next == NONE) {
            ladder.lastOrder[level] = prev;
        } else {
            prevOrder[next] = prev;
        }
        ladder.addToLevel(level, -orderSize[order], -1);
        if (ladder.orderCount(level) == 0) {
            ladder.remove(level);
        }
        prevOrder[order] = NONE;
        nextOrder[order] = NONE;
        orderLevel[order] = NONE;
    }

    private int orderSlot(final long orderId) {
        return orderSlotById.get(orderId);
    }

    private int outcome() {
        return isCrossed() ? APPLIED_CROSSED : OK;
    }

}

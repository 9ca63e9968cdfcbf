package io.fdp.benchmarks.baseline;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static io.fdp.engine.book.BookResult.APPLIED_CROSSED;
import static io.fdp.engine.book.BookResult.DUPLICATE_ORDER;
import static io.fdp.engine.book.BookResult.INVALID_PRICE;
import static io.fdp.engine.book.BookResult.INVALID_SIDE;
import static io.fdp.engine.book.BookResult.NEGATIVE_SIZE;
import static io.fdp.engine.book.BookResult.OK;
import static io.fdp.engine.book.BookResult.UNKNOWN_ORDER;

/**
 * An L3 book written the straightforward way, the baseline for the engine's {@link io.fdp.engine.book.OrderBook}:
 * per side a {@code TreeMap} of price levels (bids in descending order, so the best level is first on both sides),
 * each level's orders in a {@code LinkedHashMap} (time priority with O(1) removal by id) and its aggregate size, and a
 * {@code HashMap} from order id to order.
 * <p>
 * It validates like {@code OrderBook} and returns the same {@link io.fdp.engine.book.BookResult} codes, including
 * {@code APPLIED_CROSSED}, so both books do the same work per event. Threading: owned by one thread.
 */
public final class TreeMapOrderBook {
    private final NavigableMap<Long, Level> bids = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<Long, Level> asks = new TreeMap<>();
    private final Map<Long, Order> orders = new HashMap<>();

    /**
     * Adds an order at the back of its price level's queue.
     *
     * @param orderId id of the new order.
     * @param side    {@link Side#BUY} or {@link Side#SELL}.
     * @param price   positive price mantissa.
     * @param size    positive size.
     * @return a {@link io.fdp.engine.book.BookResult} code.
     */
    public int add(final long orderId, final byte side, final long price, final long size) {
        if (!Side.isValid(side)) {
            return INVALID_SIDE;
        }
        if (price <= 0) {
            return INVALID_PRICE;
        }
        if (size <= 0) {
            return NEGATIVE_SIZE;
        }
        if (orders.containsKey(orderId)) {
            return DUPLICATE_ORDER;
        }
        final Order order = new Order(orderId, side, price, size);
        orders.put(orderId, order);
        levels(side).computeIfAbsent(price, ignored -> new Level()).add(order);
        return outcome();
    }

    /**
     * Cancels part of an order; the order is removed when nothing remains.
     *
     * @param orderId       id of the live order.
     * @param cancelledSize positive size, at most the remaining size.
     * @return a {@link io.fdp.engine.book.BookResult} code.
     */
    public int cancel(final long orderId, final long cancelledSize) {
        return reduce(orderId, cancelledSize);
    }

    /**
     * Executes part of an order; the order is removed when nothing remains.
     *
     * @param orderId      id of the live order.
     * @param executedSize positive size, at most the remaining size.
     * @return a {@link io.fdp.engine.book.BookResult} code.
     */
    public int execute(final long orderId, final long executedSize) {
        return reduce(orderId, executedSize);
    }

    /**
     * Removes an order whatever its remaining size.
     *
     * @param orderId id of the live order.
     * @return a {@link io.fdp.engine.book.BookResult} code.
     */
    public int delete(final long orderId) {
        final Order order = orders.remove(orderId);
        if (order == null) {
            return UNKNOWN_ORDER;
        }
        unlink(order);
        return outcome();
    }

    /**
     * Price of a live order.
     *
     * @param orderId to look up.
     * @return its price, or {@link BookView#NULL_PRICE} when it is not live.
     */
    public long orderPrice(final long orderId) {
        final Order order = orders.get(orderId);
        return order == null ? BookView.NULL_PRICE : order.price;
    }

    /**
     * Side of a live order.
     *
     * @param orderId to look up.
     * @return its side, or {@link Side#NULL_SIDE} when it is not live.
     */
    public byte orderSide(final long orderId) {
        final Order order = orders.get(orderId);
        return order == null ? Side.NULL_SIDE : order.side;
    }

    /** @return the number of live orders. */
    public int orderCount() {
        return orders.size();
    }

    /**
     * Number of price levels on a side.
     *
     * @param side {@link Side#BUY} or {@link Side#SELL}.
     * @return the level count.
     */
    public int levelCount(final byte side) {
        return levels(side).size();
    }

    /** @return the best bid price, or {@link BookView#NULL_PRICE}. */
    public long bestBidPrice() {
        return bestPrice(bids);
    }

    /** @return the aggregate size of the best bid level, or 0. */
    public long bestBidSize() {
        return bestSize(bids);
    }

    /** @return the best ask price, or {@link BookView#NULL_PRICE}. */
    public long bestAskPrice() {
        return bestPrice(asks);
    }

    /** @return the aggregate size of the best ask level, or 0. */
    public long bestAskSize() {
        return bestSize(asks);
    }

    /** @return true when both sides are non-empty and the best bid is at or above the best ask. */
    public boolean isCrossed() {
        return !bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey();
    }

    private int reduce(final long orderId, final long reduction) {
        final Order order = orders.get(orderId);
        if (order == null) {
            return UNKNOWN_ORDER;
        }
        if (reduction <= 0 || reduction > order.size) {
            return NEGATIVE_SIZE;
        }
        if (reduction == order.size) {
            orders.remove(orderId);
            unlink(order);
        } else {
            order.size -= reduction;
            levels(order.side).get(order.price).size -= reduction;
        }
        return outcome();
    }

    private void unlink(final Order order) {
        final NavigableMap<Long, Level> side = levels(order.side);
        final Level level = side.get(order.price);
        level.remove(order);
        if (level.queue.isEmpty()) {
            side.remove(order.price);
        }
    }

    private int outcome() {
        return isCrossed() ? APPLIED_CROSSED : OK;
    }

    private NavigableMap<Long, Level> levels(final byte side) {
        return side == Side.BUY ? bids : asks;
    }

    private static long bestPrice(final NavigableMap<Long, Level> side) {
        final Map.Entry<Long, Level> best = side.firstEntry();
        return best == null ? BookView.NULL_PRICE : best.getKey();
    }

    private static long bestSize(final NavigableMap<Long, Level> side) {
        final Map.Entry<Long, Level> best = side.firstEntry();
        return best == null ? 0 : best.getValue().size;
    }

    /** A resting order. */
    private static final class Order {
        private final long id;
        private final byte side;
        private final long price;
        private long size;

        Order(final long id, final byte side, final long price, final long size) {
            this.id = id;
            this.side = side;
            this.price = price;
            this.size = size;
        }
    }

    /** A price level: its orders in time priority and their total size. */
    private static final class Level {
        private final LinkedHashMap<Long, Order> queue = new LinkedHashMap<>();
        private long size;

        void add(final Order order) {
            queue.put(order.id, order);
            size += order.size;
        }

        void remove(final Order order) {
            queue.remove(order.id);
            size -= order.size;
        }
    }
}

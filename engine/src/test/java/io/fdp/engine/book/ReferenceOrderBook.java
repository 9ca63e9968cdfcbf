package io.fdp.engine.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import static io.fdp.engine.book.BookResult.APPLIED_CROSSED;
import static io.fdp.engine.book.BookResult.CAPACITY_EXCEEDED;
import static io.fdp.engine.book.BookResult.DUPLICATE_ORDER;
import static io.fdp.engine.book.BookResult.INVALID_PRICE;
import static io.fdp.engine.book.BookResult.INVALID_SIDE;
import static io.fdp.engine.book.BookResult.NEGATIVE_SIZE;
import static io.fdp.engine.book.BookResult.OK;
import static io.fdp.engine.book.BookResult.SIZE_OVERFLOW;
import static io.fdp.engine.book.BookResult.UNKNOWN_ORDER;

/**
 * A deliberately naive L3 book for the property tests: a hash map of orders, each with a priority number; levels and
 * queues are recomputed on demand by sorting. It states the rules of {@link OrderBook} a second, independent way.
 */
final class ReferenceOrderBook {
    record Order(long id, byte side, long price, long size, long priority) {
    }

    private final Map<Long, Order> orders = new HashMap<>();
    private final int orderCapacity;
    private final int levelCapacity;
    private long nextPriority;

    ReferenceOrderBook(final int orderCapacity, final int levelCapacity) {
        this.orderCapacity = orderCapacity;
        this.levelCapacity = levelCapacity;
    }

    int add(final long id, final byte side, final long price, final long size) {
        if (!Side.isValid(side)) {
            return INVALID_SIDE;
        }
        int result = validate(price, size);
        if (result == OK && orders.containsKey(id)) {
            result = DUPLICATE_ORDER;
        }
        if (result == OK && orders.size() == orderCapacity) {
            result = CAPACITY_EXCEEDED;
        }
        if (result == OK) {
            result = admission(side, price, size, null);
        }
        if (result == OK) {
            orders.put(id, new Order(id, side, price, size, nextPriority++));
            result = outcome();
        }
        return result;
    }

    int replace(final long id, final long newId, final long price, final long size) {
        final Order old = orders.get(id);
        if (old == null) {
            return UNKNOWN_ORDER;
        }
        int result = validate(price, size);
        if (result == OK && newId != id && orders.containsKey(newId)) {
            result = DUPLICATE_ORDER;
        }
        if (result == OK) {
            result = admission(old.side(), price, size, old);
        }
        if (result == OK) {
            orders.remove(id);
            orders.put(newId, new Order(newId, old.side(), price, size, nextPriority++));
            result = outcome();
        }
        return result;
    }

    int modify(final long id, final long price, final long size) {
        final Order old = orders.get(id);
        if (old == null) {
            return UNKNOWN_ORDER;
        }
        int result = validate(price, size);
        final boolean keepsPriority = price == old.price() && size <= old.size();
        if (result == OK && !keepsPriority) {
            result = admission(old.side(), price, size, old);
        }
        if (result == OK) {
            orders.put(id, new Order(id, old.side(), price, size, keepsPriority ? old.priority() : nextPriority++));
            result = outcome();
        }
        return result;
    }

    int reduce(final long id, final long reduction) {
        final Order old = orders.get(id);
        if (old == null) {
            return UNKNOWN_ORDER;
        }
        if (reduction <= 0 || reduction > old.size()) {
            return NEGATIVE_SIZE;
        }
        if (reduction == old.size()) {
            orders.remove(id);
        } else {
            orders.put(id, new Order(id, old.side(), old.price(), old.size() - reduction, old.priority()));
        }
        return outcome();
    }

    int delete(final long id) {
        return orders.remove(id) == null ? UNKNOWN_ORDER : outcome();
    }

    List<Order> ordersByPriority() {
        final List<Order> sorted = new ArrayList<>(orders.values());
        sorted.sort(Comparator.comparingLong(Order::priority));
        return sorted;
    }

    /** Levels of one side, best first, each with its queue in priority order. */
    NavigableMap<Long, List<Order>> levels(final byte side) {
        final NavigableMap<Long, List<Order>> levels =
            new TreeMap<>(side == Side.BUY ? Comparator.<Long>reverseOrder() : Comparator.<Long>naturalOrder());
        for (final Order order : ordersByPriority()) {
            if (order.side() == side) {
                levels.computeIfAbsent(order.price(), price -> new ArrayList<>()).add(order);
            }
        }
        return levels;
    }

    /** The same text as {@link BookScript#renderOrders(OrderBook)}. */
    String render() {
        final StringBuilder text = new StringBuilder();
        for (final byte side : new byte[] {Side.BUY, Side.SELL}) {
            text.append(side == Side.BUY ? "B" : " | S");
            for (final Map.Entry<Long, List<Order>> level : levels(side).entrySet()) {
                text.append(' ').append(level.getKey()).append('[');
                final List<Order> queue = level.getValue();
                for (int i = 0; i < queue.size(); i++) {
                    text.append(i == 0 ? "" : " ").append(queue.get(i).id()).append('x').append(queue.get(i).size());
                }
                text.append(']');
            }
        }
        return text.toString();
    }

    private static int validate(final long price, final long size) {
        if (price <= 0) {
            return INVALID_PRICE;
        }
        return size <= 0 ? NEGATIVE_SIZE : OK;
    }

    private int admission(final byte side, final long price, final long size, final Order leaving) {
        long total = 0;
        final Set<Long> prices = new HashSet<>();
        for (final Order order : orders.values()) {
            if (order.side() == side && (leaving == null || order.id() != leaving.id())) {
                total += order.size();
                prices.add(order.price());
            }
        }
        if (size > Long.MAX_VALUE - total) {
            return SIZE_OVERFLOW;
        }
        return !prices.contains(price) && prices.size() >= levelCapacity ? CAPACITY_EXCEEDED : OK;
    }

    private int outcome() {
        final NavigableMap<Long, List<Order>> bids = levels(Side.BUY);
        final NavigableMap<Long, List<Order>> asks = levels(Side.SELL);
        final boolean crossed = !bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey();
        return crossed ? APPLIED_CROSSED : OK;
    }
}

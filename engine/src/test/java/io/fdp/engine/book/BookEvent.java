package io.fdp.engine.book;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import static io.fdp.engine.book.BookView.NULL_PRICE;

/**
 * One L3 feed event of the property tests, with generators for random streams of them.
 * <p>
 * Order ids come from a small range so that events often hit live orders (and sometimes collide); prices cluster
 * within a few ticks of a mid, bids below and asks above, with an occasional crossing or invalid price; sizes are
 * mostly small, with the occasional zero, negative or huge size to reach the integrity checks.
 */
record BookEvent(Kind kind, long orderId, long newOrderId, byte side, long price, long size) {
    static final long MID_PRICE = 10_000;

    enum Kind {
        ADD, REPLACE, MODIFY, CANCEL, EXECUTE, DELETE
    }

    int applyTo(final OrderBook book) {
        return switch (kind) {
            case ADD -> book.add(orderId, side, price, size);
            case REPLACE -> book.replace(orderId, newOrderId, price, size);
            case MODIFY -> book.modify(orderId, price, size);
            case CANCEL -> book.cancel(orderId, size);
            case EXECUTE -> book.execute(orderId, size);
            case DELETE -> book.delete(orderId);
        };
    }

    int applyTo(final ReferenceOrderBook model) {
        return switch (kind) {
            case ADD -> model.add(orderId, side, price, size);
            case REPLACE -> model.replace(orderId, newOrderId, price, size);
            case MODIFY -> model.modify(orderId, price, size);
            case CANCEL, EXECUTE -> model.reduce(orderId, size);
            case DELETE -> model.delete(orderId);
        };
    }

    static Arbitrary<List<BookEvent>> streams() {
        return events().list().ofMinSize(20).ofMaxSize(400);
    }

    static Arbitrary<BookEvent> events() {
        final Arbitrary<Kind> kinds = Arbitraries.frequency(
            Tuple.of(40, Kind.ADD), Tuple.of(10, Kind.REPLACE), Tuple.of(14, Kind.MODIFY),
            Tuple.of(12, Kind.CANCEL), Tuple.of(12, Kind.EXECUTE), Tuple.of(12, Kind.DELETE));
        final Arbitrary<Long> ids = Arbitraries.longs().between(1, 40);
        final Arbitrary<Byte> sides = Arbitraries.of(Side.BUY, Side.SELL);
        final Arbitrary<Long> ticksFromMid = Arbitraries.frequencyOf(
            Tuple.of(96, Arbitraries.longs().between(-2, 12)),
            Tuple.of(4, Arbitraries.just(Long.MIN_VALUE)));
        final Arbitrary<Long> sizes = Arbitraries.frequencyOf(
            Tuple.of(88, Arbitraries.longs().between(1, 100)),
            Tuple.of(6, Arbitraries.of(0L, -3L)),
            Tuple.of(6, Arbitraries.of(Long.MAX_VALUE / 3, Long.MAX_VALUE)));
        return Combinators.combine(kinds, ids, ids, sides, ticksFromMid, sizes).as(
            (kind, id, newId, side, ticks, size) -> new BookEvent(kind, id, newId, side, price(side, ticks), size));
    }

    /** A price {@code ticks} away from the mid on the passive side, or an invalid price for {@code Long.MIN_VALUE}. */
    private static long price(final byte side, final long ticks) {
        if (ticks == Long.MIN_VALUE) {
            return side == Side.BUY ? NULL_PRICE : 0;
        }
        return side == Side.BUY ? MID_PRICE - ticks : MID_PRICE + ticks;
    }
}

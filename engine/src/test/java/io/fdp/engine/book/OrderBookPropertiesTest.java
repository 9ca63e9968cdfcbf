package io.fdp.engine.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static io.fdp.engine.book.BookResult.APPLIED_CROSSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class OrderBookPropertiesTest {
    private static final int ORDER_CAPACITY = 1_000;
    private static final int LEVEL_CAPACITY = 100;

    @Provide
    Arbitrary<List<BookEvent>> streams() {
        return BookEvent.streams();
    }

    @Property(tries = 400, seed = "2718281828459045")
    void matchesReferenceModelEventByEvent(
        @ForAll("streams") final List<BookEvent> events,
        @ForAll @IntRange(min = 1, max = 48) final int orderCapacity,
        @ForAll @IntRange(min = 1, max = 8) final int levelCapacity) {
        final OrderBook book = new OrderBook(orderCapacity, levelCapacity);
        final ReferenceOrderBook model = new ReferenceOrderBook(orderCapacity, levelCapacity);
        for (final BookEvent event : events) {
            final int expected = event.applyTo(model);
            final int actual = event.applyTo(book);

            assertEquals(BookResult.describe(expected), BookResult.describe(actual), event::toString);
            assertEquals(model.render(), BookScript.renderOrders(book), event::toString);
        }
    }

    @Property(tries = 300, seed = "5772156649015329")
    void topChangesMovesWheneverTheBestBidOrOfferMoves(@ForAll("streams") final List<BookEvent> events) {
        final OrderBook book = new OrderBook(32, 6);
        BookInvariants.checkTopChanges(book, events, event -> event.applyTo(book));
    }

    @Property(tries = 400, seed = "3141592653589793")
    void keepsInvariantsAndRejectsWithoutChange(@ForAll("streams") final List<BookEvent> events) {
        final OrderBook book = new OrderBook(32, 6);
        for (final BookEvent event : events) {
            final long hashBefore = book.stateHash(0);
            final int result = event.applyTo(book);

            BookInvariants.check(book);
            if (BookResult.isApplied(result)) {
                assertEquals(book.isCrossed(), result == APPLIED_CROSSED, event::toString);
            } else {
                assertEquals(hashBefore, book.stateHash(0), event::toString);
            }
        }
    }

    @Property(tries = 300, seed = "1618033988749894")
    void levelsEqualAnIndependentAggregationOfTheOrders(@ForAll("streams") final List<BookEvent> events) {
        final OrderBook book = new OrderBook(ORDER_CAPACITY, LEVEL_CAPACITY);
        final ReferenceOrderBook model = new ReferenceOrderBook(ORDER_CAPACITY, LEVEL_CAPACITY);
        for (final BookEvent event : events) {
            event.applyTo(book);
            event.applyTo(model);
        }

        assertEquals(aggregate(model), levels(book));
    }

    @Property(tries = 300, seed = "1414213562373095")
    void sameStreamGivesSameStateHashAndOneMoreOrderChangesIt(@ForAll("streams") final List<BookEvent> events) {
        final OrderBook first = new OrderBook(ORDER_CAPACITY, LEVEL_CAPACITY);
        final OrderBook second = new OrderBook(ORDER_CAPACITY, LEVEL_CAPACITY);
        for (final BookEvent event : events) {
            event.applyTo(first);
            event.applyTo(second);
        }
        assertEquals(first.stateHash(7), second.stateHash(7));

        final int extra = second.add(1_000_000, Side.BUY, BookEvent.MID_PRICE - 50, 1);
        Assume.that(BookResult.isApplied(extra));
        assertNotEquals(first.stateHash(7), second.stateHash(7));
    }

    @Property(tries = 300, seed = "1732050807568877")
    void stateHashDependsOnlyOnTheFinalState(@ForAll("streams") final List<BookEvent> events) {
        final OrderBook replayed = new OrderBook(ORDER_CAPACITY, LEVEL_CAPACITY);
        final ReferenceOrderBook model = new ReferenceOrderBook(ORDER_CAPACITY, LEVEL_CAPACITY);
        for (final BookEvent event : events) {
            event.applyTo(replayed);
            event.applyTo(model);
        }
        final OrderBook rebuilt = new OrderBook(ORDER_CAPACITY, LEVEL_CAPACITY);
        for (final ReferenceOrderBook.Order order : model.ordersByPriority()) {
            rebuilt.add(order.id(), order.side(), order.price(), order.size());
        }
        assertEquals(replayed.stateHash(0), rebuilt.stateHash(0));

        final long hashBeforeClear = replayed.stateHash(0);
        replayed.clear();
        for (final BookEvent event : events) {
            event.applyTo(replayed);
        }
        assertEquals(hashBeforeClear, replayed.stateHash(0));
    }

    private static List<String> aggregate(final ReferenceOrderBook model) {
        final List<String> levels = new ArrayList<>();
        for (final byte side : new byte[] {Side.BUY, Side.SELL}) {
            for (final Map.Entry<Long, List<ReferenceOrderBook.Order>> level : model.levels(side).entrySet()) {
                long size = 0;
                for (final ReferenceOrderBook.Order order : level.getValue()) {
                    size += order.size();
                }
                levels.add(Side.describe(side) + " " + level.getKey() + " " + size + " " + level.getValue().size());
            }
        }
        return levels;
    }

    private static List<String> levels(final BookView book) {
        final List<String> levels = new ArrayList<>();
        for (final byte side : new byte[] {Side.BUY, Side.SELL}) {
            for (int i = 0; i < book.levelCount(side); i++) {
                levels.add(Side.describe(side) + " " + book.levelPrice(side, i) + " " + book.levelSize(side, i) + " " +
                    book.levelOrderCount(side, i));
            }
        }
        return levels;
    }
}

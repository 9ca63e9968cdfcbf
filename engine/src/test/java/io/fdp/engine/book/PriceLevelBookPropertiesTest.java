package io.fdp.engine.book;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import static io.fdp.engine.book.BookResult.APPLIED_CROSSED;
import static io.fdp.engine.book.BookResult.CAPACITY_EXCEEDED;
import static io.fdp.engine.book.BookResult.INVALID_PRICE;
import static io.fdp.engine.book.BookResult.NEGATIVE_SIZE;
import static io.fdp.engine.book.BookResult.OK;
import static io.fdp.engine.book.BookResult.SIZE_OVERFLOW;
import static io.fdp.engine.book.BookResult.UNKNOWN_LEVEL;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PriceLevelBookPropertiesTest {
    private static final long MID_PRICE = 10_000;

    record LevelEvent(boolean delete, byte side, long price, long size) {
        int applyTo(final PriceLevelBook book) {
            return delete ? book.delete(side, price) : book.set(side, price, size);
        }
    }

    /** Two sorted maps and the rules of {@link PriceLevelBook} stated a second, independent way. */
    static final class ReferenceLevelBook {
        private final NavigableMap<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
        private final NavigableMap<Long, Long> asks = new TreeMap<>();
        private final int levelCapacity;

        ReferenceLevelBook(final int levelCapacity) {
            this.levelCapacity = levelCapacity;
        }

        int apply(final LevelEvent event) {
            final NavigableMap<Long, Long> levels = event.side() == Side.BUY ? bids : asks;
            if (event.price() <= 0) {
                return INVALID_PRICE;
            }
            if (!event.delete() && event.size() < 0) {
                return NEGATIVE_SIZE;
            }
            if (event.delete() || event.size() == 0) {
                return levels.remove(event.price()) == null ? UNKNOWN_LEVEL : outcome();
            }
            long others = 0;
            for (final Map.Entry<Long, Long> level : levels.entrySet()) {
                others += level.getKey() == event.price() ? 0 : level.getValue();
            }
            if (event.size() > Long.MAX_VALUE - others) {
                return SIZE_OVERFLOW;
            }
            if (!levels.containsKey(event.price()) && levels.size() >= levelCapacity) {
                return CAPACITY_EXCEEDED;
            }
            levels.put(event.price(), event.size());
            return outcome();
        }

        String render() {
            final StringBuilder text = new StringBuilder("B");
            bids.forEach((price, size) -> text.append(' ').append(price).append('x').append(size));
            text.append(" | S");
            asks.forEach((price, size) -> text.append(' ').append(price).append('x').append(size));
            return text.toString();
        }

        private int outcome() {
            return !bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey() ? APPLIED_CROSSED : OK;
        }
    }

    @Provide
    Arbitrary<List<LevelEvent>> streams() {
        final Arbitrary<Boolean> deletes = Arbitraries.frequency(Tuple.of(2, true), Tuple.of(8, false));
        final Arbitrary<Byte> sides = Arbitraries.of(Side.BUY, Side.SELL);
        final Arbitrary<Long> ticksFromMid = Arbitraries.frequencyOf(
            Tuple.of(96, Arbitraries.longs().between(-2, 12)),
            Tuple.of(4, Arbitraries.just(Long.MIN_VALUE)));
        final Arbitrary<Long> sizes = Arbitraries.frequencyOf(
            Tuple.of(78, Arbitraries.longs().between(1, 100)),
            Tuple.of(14, Arbitraries.just(0L)),
            Tuple.of(4, Arbitraries.just(-1L)),
            Tuple.of(4, Arbitraries.of(Long.MAX_VALUE / 3, Long.MAX_VALUE)));
        return Combinators.combine(deletes, sides, ticksFromMid, sizes)
            .as((delete, side, ticks, size) -> new LevelEvent(delete, side, price(side, ticks), size))
            .list().ofMinSize(20).ofMaxSize(400);
    }

    @Property(tries = 400, seed = "5772156649015328")
    void matchesSortedMapModelEventByEvent(
        @ForAll("streams") final List<LevelEvent> events,
        @ForAll @IntRange(min = 1, max = 10) final int levelCapacity) {
        final PriceLevelBook book = new PriceLevelBook(levelCapacity);
        final ReferenceLevelBook model = new ReferenceLevelBook(levelCapacity);
        for (final LevelEvent event : events) {
            final int expected = model.apply(event);
            final int actual = event.applyTo(book);

            assertEquals(BookResult.describe(expected), BookResult.describe(actual), event::toString);
            assertEquals(model.render(), BookScript.renderLevels(book), event::toString);
            BookInvariants.check(book);
        }
    }

    @Property(tries = 300, seed = "6931471805599454")
    void topChangesMovesWheneverTheBestBidOrOfferMoves(@ForAll("streams") final List<LevelEvent> events) {
        final PriceLevelBook book = new PriceLevelBook(8);
        BookInvariants.checkTopChanges(book, events, event -> event.applyTo(book));
    }

    @Property(tries = 200, seed = "6931471805599453")
    void sameStreamGivesSameStateHash(@ForAll("streams") final List<LevelEvent> events) {
        final PriceLevelBook first = new PriceLevelBook(16);
        final PriceLevelBook second = new PriceLevelBook(16);
        for (final LevelEvent event : events) {
            event.applyTo(first);
            event.applyTo(second);
        }

        assertEquals(first.stateHash(3), second.stateHash(3));
    }

    private static long price(final byte side, final long ticks) {
        if (ticks == Long.MIN_VALUE) {
            return side == Side.BUY ? BookView.NULL_PRICE : -1;
        }
        return side == Side.BUY ? MID_PRICE - ticks : MID_PRICE + ticks;
    }
}

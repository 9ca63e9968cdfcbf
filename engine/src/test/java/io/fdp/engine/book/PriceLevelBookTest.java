package io.fdp.engine.book;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.fdp.engine.book.BookView.NULL_PRICE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PriceLevelBookTest {
    /** Rules run on a book of three levels per side. */
    static Stream<Arguments> rules() {
        return Stream.of(
            rule("set creates a level", "B 100x10 | S", "set B 100 10 -> OK"),
            rule("set replaces the size of a level", "B 100x4 | S", "set B 100 10 -> OK", "set B 100 4 -> OK"),
            rule("set to zero deletes the level", "B 99x1 | S", "set B 100 10 -> OK", "set B 99 1 -> OK", "set B 100 0 -> OK"),
            rule("delete removes the level", "B | S 101x1", "set S 100 10 -> OK", "set S 101 1 -> OK", "remove S 100 -> OK"),
            rule("bids are ordered from the highest price", "B 101x2 100x3 99x1 | S",
                "set B 99 1 -> OK", "set B 101 2 -> OK", "set B 100 3 -> OK"),
            rule("asks are ordered from the lowest price", "B | S 99x1 100x3 101x2",
                "set S 101 2 -> OK", "set S 99 1 -> OK", "set S 100 3 -> OK"),
            rule("the sides are independent", "B 100x1 | S 101x2",
                "set B 100 1 -> OK", "set S 101 2 -> OK", "remove S 100 -> UNKNOWN_LEVEL"),
            rule("clear empties both sides", "B | S", "set B 100 1 -> OK", "set S 101 2 -> OK", "clear"),
            rule("delete of an unknown level", "B 100x1 | S", "set B 100 1 -> OK", "remove B 99 -> UNKNOWN_LEVEL"),
            rule("set to zero of an unknown level", "B | S", "set S 100 0 -> UNKNOWN_LEVEL"),
            rule("set of a negative size", "B 100x1 | S", "set B 100 1 -> OK", "set B 100 -1 -> NEGATIVE_SIZE"),
            rule("set at the null price", "B | S", "set B NULL 1 -> INVALID_PRICE"),
            rule("set at price zero", "B | S", "set S 0 1 -> INVALID_PRICE"),
            rule("delete at a negative price", "B | S", "remove B -5 -> INVALID_PRICE"),
            rule("set on an invalid side", "B | S", "set 2 100 1 -> INVALID_SIDE"),
            rule("delete on an invalid side", "B | S", "remove -1 100 -> INVALID_SIDE"),
            rule("size overflow across one side", "B 100x9223372036854775807 | S",
                "set B 100 MAX -> OK", "set B 99 1 -> SIZE_OVERFLOW"),
            rule("a level may be reset to the largest size", "B 100x9223372036854775807 | S",
                "set B 100 MAX -> OK", "set B 100 MAX -> OK"),
            rule("a full side rejects a new price but updates an existing one", "B 102x5 101x1 100x1 | S",
                "set B 100 1 -> OK", "set B 101 1 -> OK", "set B 102 1 -> OK",
                "set B 99 1 -> CAPACITY_EXCEEDED", "set B 102 5 -> OK"),
            rule("a crossing bid is applied and reported", "B 101x1 | S 100x1",
                "set S 100 1 -> OK", "set B 101 1 -> APPLIED_CROSSED"),
            rule("a locked book counts as crossed", "B 100x1 | S 100x1",
                "set S 100 1 -> OK", "set B 100 1 -> APPLIED_CROSSED"),
            rule("deleting the crossing level uncrosses the book", "B 99x1 | S 100x1",
                "set S 100 1 -> OK", "set B 99 1 -> OK", "set B 101 1 -> APPLIED_CROSSED", "remove B 101 -> OK"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void appliesRule(final String name, final String expectedBook, final List<String> steps) {
        final PriceLevelBook book = new PriceLevelBook(3);

        BookScript.run(book, steps);

        assertEquals(expectedBook, BookScript.renderLevels(book));
    }

    @Test
    void readsBestLevelsTotalsAndTopLevels() {
        final PriceLevelBook book = new PriceLevelBook(8);
        book.set(Side.BUY, 100, 10);
        book.set(Side.BUY, 98, 3);
        book.set(Side.SELL, 102, 7);
        final long[] prices = new long[3];
        final long[] sizes = new long[3];
        final int[] orderCounts = {-1, -1, -1};

        assertEquals(100, book.bestBidPrice());
        assertEquals(10, book.bestBidSize());
        assertEquals(102, book.bestAskPrice());
        assertEquals(7, book.bestAskSize());
        assertEquals(13, book.totalDepth(Side.BUY));
        assertEquals(2, book.copyTopLevels(Side.BUY, 3, prices, sizes, orderCounts));
        assertArrayEquals(new long[] {100, 98, 0}, prices);
        assertArrayEquals(new long[] {10, 3, 0}, sizes);
        assertArrayEquals(new int[] {0, 0, -1}, orderCounts);
        assertFalse(book.isCrossed());
    }

    @Test
    void emptyOrInvalidReadsReturnSentinels() {
        final PriceLevelBook book = new PriceLevelBook(2);

        assertEquals(NULL_PRICE, book.bestBidPrice());
        assertEquals(0, book.bestAskSize());
        assertEquals(NULL_PRICE, book.levelPrice(Side.SELL, 0));
        assertEquals(0, book.levelCount((byte)9));
        assertEquals(0, book.totalDepth(Side.NULL_SIDE));
    }

    @Test
    void stateHashDependsOnLevelsOnly() {
        final PriceLevelBook direct = new PriceLevelBook(4);
        direct.set(Side.BUY, 100, 5);
        final PriceLevelBook roundabout = new PriceLevelBook(4);
        roundabout.set(Side.BUY, 99, 1);
        roundabout.set(Side.BUY, 100, 9);
        roundabout.delete(Side.BUY, 99);
        roundabout.set(Side.BUY, 100, 5);
        final PriceLevelBook other = new PriceLevelBook(4);
        other.set(Side.BUY, 100, 6);

        assertEquals(direct.stateHash(1), roundabout.stateHash(1));
        assertNotEquals(direct.stateHash(1), other.stateHash(1));
    }

    private static Arguments rule(final String name, final String expectedBook, final String... steps) {
        return Arguments.of(name, expectedBook, List.of(steps));
    }
}

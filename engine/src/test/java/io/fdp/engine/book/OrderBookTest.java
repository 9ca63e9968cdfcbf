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
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderBookTest {
    static Stream<Arguments> operations() {
        return Stream.of(
            rule("add rests an order at a new level", "B 100[1x10] | S",
                "add 1 B 100 10 -> OK"),
            rule("adds at one price queue in arrival order", "B 100[1x10 2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK"),
            rule("bids are ordered from the highest price", "B 101[2x1] 100[3x1] 99[1x1] | S",
                "add 1 B 99 1 -> OK", "add 2 B 101 1 -> OK", "add 3 B 100 1 -> OK"),
            rule("asks are ordered from the lowest price", "B | S 99[1x1] 100[3x1] 101[2x1]",
                "add 1 S 99 1 -> OK", "add 2 S 101 1 -> OK", "add 3 S 100 1 -> OK"),
            rule("partial cancel keeps queue position", "B 100[1x6 2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "cancel 1 4 -> OK"),
            rule("cancel of the remaining size removes the order", "B 100[2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "cancel 1 10 -> OK"),
            rule("delete removes the order and its emptied level", "B 99[2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 99 5 -> OK", "delete 1 -> OK"),
            rule("delete from the middle of a queue keeps the others in order", "B 100[1x1 3x3] | S",
                "add 1 B 100 1 -> OK", "add 2 B 100 2 -> OK", "add 3 B 100 3 -> OK", "delete 2 -> OK"),
            rule("partial execute keeps queue position", "B 100[1x7 2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "execute 1 3 -> OK"),
            rule("executions fill the queue in arrival order", "B 100[2x3] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "execute 1 10 -> OK", "execute 2 2 -> OK"),
            rule("execute of the last order removes the level", "B | S 101[2x5]",
                "add 1 S 100 10 -> OK", "add 2 S 101 5 -> OK", "execute 1 10 -> OK"),
            rule("replace sends the new order id to the back of the queue", "B 100[2x5 3x10] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "replace 1 3 100 10 -> OK"),
            rule("replace moves the order to its new price", "B 101[3x7] 100[2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "replace 1 3 101 7 -> OK"),
            rule("replace keeps the side", "B | S 104[2x1]",
                "add 1 S 105 1 -> OK", "replace 1 2 104 1 -> OK"),
            rule("replace may reuse the same order id", "B 100[2x5 1x4] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "replace 1 1 100 4 -> OK"),
            rule("modify down at the same price keeps queue position", "B 100[1x4 2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "modify 1 100 4 -> OK"),
            rule("modify up at the same price loses queue position", "B 100[2x5 1x20] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "modify 1 100 20 -> OK"),
            rule("modify to a new price loses queue position", "B 101[2x1 3x1 1x4] | S",
                "add 1 B 100 10 -> OK", "add 2 B 101 1 -> OK", "add 3 B 101 1 -> OK", "modify 1 101 4 -> OK"),
            rule("modify to the same price and size changes nothing", "B 100[1x10 2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "modify 1 100 10 -> OK"),
            rule("a sole order modified to a new price moves its level", "B | S 102[1x3]",
                "add 1 S 101 3 -> OK", "modify 1 102 3 -> OK"),
            rule("clear empties the book and frees the ids", "B 100[1x1] | S",
                "add 1 B 100 10 -> OK", "add 2 S 101 5 -> OK", "clear", "add 1 B 100 1 -> OK"));
    }

    static Stream<Arguments> integrityProblems() {
        return Stream.of(
            rule("cancel of an unknown order", "B 100[1x10] | S",
                "add 1 B 100 10 -> OK", "cancel 2 1 -> UNKNOWN_ORDER"),
            rule("delete of an unknown order", "B | S", "delete 7 -> UNKNOWN_ORDER"),
            rule("execute of an unknown order", "B | S", "execute 7 1 -> UNKNOWN_ORDER"),
            rule("replace of an unknown order", "B | S", "replace 7 8 100 1 -> UNKNOWN_ORDER"),
            rule("modify of an unknown order", "B | S", "modify 7 100 1 -> UNKNOWN_ORDER"),
            rule("an order removed by execution is unknown afterwards", "B | S",
                "add 1 B 100 10 -> OK", "execute 1 10 -> OK", "execute 1 1 -> UNKNOWN_ORDER"),
            rule("a replaced order id is unknown afterwards", "B 100[2x10] | S",
                "add 1 B 100 10 -> OK", "replace 1 2 100 10 -> OK", "delete 1 -> UNKNOWN_ORDER"),
            rule("duplicate add on the same side", "B 100[1x10] | S",
                "add 1 B 100 10 -> OK", "add 1 B 99 5 -> DUPLICATE_ORDER"),
            rule("duplicate add on the other side", "B 100[1x10] | S",
                "add 1 B 100 10 -> OK", "add 1 S 101 5 -> DUPLICATE_ORDER"),
            rule("replace onto a live order id", "B 100[1x10 2x5] | S",
                "add 1 B 100 10 -> OK", "add 2 B 100 5 -> OK", "replace 1 2 101 1 -> DUPLICATE_ORDER"),
            rule("add of zero size", "B | S", "add 1 B 100 0 -> NEGATIVE_SIZE"),
            rule("add of negative size", "B | S", "add 1 B 100 -5 -> NEGATIVE_SIZE"),
            rule("cancel of zero size", "B 100[1x10] | S", "add 1 B 100 10 -> OK", "cancel 1 0 -> NEGATIVE_SIZE"),
            rule("execute of negative size", "B 100[1x10] | S", "add 1 B 100 10 -> OK", "execute 1 -1 -> NEGATIVE_SIZE"),
            rule("cancel of more than remains", "B 100[1x10] | S", "add 1 B 100 10 -> OK", "cancel 1 11 -> NEGATIVE_SIZE"),
            rule("execute of more than remains", "B 100[1x10] | S", "add 1 B 100 10 -> OK", "execute 1 11 -> NEGATIVE_SIZE"),
            rule("replace with zero size", "B 100[1x10] | S", "add 1 B 100 10 -> OK", "replace 1 2 100 0 -> NEGATIVE_SIZE"),
            rule("modify to zero size", "B 100[1x10] | S", "add 1 B 100 10 -> OK", "modify 1 100 0 -> NEGATIVE_SIZE"),
            rule("add at the null price", "B | S", "add 1 B NULL 10 -> INVALID_PRICE"),
            rule("add at price zero", "B | S", "add 1 S 0 10 -> INVALID_PRICE"),
            rule("add at a negative price", "B | S", "add 1 B -100 10 -> INVALID_PRICE"),
            rule("replace to the null price", "B 100[1x10] | S", "add 1 B 100 10 -> OK", "replace 1 2 NULL 10 -> INVALID_PRICE"),
            rule("modify to price zero", "B 100[1x10] | S", "add 1 B 100 10 -> OK", "modify 1 0 10 -> INVALID_PRICE"),
            rule("add on an invalid side", "B | S", "add 1 7 100 10 -> INVALID_SIDE"),
            rule("add on the null side", "B | S", "add 1 -1 100 10 -> INVALID_SIDE"),
            rule("size overflow at one level", "B 100[1x9223372036854775807] | S",
                "add 1 B 100 MAX -> OK", "add 2 B 100 1 -> SIZE_OVERFLOW"),
            rule("size overflow across the levels of one side", "B 100[1x9223372036854775807] | S",
                "add 1 B 100 MAX -> OK", "add 2 B 99 1 -> SIZE_OVERFLOW"),
            rule("the other side does not count towards overflow", "B 100[1x9223372036854775807] | S 101[2x9223372036854775807]",
                "add 1 B 100 MAX -> OK", "add 2 S 101 MAX -> OK"),
            rule("modify up that would overflow keeps the order and its priority", "B 100[1x5 2x9223372036854775802] | S",
                "add 1 B 100 5 -> OK", "add 2 B 100 9223372036854775802 -> OK", "modify 1 100 6 -> SIZE_OVERFLOW"),
            rule("replace may use the size its old order frees", "B 100[2x9223372036854775807] | S",
                "add 1 B 100 MAX -> OK", "replace 1 2 100 MAX -> OK"),
            rule("bid at the best ask crosses the book", "B 100[2x1] | S 100[1x1]",
                "add 1 S 100 1 -> OK", "add 2 B 100 1 -> APPLIED_CROSSED"),
            rule("ask below the best bid crosses the book", "B 101[1x1] | S 100[2x1]",
                "add 1 B 101 1 -> OK", "add 2 S 100 1 -> APPLIED_CROSSED"),
            rule("operations on a crossed book report it", "B 101[1x1] | S 100[2x1] 102[3x2]",
                "add 1 B 101 1 -> OK", "add 2 S 100 1 -> APPLIED_CROSSED", "add 3 S 102 3 -> APPLIED_CROSSED",
                "cancel 3 1 -> APPLIED_CROSSED"),
            rule("removing the crossing order uncrosses the book", "B 101[1x1] | S 102[3x3]",
                "add 1 B 101 1 -> OK", "add 2 S 100 1 -> APPLIED_CROSSED", "add 3 S 102 3 -> APPLIED_CROSSED",
                "delete 2 -> OK"),
            rule("modify away from the touch uncrosses the book", "B 99[1x1] | S 100[2x1]",
                "add 2 S 100 1 -> OK", "add 1 B 100 1 -> APPLIED_CROSSED", "modify 1 99 1 -> OK"));
    }

    /** Order pool rules run on a book of two orders and two levels per side. */
    static Stream<Arguments> capacityProblems() {
        return Stream.of(
            rule("a full order pool rejects an add", "B 100[1x1] | S 101[2x1]",
                "add 1 B 100 1 -> OK", "add 2 S 101 1 -> OK", "add 3 B 100 1 -> CAPACITY_EXCEEDED"),
            rule("a delete frees a slot for the next add", "B 100[3x1] | S 101[2x1]",
                "add 1 B 100 1 -> OK", "add 2 S 101 1 -> OK", "delete 1 -> OK", "add 3 B 100 1 -> OK"),
            rule("a full order pool still accepts replace", "B 99[3x1] | S 101[2x1]",
                "add 1 B 100 1 -> OK", "add 2 S 101 1 -> OK", "replace 1 3 99 1 -> OK"),
            rule("a full order pool rejects an add of a known price", "B 100[1x1 2x1] | S",
                "add 1 B 100 1 -> OK", "add 2 B 100 1 -> OK", "add 3 B 100 1 -> CAPACITY_EXCEEDED"));
    }

    /** Level rules run on a book of sixteen orders and two levels per side. */
    static Stream<Arguments> levelCapacityProblems() {
        return Stream.of(
            rule("a third price is rejected", "B 100[1x1] 99[2x1] | S",
                "add 1 B 100 1 -> OK", "add 2 B 99 1 -> OK", "add 3 B 98 1 -> CAPACITY_EXCEEDED"),
            rule("the other side has its own levels", "B 100[1x1] 99[2x1] | S 101[3x1]",
                "add 1 B 100 1 -> OK", "add 2 B 99 1 -> OK", "add 3 S 101 1 -> OK"),
            rule("an existing price is accepted", "B 100[1x1 3x1] 99[2x1] | S",
                "add 1 B 100 1 -> OK", "add 2 B 99 1 -> OK", "add 3 B 100 1 -> OK"),
            rule("a deleted level frees room for a new price", "B 100[1x1] 98[3x1] | S",
                "add 1 B 100 1 -> OK", "add 2 B 99 1 -> OK", "delete 2 -> OK", "add 3 B 98 1 -> OK"),
            rule("a shared level cannot move to a new price", "B 100[1x1 3x1] 99[2x1] | S",
                "add 1 B 100 1 -> OK", "add 2 B 99 1 -> OK", "add 3 B 100 1 -> OK", "modify 1 101 1 -> CAPACITY_EXCEEDED"),
            rule("a replace into a new level is rejected and keeps the old order", "B 100[1x1 3x1] 99[2x1] | S",
                "add 1 B 100 1 -> OK", "add 2 B 99 1 -> OK", "add 3 B 100 1 -> OK", "replace 1 4 98 1 -> CAPACITY_EXCEEDED"),
            rule("a sole order may move to a new price", "B 101[1x1] 99[2x1] | S",
                "add 1 B 100 1 -> OK", "add 2 B 99 1 -> OK", "modify 1 101 1 -> OK"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void appliesOperation(final String name, final String expectedBook, final List<String> steps) {
        assertScript(new OrderBook(16, 8), expectedBook, steps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integrityProblems")
    void reportsIntegrityProblem(final String name, final String expectedBook, final List<String> steps) {
        assertScript(new OrderBook(16, 8), expectedBook, steps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capacityProblems")
    void reportsFullOrderPool(final String name, final String expectedBook, final List<String> steps) {
        assertScript(new OrderBook(2, 2), expectedBook, steps);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levelCapacityProblems")
    void reportsFullLevels(final String name, final String expectedBook, final List<String> steps) {
        assertScript(new OrderBook(16, 2), expectedBook, steps);
    }

    @Test
    void emptyBookReadsAsSentinels() {
        final OrderBook book = new OrderBook(4, 4);

        assertEquals(NULL_PRICE, book.bestBidPrice());
        assertEquals(0, book.bestBidSize());
        assertEquals(NULL_PRICE, book.bestAskPrice());
        assertEquals(0, book.bestAskSize());
        assertEquals(0, book.levelCount(Side.BUY));
        assertEquals(0, book.totalDepth(Side.SELL));
        assertFalse(book.isCrossed());
        assertEquals(0, book.orderCount());
    }

    @Test
    void unknownOrderLookupsReturnSentinels() {
        final OrderBook book = new OrderBook(4, 4);
        book.add(1, Side.SELL, 101, 7);

        assertEquals(0, book.orderSize(2));
        assertEquals(NULL_PRICE, book.orderPrice(2));
        assertEquals(Side.NULL_SIDE, book.orderSide(2));
        assertFalse(book.containsOrder(2));
        assertEquals(7, book.orderSize(1));
        assertEquals(101, book.orderPrice(1));
        assertEquals(Side.SELL, book.orderSide(1));
        assertTrue(book.containsOrder(1));
    }

    @Test
    void levelReadsOutOfRangeOrOnAnInvalidSideReturnSentinels() {
        final OrderBook book = new OrderBook(4, 4);
        book.add(1, Side.BUY, 100, 5);

        assertEquals(NULL_PRICE, book.levelPrice(Side.BUY, 1));
        assertEquals(NULL_PRICE, book.levelPrice(Side.BUY, -1));
        assertEquals(0, book.levelSize(Side.BUY, 1));
        assertEquals(0, book.levelOrderCount(Side.BUY, -1));
        assertEquals(0, book.levelCount((byte)7));
        assertEquals(NULL_PRICE, book.levelPrice(Side.NULL_SIDE, 0));
        assertEquals(0, book.totalDepth((byte)7));
        assertEquals(0, book.copyLevelOrders(Side.BUY, 1, new long[4], new long[4]));
    }

    @Test
    void levelsAggregateTheirOrders() {
        final OrderBook book = new OrderBook(16, 8);
        book.add(1, Side.BUY, 100, 10);
        book.add(2, Side.BUY, 100, 5);
        book.add(3, Side.BUY, 99, 1);
        book.add(4, Side.SELL, 102, 3);

        assertEquals(100, book.bestBidPrice());
        assertEquals(15, book.bestBidSize());
        assertEquals(2, book.levelOrderCount(Side.BUY, 0));
        assertEquals(99, book.levelPrice(Side.BUY, 1));
        assertEquals(1, book.levelOrderCount(Side.BUY, 1));
        assertEquals(102, book.bestAskPrice());
        assertEquals(3, book.bestAskSize());
        assertEquals(16, book.totalDepth(Side.BUY));
        assertEquals(3, book.totalDepth(Side.SELL));
        assertEquals(4, book.orderCount());
    }

    @Test
    void copiesTopLevelsBestFirstUpToTheRequestedDepth() {
        final OrderBook book = new OrderBook(16, 8);
        book.add(1, Side.SELL, 103, 3);
        book.add(2, Side.SELL, 101, 1);
        book.add(3, Side.SELL, 102, 2);
        book.add(4, Side.SELL, 101, 4);
        final long[] prices = new long[4];
        final long[] sizes = new long[4];
        final int[] orderCounts = new int[4];

        assertEquals(2, book.copyTopLevels(Side.SELL, 2, prices, sizes, orderCounts));
        assertArrayEquals(new long[] {101, 102, 0, 0}, prices);
        assertArrayEquals(new long[] {5, 2, 0, 0}, sizes);
        assertArrayEquals(new int[] {2, 1, 0, 0}, orderCounts);
        assertEquals(3, book.copyTopLevels(Side.SELL, 10, prices, sizes, orderCounts));
        assertEquals(1, book.copyTopLevels(Side.SELL, 10, new long[1], sizes, orderCounts));
        assertEquals(0, book.copyTopLevels(Side.BUY, 10, prices, sizes, orderCounts));
        assertEquals(0, book.copyTopLevels(Side.SELL, -1, prices, sizes, orderCounts));
    }

    @Test
    void copiesLevelOrdersUpToTheArrayLength() {
        final OrderBook book = new OrderBook(16, 8);
        book.add(1, Side.BUY, 100, 10);
        book.add(2, Side.BUY, 100, 5);
        book.add(3, Side.BUY, 100, 1);
        final long[] ids = new long[2];
        final long[] sizes = new long[2];

        assertEquals(2, book.copyLevelOrders(Side.BUY, 0, ids, sizes));
        assertArrayEquals(new long[] {1, 2}, ids);
        assertArrayEquals(new long[] {10, 5}, sizes);
    }

    @Test
    void stateHashDependsOnQueueOrder() {
        final OrderBook first = new OrderBook(16, 8);
        first.add(1, Side.BUY, 100, 10);
        first.add(2, Side.BUY, 100, 10);
        final OrderBook second = new OrderBook(16, 8);
        second.add(2, Side.BUY, 100, 10);
        second.add(1, Side.BUY, 100, 10);

        assertEquals(BookScript.renderLevels(first), BookScript.renderLevels(second));
        assertNotEquals(first.stateHash(0), second.stateHash(0));
    }

    @Test
    void stateHashIgnoresHistoryThatLeftNoTrace() {
        final OrderBook direct = new OrderBook(16, 8);
        direct.add(5, Side.SELL, 101, 2);
        direct.add(1, Side.BUY, 100, 10);
        final OrderBook roundabout = new OrderBook(16, 8);
        roundabout.add(9, Side.BUY, 98, 1);
        roundabout.add(8, Side.SELL, 105, 1);
        roundabout.add(5, Side.SELL, 101, 2);
        roundabout.add(1, Side.BUY, 100, 12);
        roundabout.delete(9);
        roundabout.execute(8, 1);
        roundabout.cancel(1, 2);

        assertEquals(direct.stateHash(42), roundabout.stateHash(42));
        assertNotEquals(direct.stateHash(42), direct.stateHash(43));
    }

    @Test
    void stateHashSeparatesTheSides() {
        final OrderBook bid = new OrderBook(4, 4);
        bid.add(1, Side.BUY, 100, 10);
        final OrderBook ask = new OrderBook(4, 4);
        ask.add(1, Side.SELL, 100, 10);

        assertNotEquals(bid.stateHash(0), ask.stateHash(0));
    }

    private static void assertScript(final OrderBook book, final String expectedBook, final List<String> steps) {
        BookScript.run(book, steps);
        assertEquals(expectedBook, BookScript.renderOrders(book));
    }

    private static Arguments rule(final String name, final String expectedBook, final String... steps) {
        return Arguments.of(name, expectedBook, List.of(steps));
    }
}

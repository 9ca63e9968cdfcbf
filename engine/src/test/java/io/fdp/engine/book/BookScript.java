package io.fdp.engine.book;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the small text scripts of the table-driven tests and renders books as text.
 * <pre>
 *   add 1 B 100 10 -> OK          replace 1 2 101 5 -> OK      modify 1 100 4 -> OK
 *   cancel 1 3 -> OK              execute 1 3 -> OK            delete 1 -> OK
 *   set B 100 10 -> OK            remove B 100 -> OK           clear
 * </pre>
 * Sides are B, S or a raw byte; numbers may be MAX, MIN or NULL (the null price). An L3 book renders as
 * {@code B 100[1x10 2x5] 99[3x1] | S 101[4x2]} (levels best first, orders in queue order), an L2 book as
 * {@code B 100x15 99x1 | S 101x2}.
 */
final class BookScript {
    private BookScript() {
    }

    static void run(final OrderBook book, final List<String> steps) {
        for (final String step : steps) {
            final String[] parts = step.split("->");
            final int result = apply(book, parts[0].trim().split("\\s+"));
            assertStepResult(step, parts, result);
            BookInvariants.check(book);
        }
    }

    static void run(final PriceLevelBook book, final List<String> steps) {
        for (final String step : steps) {
            final String[] parts = step.split("->");
            final int result = apply(book, parts[0].trim().split("\\s+"));
            assertStepResult(step, parts, result);
            BookInvariants.check(book);
        }
    }

    static String renderOrders(final OrderBook book) {
        final StringBuilder text = new StringBuilder();
        final long[] ids = new long[Math.toIntExact(Math.max(1, book.orderCount()))];
        final long[] sizes = new long[ids.length];
        for (final byte side : new byte[] {Side.BUY, Side.SELL}) {
            text.append(side == Side.BUY ? "B" : " | S");
            for (int level = 0; level < book.levelCount(side); level++) {
                text.append(' ').append(book.levelPrice(side, level)).append('[');
                final int count = book.copyLevelOrders(side, level, ids, sizes);
                for (int i = 0; i < count; i++) {
                    text.append(i == 0 ? "" : " ").append(ids[i]).append('x').append(sizes[i]);
                }
                text.append(']');
            }
        }
        return text.toString();
    }

    static String renderLevels(final BookView book) {
        final StringBuilder text = new StringBuilder();
        for (final byte side : new byte[] {Side.BUY, Side.SELL}) {
            text.append(side == Side.BUY ? "B" : " | S");
            for (int level = 0; level < book.levelCount(side); level++) {
                text.append(' ').append(book.levelPrice(side, level)).append('x').append(book.levelSize(side, level));
            }
        }
        return text.toString();
    }

    private static void assertStepResult(final String step, final String[] parts, final int result) {
        if (parts.length > 1) {
            assertEquals(parts[1].trim(), BookResult.describe(result), step);
        }
    }

    private static int apply(final OrderBook book, final String[] t) {
        return switch (t[0]) {
            case "add" -> book.add(number(t[1]), side(t[2]), number(t[3]), number(t[4]));
            case "replace" -> book.replace(number(t[1]), number(t[2]), number(t[3]), number(t[4]));
            case "modify" -> book.modify(number(t[1]), number(t[2]), number(t[3]));
            case "cancel" -> book.cancel(number(t[1]), number(t[2]));
            case "execute" -> book.execute(number(t[1]), number(t[2]));
            case "delete" -> book.delete(number(t[1]));
            case "clear" -> clear(book);
            default -> throw new IllegalArgumentException("unknown L3 step " + t[0]);
        };
    }

    private static int apply(final PriceLevelBook book, final String[] t) {
        return switch (t[0]) {
            case "set" -> book.set(side(t[1]), number(t[2]), number(t[3]));
            case "remove" -> book.delete(side(t[1]), number(t[2]));
            case "clear" -> clear(book);
            default -> throw new IllegalArgumentException("unknown L2 step " + t[0]);
        };
    }

    private static int clear(final OrderBook book) {
        book.clear();
        return BookResult.OK;
    }

    private static int clear(final PriceLevelBook book) {
        book.clear();
        return BookResult.OK;
    }

    private static byte side(final String token) {
        return switch (token) {
            case "B" -> Side.BUY;
            case "S" -> Side.SELL;
            default -> Byte.parseByte(token);
        };
    }

    private static long number(final String token) {
        return switch (token) {
            case "MAX" -> Long.MAX_VALUE;
            case "MIN" -> Long.MIN_VALUE;
            case "NULL" -> BookView.NULL_PRICE;
            default -> Long.parseLong(token);
        };
    }
}

package io.fdp.benchmarks.stream;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.book.OrderBook;
import io.fdp.engine.book.PriceLevelBook;
import io.fdp.engine.event.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFlowStreamTest {
    private final OrderFlowStream stream = OrderFlowStream.standard();

    private static int apply(final OrderBook book, final OrderFlowStream s, final int i) {
        return switch (s.types[i]) {
            case EventType.ORDER_ADD -> book.add(s.orderIds[i], s.sides[i], s.prices[i], s.sizes[i]);
            case EventType.ORDER_CANCEL -> book.cancel(s.orderIds[i], s.sizes[i]);
            case EventType.ORDER_DELETE -> book.delete(s.orderIds[i]);
            default -> book.execute(s.orderIds[i], s.sizes[i]);
        };
    }

    @Test
    void replaysInALoopBecauseEveryPassEndsWithEmptyBooks() {
        final OrderBook[] books = new OrderBook[stream.instruments];
        for (int i = 0; i < books.length; i++) {
            books[i] = new OrderBook(stream.maxLiveOrders, stream.maxLiveOrders);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < stream.length; i++) {
                assertThat(apply(books[stream.instrumentIds[i]], stream, i)).as("pass %d event %d", pass, i)
                    .isEqualTo(BookResult.OK);
            }
            for (final OrderBook book : books) {
                assertThat(book.orderCount()).isZero();
            }
        }
        assertThat(stream.length).isGreaterThan(OrderFlowStream.EVENTS);
        assertThat(stream.maxLiveOrders).isLessThanOrEqualTo(OrderFlowStream.MAX_LIVE_ORDERS);
    }

    @Test
    void timesAndSequencesKeepIncreasingAcrossPasses() {
        final long[] lastSequence = new long[stream.instruments];
        long lastTimeNs = Long.MIN_VALUE;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < stream.length; i++) {
                final int instrument = stream.instrumentIds[i];
                assertThat(stream.sequence(i, pass)).isEqualTo(++lastSequence[instrument]);
                assertThat(stream.eventTimeNs(i, pass)).isGreaterThan(lastTimeNs);
                lastTimeNs = stream.eventTimeNs(i, pass);
            }
        }
    }

    @Test
    void levelStreamIsTheAggregateOfTheOrderStream() {
        final LevelStream levels = LevelStream.of(stream);
        final OrderBook orders = new OrderBook(stream.maxLiveOrders, stream.maxLiveOrders);
        final PriceLevelBook book = new PriceLevelBook(levels.maxLevels);
        assertThat(levels.length).isEqualTo(stream.length);
        for (int i = 0; i < stream.length; i++) {
            if (stream.instrumentIds[i] != 0) {
                continue;
            }
            apply(orders, stream, i);
            assertThat(book.set(levels.sides[i], levels.prices[i], levels.sizes[i])).isEqualTo(BookResult.OK);
            assertThat(book.bestBidPrice()).isEqualTo(orders.bestBidPrice());
            assertThat(book.bestBidSize()).isEqualTo(orders.bestBidSize());
            assertThat(book.bestAskPrice()).isEqualTo(orders.bestAskPrice());
            assertThat(book.bestAskSize()).isEqualTo(orders.bestAskSize());
            assertThat(book.totalDepth(levels.sides[i])).isEqualTo(orders.totalDepth(levels.sides[i]));
        }
    }

    @Test
    void tradeStreamHoldsEveryExecution() {
        final TradeStream trades = TradeStream.of(stream);
        assertThat(trades.length).isEqualTo(stream.count(EventType.ORDER_EXECUTE)).isGreaterThan(stream.length / 20);
        for (int i = 1; i < trades.length; i++) {
            assertThat(trades.timesNs[i]).isGreaterThan(trades.timesNs[i - 1]);
        }
        assertThat(trades.timeNs(0, 1)).isGreaterThan(trades.timesNs[trades.length - 1]);
    }
}

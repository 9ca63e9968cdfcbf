package io.fdp.benchmarks.book;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.book.OrderBook;
import io.fdp.engine.event.EventType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * L3 events per second through the engine's {@link OrderBook}, one book per instrument, replaying
 * {@link OrderFlowStream#standard()} in a loop (the stream ends with empty books); compare with
 * {@link L3BaselineBenchmark}.
 */
@State(Scope.Thread)
public class L3ApplyBenchmark extends BenchmarkSettings {
    private OrderFlowStream stream;
    private OrderBook[] books;
    private int cursor;

    /** Builds the stream and one empty book per instrument. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = OrderFlowStream.standard();
        books = new OrderBook[stream.instruments];
        for (int i = 0; i < books.length; i++) {
            books[i] = new OrderBook(stream.maxLiveOrders, stream.maxLiveOrders);
        }
        cursor = 0;
    }

    /**
     * Applies the next {@value BenchmarkSettings#BATCH} events.
     *
     * @return the sum of the book results, all {@code OK}, so that nothing is optimised away.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long apply() {
        final OrderFlowStream s = stream;
        final OrderBook[] b = books;
        long results = 0;
        int i = cursor;
        for (int n = 0; n < BATCH; n++) {
            final OrderBook book = b[s.instrumentIds[i]];
            results += switch (s.types[i]) {
                case EventType.ORDER_ADD -> book.add(s.orderIds[i], s.sides[i], s.prices[i], s.sizes[i]);
                case EventType.ORDER_CANCEL -> book.cancel(s.orderIds[i], s.sizes[i]);
                case EventType.ORDER_DELETE -> book.delete(s.orderIds[i]);
                default -> book.execute(s.orderIds[i], s.sizes[i]);
            };
            if (++i == s.length) {
                i = 0;
            }
        }
        cursor = i;
        return results;
    }
}

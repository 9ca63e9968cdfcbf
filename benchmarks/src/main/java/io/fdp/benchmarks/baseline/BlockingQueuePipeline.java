package io.fdp.benchmarks.baseline;

import io.fdp.engine.event.EventType;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's pipeline written the straightforward way, the baseline for {@link io.fdp.engine.pipeline.Engine}:
 * the same stages on their own threads, connected by {@link ArrayBlockingQueue} hand-offs of immutable event objects.
 * <pre>
 *   publisher --queue--> book thread --queue--> candle thread --> Listener (same thread)
 *                        TreeMapOrderBook       NaiveCandleAggregator
 *                        sequence check,        then onTrade, onBook (top of book), onCandle
 *                        derived trade
 * </pre>
 * The listener is called on the candle thread for every event, without conflation; it sees only the top of book,
 * while the engine keeps a depth view per instrument, so the comparison does not favour the engine.
 */
public final class BlockingQueuePipeline implements AutoCloseable {
    private final TreeMapOrderBook[] books;
    private final long[] expectedSequences;
    private final BlockingQueue<OrderEvent> inbound;
    private final BlockingQueue<BookUpdate> booked;
    private final NaiveCandleAggregator candles;
    private final Listener listener;
    private final AtomicLong processed = new AtomicLong();
    private final Thread bookThread;
    private final Thread candleThread;
    private volatile boolean running = true;
    private long published;
    private long gaps;
    private long rejects;

    /** Receives the pipeline's output on the candle thread. */
    public interface Listener {
        /**
         * The top of an instrument's book after an event.
         *
         * @param instrumentId the instrument.
         * @param eventTimeNs  the event's time.
         * @param bidPrice     best bid price or NULL_PRICE.
         * @param bidSize      best bid size.
         * @param askPrice     best ask price or NULL_PRICE.
         * @param askSize      best ask size.
         */
        void onBook(int instrumentId, long eventTimeNs, long bidPrice, long bidSize, long askPrice, long askSize);

        /**
         * A trade derived from an execution.
         *
         * @param instrumentId the instrument.
         * @param timeNs       trade time.
         * @param price        price mantissa.
         * @param size         size mantissa.
         */
        void onTrade(int instrumentId, long timeNs, long price, long size);

        /**
         * A closed candle.
         *
         * @param candle the candle.
         */
        void onCandle(NaiveCandle candle);
    }

    /**
     * Creates the pipeline; {@link #start()} starts its threads.
     *
     * @param instruments   instrument ids are {@code 0 .. instruments - 1}.
     * @param queueCapacity capacity of each queue.
     * @param tickBarTrades trades per tick bar.
     * @param volumeBarSize volume per volume bar.
     * @param listener      receives the output.
     */
    public BlockingQueuePipeline(final int instruments, final int queueCapacity, final long tickBarTrades,
        final long volumeBarSize, final Listener listener) {
        books = new TreeMapOrderBook[instruments];
        for (int i = 0; i < instruments; i++) {
            books[i] = new TreeMapOrderBook();
        }
        expectedSequences = new long[instruments];
        Arrays.fill(expectedSequences, 1);
        inbound = new ArrayBlockingQueue<>(queueCapacity);
        booked = new ArrayBlockingQueue<>(queueCapacity);
        this.listener = listener;
        candles = new NaiveCandleAggregator(tickBarTrades, volumeBarSize, listener::onCandle);
        bookThread = new Thread(this::runBooks, "abq-books");
        candleThread = new Thread(this::runCandles, "abq-candles");
        bookThread.setDaemon(true);
        candleThread.setDaemon(true);
    }

    /** Starts the book and candle threads. */
    public void start() {
        bookThread.start();
        candleThread.start();
    }

    /**
     * Publishes an order event, waiting while the inbound queue is full (publisher thread only).
     *
     * @param type         ORDER_ADD, ORDER_CANCEL, ORDER_DELETE or ORDER_EXECUTE.
     * @param instrumentId the instrument.
     * @param sequence     the instrument's sequence number.
     * @param eventTimeNs  event time.
     * @param orderId      the order.
     * @param side         the order's side (adds).
     * @param price        the order's price (adds).
     * @param size         added, cancelled or executed size.
     * @throws InterruptedException when interrupted while waiting.
     */
    public void publish(final byte type, final int instrumentId, final long sequence, final long eventTimeNs,
        final long orderId, final byte side, final long price, final long size) throws InterruptedException {
        inbound.put(new OrderEvent(type, instrumentId, sequence, eventTimeNs, orderId, side, price, size));
        published++;
    }

    /** @return events published so far (publisher thread). */
    public long published() {
        return published;
    }

    /** @return events that have passed every stage, listener included. */
    public long processed() {
        return processed.get();
    }

    /** Waits, yielding, until every event published so far has passed every stage (publisher thread). */
    public void awaitProcessed() {
        while (processed.get() < published) {
            Thread.yield();
        }
    }

    /** @return sequence gaps seen by the book thread; read after {@link #awaitProcessed()}. */
    public long gaps() {
        return gaps;
    }

    /** @return events the books rejected; read after {@link #awaitProcessed()}. */
    public long rejects() {
        return rejects;
    }

    /** Stops both threads. */
    @Override
    public void close() {
        running = false;
        bookThread.interrupt();
        candleThread.interrupt();
        try {
            bookThread.join(5_000);
            candleThread.join(5_000);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runBooks() {
        try {
            while (running) {
                booked.put(apply(inbound.take()));
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BookUpdate apply(final OrderEvent event) {
        final int id = event.instrumentId();
        if (event.sequence() != expectedSequences[id]) {
            gaps++;
        }
        expectedSequences[id] = event.sequence() + 1;
        final TreeMapOrderBook book = books[id];
        long tradePrice = 0;
        long tradeSize = 0;
        final int result = switch (event.type()) {
            case EventType.ORDER_ADD -> book.add(event.orderId(), event.side(), event.price(), event.size());
            case EventType.ORDER_CANCEL -> book.cancel(event.orderId(), event.size());
            case EventType.ORDER_DELETE -> book.delete(event.orderId());
            case EventType.ORDER_EXECUTE -> {
                tradePrice = book.orderPrice(event.orderId());
                tradeSize = event.size();
                yield book.execute(event.orderId(), event.size());
            }
            default -> throw new IllegalArgumentException("unexpected event type " + event.type());
        };
        if (result < 0) {
            rejects++;
            tradeSize = 0;
        }
        return new BookUpdate(id, event.eventTimeNs(), book.bestBidPrice(), book.bestBidSize(), book.bestAskPrice(),
            book.bestAskSize(), tradePrice, tradeSize);
    }

    private void runCandles() {
        try {
            while (running) {
                final BookUpdate update = booked.take();
                if (update.tradeSize() > 0) {
                    candles.onTrade(update.instrumentId(), update.eventTimeNs(), update.tradePrice(), update.tradeSize());
                    listener.onTrade(update.instrumentId(), update.eventTimeNs(), update.tradePrice(), update.tradeSize());
                }
                listener.onBook(update.instrumentId(), update.eventTimeNs(), update.bidPrice(), update.bidSize(),
                    update.askPrice(), update.askSize());
                processed.lazySet(processed.get() + 1);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An inbound order event. */
    private record OrderEvent(byte type, int instrumentId, long sequence, long eventTimeNs, long orderId, byte side,
        long price, long size) {
    }

    /** The book stage's output for one event: the top of book and the derived trade, if any. */
    private record BookUpdate(int instrumentId, long eventTimeNs, long bidPrice, long bidSize, long askPrice,
        long askSize, long tradePrice, long tradeSize) {
    }
}

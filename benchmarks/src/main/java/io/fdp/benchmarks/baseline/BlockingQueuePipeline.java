package io.fdp.benchmarks.baseline;

import io.fdp.engine.event.EventType;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The engine's pipeline written the straightforward way, the baseline for {@link io.fdp.engine.pipeline.Engine}:
 * the same threads and hand-offs, with {@link ArrayBlockingQueue}s of immutable objects in place of the ring and the
 * subscription queue.
 * <pre>
 *   publisher --queue--> engine thread: TreeMapOrderBook (sequence check, derived trade), NaiveCandleAggregator
 *             --queue--> subscriber: {@link #poll()} calls the Listener (onTrade, onBook, onCandle)
 * </pre>
 * The subscriber, like the engine's polling subscription, runs on whichever thread calls {@link #poll()}: in the
 * benchmarks, the publishing thread. It gets the top of book after every event, without conflation, while the engine
 * keeps a depth view per instrument.
 */
public final class BlockingQueuePipeline implements AutoCloseable {
    private final TreeMapOrderBook[] books;
    private final long[] expectedSequences;
    private final BlockingQueue<OrderEvent> inbound;
    private final BlockingQueue<Object> outbound;
    private final NaiveCandleAggregator candles;
    private final Listener listener;
    private final Thread engineThread;
    private volatile boolean running = true;
    private long published;
    private long delivered;
    private long gaps;
    private long rejects;

    /** Receives the pipeline's output on the thread that calls {@link #poll()}. */
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
        outbound = new ArrayBlockingQueue<>(queueCapacity);
        this.listener = listener;
        candles = new NaiveCandleAggregator(tickBarTrades, volumeBarSize, this::handOut);
        engineThread = new Thread(this::run, "abq-engine");
        engineThread.setDaemon(true);
    }

    /** Starts the engine thread. */
    public void start() {
        engineThread.start();
    }

    /**
     * Publishes an order event; while the inbound queue is full, delivers output instead (subscriber thread only).
     *
     * @param type         ORDER_ADD, ORDER_CANCEL, ORDER_DELETE or ORDER_EXECUTE.
     * @param instrumentId the instrument.
     * @param sequence     the instrument's sequence number.
     * @param eventTimeNs  event time.
     * @param orderId      the order.
     * @param side         the order's side (adds).
     * @param price        the order's price (adds).
     * @param size         added, cancelled or executed size.
     */
    public void publish(final byte type, final int instrumentId, final long sequence, final long eventTimeNs,
        final long orderId, final byte side, final long price, final long size) {
        final OrderEvent event = new OrderEvent(type, instrumentId, sequence, eventTimeNs, orderId, side, price, size);
        while (!inbound.offer(event)) {
            if (poll() == 0) {
                Thread.yield();
            }
        }
        published++;
    }

    /**
     * Calls the listener for everything the engine thread has handed out so far (subscriber thread only).
     *
     * @return the number of items delivered.
     */
    public int poll() {
        int count = 0;
        for (Object item = outbound.poll(); item != null; item = outbound.poll()) {
            if (item instanceof BookUpdate update) {
                if (update.tradeSize() > 0) {
                    listener.onTrade(update.instrumentId(), update.eventTimeNs(), update.tradePrice(), update.tradeSize());
                }
                listener.onBook(update.instrumentId(), update.eventTimeNs(), update.bidPrice(), update.bidSize(),
                    update.askPrice(), update.askSize());
                delivered++;
            } else {
                listener.onCandle((NaiveCandle) item);
            }
            count++;
        }
        return count;
    }

    /** Delivers, yielding when there is nothing to deliver, until every event published so far has reached the listener. */
    public void awaitProcessed() {
        while (delivered < published) {
            if (poll() == 0) {
                Thread.yield();
            }
        }
    }

    /** @return sequence gaps seen by the engine thread; read after {@link #awaitProcessed()}. */
    public long gaps() {
        return gaps;
    }

    /** @return events the books rejected; read after {@link #awaitProcessed()}. */
    public long rejects() {
        return rejects;
    }

    /** Stops the engine thread. */
    @Override
    public void close() {
        running = false;
        engineThread.interrupt();
        try {
            engineThread.join(5_000);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                final BookUpdate update = apply(inbound.take());
                if (update.tradeSize() > 0) {
                    candles.onTrade(update.instrumentId(), update.eventTimeNs(), update.tradePrice(), update.tradeSize());
                }
                outbound.put(update);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handOut(final NaiveCandle candle) {
        try {
            outbound.put(candle);
        } catch (final InterruptedException e) {
            running = false;
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

    /** An inbound order event. */
    private record OrderEvent(byte type, int instrumentId, long sequence, long eventTimeNs, long orderId, byte side,
        long price, long size) {
    }

    /** The book stage's output for one event: the top of book and the derived trade, if any. */
    private record BookUpdate(int instrumentId, long eventTimeNs, long bidPrice, long bidSize, long askPrice,
        long askSize, long tradePrice, long tradeSize) {
    }
}

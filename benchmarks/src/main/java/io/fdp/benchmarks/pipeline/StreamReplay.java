package io.fdp.benchmarks.pipeline;

import io.fdp.benchmarks.baseline.BlockingQueuePipeline;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.EngineConfig;
import io.fdp.feed.synthetic.SyntheticFeed;

/**
 * Publishes events of an {@link OrderFlowStream} into the engine or into the baseline pipeline, and sets both up the
 * same way; shared by the pipeline benchmarks and the latency harness.
 */
public final class StreamReplay {
    /** Ring size of the engine and capacity of each baseline queue. */
    public static final int QUEUE_CAPACITY = 65_536;
    /** Levels per side that the engine's subscriber reads. */
    public static final int SUBSCRIBER_DEPTH = 10;

    private StreamReplay() {
    }

    /**
     * Registers the stream's instruments as the synthetic feed does ({@code SYN0000 ..}, price exponent -4).
     *
     * @param stream the stream.
     * @return a registry whose ids equal the stream's instrument ids.
     */
    public static InstrumentRegistry registry(final OrderFlowStream stream) {
        final InstrumentRegistry registry = new InstrumentRegistry(stream.instruments);
        for (int i = 0; i < stream.instruments; i++) {
            if (registry.register(SyntheticFeed.symbol(i), SyntheticFeed.PRICE_EXPONENT, SyntheticFeed.SIZE_EXPONENT, 1, 1) != i) {
                throw new IllegalStateException("instrument ids must follow registration order");
            }
        }
        return registry;
    }

    /**
     * Engine settings for replaying a stream: one producer, books sized to the stream, queues that never drop.
     *
     * @param stream       the stream.
     * @param waitStrategy the engine's wait strategy.
     * @return the settings; the rest are the engine's defaults.
     */
    public static EngineConfig engineConfig(final OrderFlowStream stream, final String waitStrategy) {
        return new EngineConfig().ringSize(QUEUE_CAPACITY).waitStrategy(waitStrategy).producerType("single")
            .maxInstruments(stream.instruments).bookOrderCapacity(stream.maxLiveOrders)
            .bookLevelCapacity(stream.maxLiveOrders).subscriberQueue(QUEUE_CAPACITY);
    }

    /**
     * Publishes one event onto the engine's ring.
     *
     * @param stream      the stream.
     * @param index       the event's index in the pass.
     * @param pass        the pass, which shifts sequence numbers.
     * @param eventTimeNs the event time to publish.
     * @param publisher   the engine publisher of the calling thread.
     */
    public static void toEngine(final OrderFlowStream stream, final int index, final long pass, final long eventTimeNs,
        final MarketEventPublisher publisher) {
        final int id = stream.instrumentIds[index];
        final long sequence = stream.sequence(index, pass);
        final long orderId = stream.orderIds[index];
        switch (stream.types[index]) {
            case EventType.ORDER_ADD -> publisher.orderAdd(id, sequence, eventTimeNs, orderId, stream.sides[index],
                stream.prices[index], stream.sizes[index], 0);
            case EventType.ORDER_CANCEL -> publisher.orderCancel(id, sequence, eventTimeNs, orderId, stream.sizes[index]);
            case EventType.ORDER_DELETE -> publisher.orderDelete(id, sequence, eventTimeNs, orderId);
            default -> publisher.orderExecute(id, sequence, eventTimeNs, orderId, stream.sizes[index], stream.prices[index],
                stream.tradeIds[index]);
        }
    }

    /**
     * Publishes one event into the baseline pipeline, delivering its output while its inbound queue is full.
     *
     * @param stream      the stream.
     * @param index       the event's index in the pass.
     * @param pass        the pass, which shifts sequence numbers.
     * @param eventTimeNs the event time to publish.
     * @param pipeline    the baseline pipeline.
     */
    public static void toBaseline(final OrderFlowStream stream, final int index, final long pass, final long eventTimeNs,
        final BlockingQueuePipeline pipeline) {
        pipeline.publish(stream.types[index], stream.instrumentIds[index], stream.sequence(index, pass), eventTimeNs,
            stream.orderIds[index], stream.sides[index], stream.prices[index], stream.sizes[index]);
    }
}

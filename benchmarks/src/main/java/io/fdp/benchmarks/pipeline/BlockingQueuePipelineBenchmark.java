package io.fdp.benchmarks.pipeline;

import io.fdp.benchmarks.BenchmarkSettings;
import io.fdp.benchmarks.baseline.BlockingQueuePipeline;
import io.fdp.benchmarks.baseline.NaiveCandle;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.pipeline.EngineConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * End-to-end events per second through the baseline {@link BlockingQueuePipeline} (ArrayBlockingQueue hand-offs to
 * one thread running TreeMap books and naive candles, and from it to a listener called per event on the benchmark
 * thread), replaying the same events in the same batches as {@link PipelineBenchmark}.
 */
@State(Scope.Thread)
public class BlockingQueuePipelineBenchmark extends BenchmarkSettings {
    private final Subscriber subscriber = new Subscriber();
    private OrderFlowStream stream;
    private BlockingQueuePipeline pipeline;
    private int cursor;
    private long pass;

    /** Starts the pipeline's threads. */
    @Setup(Level.Trial)
    public void setUp() {
        stream = OrderFlowStream.standard();
        final EngineConfig defaults = new EngineConfig();
        pipeline = new BlockingQueuePipeline(stream.instruments, StreamReplay.QUEUE_CAPACITY, defaults.tickBarTrades(),
            defaults.volumeBarSize(), subscriber);
        pipeline.start();
        cursor = 0;
        pass = 0;
    }

    /** Stops the pipeline, failing the run if anything was rejected or out of sequence. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pipeline.awaitProcessed();
        final long rejects = pipeline.rejects();
        final long gaps = pipeline.gaps();
        pipeline.close();
        if (rejects != 0 || gaps != 0) {
            throw new IllegalStateException("rejects " + rejects + ", gaps " + gaps);
        }
    }

    /**
     * Publishes {@value PipelineBenchmark#EVENTS_PER_INVOCATION} events and waits until the listener has seen them.
     *
     * @return the listener's checksum.
     */
    @Benchmark
    @OperationsPerInvocation(PipelineBenchmark.EVENTS_PER_INVOCATION)
    public long publishAndDeliver() {
        final OrderFlowStream s = stream;
        int i = cursor;
        for (int n = 0; n < PipelineBenchmark.EVENTS_PER_INVOCATION; n++) {
            StreamReplay.toBaseline(s, i, pass, s.eventTimeNs(i, pass), pipeline);
            if (++i == s.length) {
                i = 0;
                pass++;
            }
        }
        cursor = i;
        pipeline.awaitProcessed();
        return subscriber.checksum;
    }

    /** Reads the same as the engine benchmark's subscriber; called on the benchmark thread. */
    private static final class Subscriber implements BlockingQueuePipeline.Listener {
        private long checksum;

        @Override
        public void onBook(final int instrumentId, final long eventTimeNs, final long bidPrice, final long bidSize,
            final long askPrice, final long askSize) {
            checksum += bidPrice;
        }

        @Override
        public void onTrade(final int instrumentId, final long timeNs, final long price, final long size) {
            checksum += price * size;
        }

        @Override
        public void onCandle(final NaiveCandle candle) {
            checksum += candle.volume();
        }
    }
}

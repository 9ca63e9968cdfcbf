package io.fdp.benchmarks.latency;

import io.fdp.benchmarks.baseline.BlockingQueuePipeline;
import io.fdp.benchmarks.baseline.NaiveCandle;
import io.fdp.benchmarks.pipeline.StreamReplay;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.pipeline.EngineConfig;
import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/**
 * Latency through the baseline {@link BlockingQueuePipeline}: the calling thread publishes on schedule with each
 * event's intended send time as its event time and, as {@link EngineLatencyRun} does with its subscription, polls the
 * pipeline's output after every event and while it waits for the next; the listener records, for every event, the
 * time from its intended send time.
 */
final class BaselineLatencyRun {
    private static final long START_DELAY_NS = TimeUnit.MILLISECONDS.toNanos(200);

    private BaselineLatencyRun() {
    }

    static LatencyResult run(final OrderFlowStream stream, final RunSettings settings) {
        final Schedule schedule = new Schedule(System.nanoTime() + START_DELAY_NS, settings.rate());
        final Recorder recorder = new Recorder(schedule.dueNs(settings.warmupEvents()));
        final EngineConfig defaults = new EngineConfig();
        try (BlockingQueuePipeline pipeline = new BlockingQueuePipeline(stream.instruments, StreamReplay.QUEUE_CAPACITY,
            defaults.tickBarTrades(), defaults.volumeBarSize(), recorder)) {
            pipeline.start();
            final Sender sender = new Sender(settings, () -> {
                if (pipeline.poll() == 0) {
                    Thread.yield();
                }
            });
            int index = 0;
            long pass = 0;
            for (long event = 0; event < settings.totalEvents(); event++) {
                final long dueNs = schedule.dueNs(event);
                if (!sender.awaitTurn(event, dueNs)) {
                    break;
                }
                StreamReplay.toBaseline(stream, index, pass, dueNs, pipeline);
                pipeline.poll();
                if (++index == stream.length) {
                    index = 0;
                    pass++;
                }
            }
            sender.finish();
            pipeline.awaitProcessed();
            if (pipeline.rejects() != 0 || pipeline.gaps() != 0) {
                throw new IllegalStateException("the baseline rejected " + pipeline.rejects() + " events, gaps " + pipeline.gaps());
            }
            return new LatencyResult("ArrayBlockingQueue baseline", settings.rate(), sender.achievedRate(), recorder.histogram,
                sender.saturated());
        }
    }

    /** Records latencies on the sending thread. */
    private static final class Recorder implements BlockingQueuePipeline.Listener {
        private final Histogram histogram = new Histogram(3);
        private final long measureFromNs;

        Recorder(final long measureFromNs) {
            this.measureFromNs = measureFromNs;
        }

        @Override
        public void onBook(final int instrumentId, final long eventTimeNs, final long bidPrice, final long bidSize,
            final long askPrice, final long askSize) {
            final long nowNs = System.nanoTime();
            if (eventTimeNs >= measureFromNs) {
                histogram.recordValue(nowNs - eventTimeNs);
            }
        }

        @Override
        public void onTrade(final int instrumentId, final long timeNs, final long price, final long size) {
            // Every event, trades included, is recorded once through onBook.
        }

        @Override
        public void onCandle(final NaiveCandle candle) {
            // Candles carry no intended send time.
        }
    }
}

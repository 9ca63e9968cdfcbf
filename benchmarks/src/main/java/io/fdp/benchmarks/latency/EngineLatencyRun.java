package io.fdp.benchmarks.latency;

import io.fdp.benchmarks.pipeline.StreamReplay;
import io.fdp.benchmarks.stream.OrderFlowStream;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.subscription.MarketDataListener;
import io.fdp.engine.subscription.Subscription;
import io.fdp.engine.view.BookSnapshot;
import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/**
 * Latency through the engine: the calling thread publishes on schedule and, between events, polls a subscription
 * to every book, recording for every event the time from its intended send time until the subscriber first sees a
 * book view that includes it. The load generator and the subscriber share one thread, as a single-threaded client's
 * event loop would: with two cores, the other core is left to the engine thread. The subscriber polls once after
 * every event it sends and, while it waits for the next one, polls and yields when there was nothing to deliver.
 * <p>
 * Book updates are published once per ring batch and conflated, so one delivery can cover several events. The event
 * time of each event is its intended send time, which increases with the event's position in the stream; a delivery
 * of a view whose event time is {@code t} records every event of that instrument due at or before {@code t} not yet
 * recorded, each against its own intended send time, and the last of them must be the event the view carries.
 */
final class EngineLatencyRun {
    private static final long START_DELAY_NS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final int POLL_LIMIT = 256;

    private EngineLatencyRun() {
    }

    static LatencyResult run(final OrderFlowStream stream, final RunSettings settings) {
        final Engine engine = new Engine(StreamReplay.engineConfig(stream, settings.waitStrategy()), StreamReplay.registry(stream));
        final Schedule schedule = new Schedule(System.nanoTime() + START_DELAY_NS, settings.rate());
        final Recorder recorder = new Recorder(stream, schedule, settings.warmupEvents());
        final Subscription subscription = engine.subscribers().subscribeForPolling(Subscription.ALL_INSTRUMENTS,
            Subscription.BOOK, 1, recorder);
        engine.start();
        try {
            final MarketEventPublisher publisher = engine.newPublisher();
            final Runnable pollOrYield = () -> {
                if (subscription.poll(POLL_LIMIT) == 0) {
                    Thread.yield();
                }
            };
            final Sender sender = new Sender(settings, pollOrYield);
            int index = 0;
            long pass = 0;
            for (long event = 0; event < settings.totalEvents(); event++) {
                final long dueNs = schedule.dueNs(event);
                if (!sender.awaitTurn(event, dueNs)) {
                    break;
                }
                StreamReplay.toEngine(stream, index, pass, dueNs, publisher);
                subscription.poll(POLL_LIMIT);
                if (++index == stream.length) {
                    index = 0;
                    pass++;
                }
            }
            sender.finish();
            recorder.awaitAccounted(sender.sent(), pollOrYield);
            if (recorder.mismatches != 0) {
                throw new IllegalStateException(recorder.mismatches + " book views did not carry the expected event time");
            }
            return new LatencyResult("fdp engine (" + settings.waitStrategy() + ")", settings.rate(), sender.achievedRate(),
                recorder.histogram, sender.saturated());
        } finally {
            subscription.close();
            engine.close();
        }
    }

    /** Records latencies on the subscriber thread. */
    private static final class Recorder implements MarketDataListener {
        private final Histogram histogram = new Histogram(3);
        private final Schedule schedule;
        private final long warmupEvents;
        private final int length;
        private final int[][] eventsOfInstrument;
        private final long[] recordedEvents;
        private long accounted;
        private long mismatches;

        Recorder(final OrderFlowStream stream, final Schedule schedule, final long warmupEvents) {
            this.schedule = schedule;
            this.warmupEvents = warmupEvents;
            length = stream.length;
            eventsOfInstrument = new int[stream.instruments][];
            final int[] filled = new int[stream.instruments];
            for (int i = 0; i < stream.instruments; i++) {
                eventsOfInstrument[i] = new int[(int) stream.eventsPerInstrument[i]];
            }
            for (int index = 0; index < stream.length; index++) {
                final int instrument = stream.instrumentIds[index];
                eventsOfInstrument[instrument][filled[instrument]++] = index;
            }
            recordedEvents = new long[stream.instruments];
        }

        @Override
        public void onBook(final BookSnapshot book) {
            final long nowNs = System.nanoTime();
            final int instrument = book.instrumentId();
            final int[] events = eventsOfInstrument[instrument];
            final long viewTimeNs = book.eventTimeNs();
            long nth = recordedEvents[instrument];
            long dueNs = 0;
            while (true) {
                final long event = nth / events.length * length + events[(int) (nth % events.length)];
                final long nextDueNs = schedule.dueNs(event);
                if (nextDueNs > viewTimeNs) {
                    break;
                }
                dueNs = nextDueNs;
                if (event >= warmupEvents) {
                    histogram.recordValue(nowNs - dueNs);
                }
                nth++;
            }
            if (nth > recordedEvents[instrument] && viewTimeNs != dueNs) {
                mismatches++;
            }
            accounted += nth - recordedEvents[instrument];
            recordedEvents[instrument] = nth;
        }

        void awaitAccounted(final long events, final Runnable pollOrYield) {
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (accounted < events) {
                if (System.nanoTime() > deadlineNs) {
                    throw new IllegalStateException("the subscriber saw " + accounted + " of " + events + " events");
                }
                pollOrYield.run();
            }
        }
    }
}

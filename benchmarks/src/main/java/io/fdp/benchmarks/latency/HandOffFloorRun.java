package io.fdp.benchmarks.latency;

import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor under any two-thread pipeline on this machine: the engine run's sender and subscriber loop, unchanged, with
 * the engine replaced by a thread that does nothing but hand each event straight back. That thread waits on the
 * sender's cursor as the engine's yielding wait strategy does and copies it to an echo cursor; the sender, between
 * events, polls the echo cursor and records every newly echoed event against its intended send time, as
 * {@link EngineLatencyRun} does with book views.
 * <p>
 * Nothing is decoded, booked or copied, so what this run measures is only the machine: a hand-off between two cores
 * and the time either thread spends descheduled (other processes, kernel threads, the hypervisor). No pipeline built
 * from two such threads can have lower percentiles at the same rate.
 */
final class HandOffFloorRun {
    private static final long START_DELAY_NS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final int SPINS_BEFORE_YIELD = 100;

    private HandOffFloorRun() {
    }

    static LatencyResult run(final RunSettings settings) throws InterruptedException {
        final AtomicLong published = new AtomicLong(-1);
        final AtomicLong echoed = new AtomicLong(-1);
        final Thread echo = new Thread(() -> echo(published, echoed), "hand-off-echo");
        echo.setDaemon(true);
        echo.start();
        final Schedule schedule = new Schedule(System.nanoTime() + START_DELAY_NS, settings.rate());
        final Histogram histogram = new Histogram(3);
        final long[] recorded = {-1};
        final Runnable poll = () -> {
            final long upTo = echoed.get();
            if (upTo > recorded[0]) {
                final long nowNs = System.nanoTime();
                for (long event = recorded[0] + 1; event <= upTo; event++) {
                    if (event >= settings.warmupEvents()) {
                        histogram.recordValue(nowNs - schedule.dueNs(event));
                    }
                }
                recorded[0] = upTo;
            } else {
                Thread.yield();
            }
        };
        final Sender sender = new Sender(settings, poll);
        try {
            for (long event = 0; event < settings.totalEvents(); event++) {
                if (!sender.awaitTurn(event, schedule.dueNs(event))) {
                    break;
                }
                published.lazySet(event);
                poll.run();
            }
            sender.finish();
            while (recorded[0] < sender.sent() - 1) {
                poll.run();
            }
        } finally {
            published.set(Long.MAX_VALUE);
            echo.join(TimeUnit.SECONDS.toMillis(5));
        }
        return new LatencyResult("hand-off floor", settings.rate(), sender.achievedRate(), histogram, sender.saturated());
    }

    /**
     * Copies the published cursor to the echo cursor until the cursor is {@link Long#MAX_VALUE}, waiting as the
     * engine's yielding wait strategy does: a hundred spins, then a yield per check.
     */
    private static void echo(final AtomicLong published, final AtomicLong echoed) {
        long seen = -1;
        int idle = 0;
        while (seen != Long.MAX_VALUE) {
            final long cursor = published.get();
            if (cursor != seen) {
                seen = cursor;
                idle = 0;
                if (cursor != Long.MAX_VALUE) {
                    echoed.lazySet(cursor);
                }
            } else if (++idle < SPINS_BEFORE_YIELD) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }
}

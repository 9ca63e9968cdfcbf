package io.fdp.api.metrics;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.event.EventType;
import io.fdp.engine.pipeline.BookHandler;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineCounters;
import io.fdp.engine.pipeline.StageLatency;

import java.util.Locale;

/**
 * The engine's series, read from {@link EngineCounters} and the ring at scrape time so that the engine threads pay
 * nothing: events by type, rejects by reason, every other engine counter, ring capacity, instruments and subscribers.
 */
public final class EngineMetrics {
    private static final int REJECT_CODES = 15;

    private EngineMetrics() {
    }

    /**
     * Adds the engine's series to a registry.
     *
     * @param registry the registry.
     * @param engine   the engine.
     */
    public static void register(final MetricsRegistry registry, final Engine engine) {
        final EngineCounters counters = engine.counters();
        registry.family("fdp_engine_events_total", "Events processed by the book stage, by event type.",
            MetricsRegistry.Type.COUNTER, samples -> {
                for (int type = 1; type < EventType.COUNT; type++) {
                    samples.add(counters.events(type), "type", EventType.name(type));
                }
            });
        registry.family("fdp_engine_rejects_total", "Book events rejected, by reason.", MetricsRegistry.Type.COUNTER,
            samples -> {
                for (int code = -1; code >= -REJECT_CODES; code--) {
                    final long count = counters.rejects(code);
                    final String reason = rejectReason(code);
                    if (count > 0 || !reason.startsWith("CODE_")) {
                        samples.add(count, "reason", reason);
                    }
                }
            });
        for (final EngineCounters.Misc counter : EngineCounters.Misc.values()) {
            registry.counter("fdp_engine_" + counter.name().toLowerCase(Locale.ROOT) + "_total", help(counter),
                () -> counters.get(counter));
        }
        registry.custom("fdp_engine_stage_latency_seconds",
            "Time from ingestion to the end of a handler stage, sampled once per batch.", MetricsRegistry.Type.HISTOGRAM,
            out -> {
                writeStage(out, counters.bookLatency());
                writeStage(out, counters.candleLatency());
            });
        registry.gauge("fdp_engine_ring_remaining_capacity", "Free slots of the inbound ring; 0 means feeds are back-pressured.",
            () -> engine.ring().remainingCapacity());
        registry.gauge("fdp_engine_ring_size", "Slots of the inbound ring.", () -> engine.ring().getBufferSize());
        registry.gauge("fdp_engine_instruments", "Instruments registered with the engine.", () -> engine.registry().count());
        registry.gauge("fdp_engine_subscriptions", "Open engine subscriptions (in-process and WebSocket connections).",
            () -> engine.subscribers().subscriptions().size());
    }

    /** Buckets from about 1 us to about 17 s; smaller latencies count in the first, larger ones only in +Inf. */
    private static void writeStage(final StringBuilder out, final StageLatency latency) {
        final String name = "fdp_engine_stage_latency_seconds";
        final String stage = "stage=\"" + latency.stage() + "\"";
        long cumulative = 0;
        for (int bucket = 0; bucket < StageLatency.BUCKETS; bucket++) {
            cumulative += latency.count(bucket);
            if (bucket >= 9 && bucket <= 33) {
                out.append(name).append("_bucket{").append(stage).append(",le=\"")
                    .append(MetricsRegistry.number(StageLatency.upperBoundNs(bucket) / 1e9)).append("\"} ").append(cumulative)
                    .append('\n');
            }
        }
        out.append(name).append("_bucket{").append(stage).append(",le=\"+Inf\"} ").append(cumulative).append('\n');
        out.append(name).append("_sum{").append(stage).append("} ").append(MetricsRegistry.number(latency.sumNs() / 1e9))
            .append('\n');
        out.append(name).append("_count{").append(stage).append("} ").append(cumulative).append('\n');
    }

    static String rejectReason(final int code) {
        if (code == BookHandler.WRONG_BOOK_KIND) {
            return "WRONG_BOOK_KIND";
        }
        final String name = BookResult.describe(code);
        return name.startsWith("UNKNOWN_RESULT") ? "CODE_" + (-code) : name;
    }

    private static String help(final EngineCounters.Misc counter) {
        return switch (counter) {
            case TRADES -> "Trades printed (executions, hidden executions, trade prints).";
            case GAPS -> "Sequence gaps detected.";
            case DUPLICATES -> "Duplicate or replayed sequence numbers dropped.";
            case UNKNOWN_INSTRUMENT -> "Events for an instrument id that is not registered.";
            case UNKNOWN_TYPE -> "Events of an unknown type.";
            case CROSSED -> "Times a book turned crossed.";
            case STALE -> "Times a book turned stale (gap, checksum failure or feed report).";
            case SNAPSHOTS -> "Snapshots completed (books turned fresh).";
            case RESYNC_REQUESTS -> "Resynchronisation requests made to feeds.";
            case CANDLES_CLOSED -> "Candles closed.";
            case CANDLES_REVISED -> "Candles revised by late trades.";
            case CANDLE_REJECTS -> "Trades rejected by the candle aggregator.";
            case HANDLER_EXCEPTIONS -> "Exceptions caught by the pipeline's exception handler.";
            default -> "Engine counter " + counter.name() + ".";
        };
    }
}

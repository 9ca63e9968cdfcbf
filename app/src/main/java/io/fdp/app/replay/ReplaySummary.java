package io.fdp.app.replay;

import io.fdp.engine.book.BookResult;
import io.fdp.engine.event.EventType;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.pipeline.EngineCounters;
import io.fdp.feed.FeedSummary;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a replay did, from the feed's and the engine's counters, printed for people and as one JSON line.
 *
 * @param format            the input format.
 * @param messagesByType    messages the feed decoded, by the feed's type names.
 * @param messages          messages the feed decoded.
 * @param events            events the engine processed.
 * @param instruments       instruments registered.
 * @param trades            trades printed.
 * @param candlesClosed     candles closed (final), bars included.
 * @param candlesRevised    closed candles revised by late trades.
 * @param checksumsVerified feed checksums that matched.
 * @param checksumsFailed   feed checksums that did not.
 * @param gaps              sequence gaps.
 * @param rejectedByReason  rejected messages and events by reason (feed decoding, then book rules).
 * @param firstRejections   the first rejections with their location.
 * @param elapsedNs         wall time of the replay.
 * @param stateHash         the engine's state hash at the end.
 */
public record ReplaySummary(String format, Map<String, Long> messagesByType, long messages, long events, int instruments,
    long trades, long candlesClosed, long candlesRevised, long checksumsVerified, long checksumsFailed, long gaps,
    Map<String, Long> rejectedByReason, List<String> firstRejections, long elapsedNs, long stateHash) {

    /**
     * Collects the summary of a finished replay.
     *
     * @param format    the input format.
     * @param feed      the feed's summary.
     * @param engine    the drained engine.
     * @param elapsedNs wall time.
     * @return the summary.
     */
    public static ReplaySummary of(final String format, final FeedSummary feed, final Engine engine, final long elapsedNs) {
        return of(format, feed, engine, elapsedNs, List.of());
    }

    /**
     * Collects the summary of a finished replay, with the first events the books rejected.
     *
     * @param format         the input format.
     * @param feed           the feed's summary.
     * @param engine         the drained engine.
     * @param elapsedNs      wall time.
     * @param bookRejections the first rejected events, described.
     * @return the summary.
     */
    public static ReplaySummary of(final String format, final FeedSummary feed, final Engine engine, final long elapsedNs,
        final List<String> bookRejections) {
        final EngineCounters counters = engine.counters();
        final Map<String, Long> rejected = new LinkedHashMap<>(feed.rejectedByReason());
        for (int code = -1; code >= -15; code--) {
            final long count = counters.rejects(code);
            if (count > 0) {
                rejected.put("book " + BookResult.describe(code), count);
            }
        }
        final long unknownInstrument = counters.get(EngineCounters.Misc.UNKNOWN_INSTRUMENT);
        if (unknownInstrument > 0) {
            rejected.put("engine unknown instrument", unknownInstrument);
        }
        final long candleRejects = counters.get(EngineCounters.Misc.CANDLE_REJECTS);
        if (candleRejects > 0) {
            rejected.put("candle rejected trade", candleRejects);
        }
        long events = 0;
        for (int type = 1; type < EventType.COUNT; type++) {
            events += counters.events(type);
        }
        return new ReplaySummary(format, feed.messagesByType(), feed.messages(), events, engine.registry().count(),
            counters.get(EngineCounters.Misc.TRADES), counters.get(EngineCounters.Misc.CANDLES_CLOSED),
            counters.get(EngineCounters.Misc.CANDLES_REVISED), feed.checksumsVerified(), feed.checksumsFailed(),
            counters.get(EngineCounters.Misc.GAPS), rejected, concat(feed.locatedRejections(), bookRejections), elapsedNs,
            engine.stateHash());
    }

    private static List<String> concat(final List<String> first, final List<String> second) {
        final List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** @return every rejection counted. */
    public long rejected() {
        return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return input messages per second of wall time. */
    public double messagesPerSecond() {
        return elapsedNs == 0 ? 0 : messages * 1e9 / elapsedNs;
    }

    /**
     * Prints the summary for people.
     *
     * @param out where to print.
     */
    public void print(final PrintStream out) {
        out.printf(Locale.ROOT, "Replayed %s: %,d messages -> %,d engine events in %.3f s (%,.0f messages/s)%n", format,
            messages, events, elapsedNs / 1e9, messagesPerSecond());
        out.println("  messages by type:  " + messagesByType);
        out.printf(Locale.ROOT, "  instruments: %d, trades: %,d, candles closed: %,d (revised %,d)%n", instruments, trades,
            candlesClosed, candlesRevised);
        out.printf(Locale.ROOT, "  checksums verified: %,d, failed: %,d; sequence gaps: %,d%n", checksumsVerified,
            checksumsFailed, gaps);
        out.printf(Locale.ROOT, "  rejected: %,d %s%n", rejected(), rejectedByReason);
        firstRejections.forEach(rejection -> out.println("    " + rejection));
        out.printf("  state hash: %016x%n", stateHash);
    }

    /** @return the summary as one line of JSON. */
    public String toJson() {
        return "{\"format\":" + quote(format)
            + ",\"messages\":" + messages
            + ",\"messagesByType\":" + json(messagesByType)
            + ",\"events\":" + events
            + ",\"instruments\":" + instruments
            + ",\"trades\":" + trades
            + ",\"candlesClosed\":" + candlesClosed
            + ",\"candlesRevised\":" + candlesRevised
            + ",\"checksumsVerified\":" + checksumsVerified
            + ",\"checksumsFailed\":" + checksumsFailed
            + ",\"gaps\":" + gaps
            + ",\"rejected\":" + rejected()
            + ",\"rejectedByReason\":" + json(rejectedByReason)
            + ",\"elapsedSeconds\":" + String.format(Locale.ROOT, "%.6f", elapsedNs / 1e9)
            + ",\"messagesPerSecond\":" + String.format(Locale.ROOT, "%.1f", messagesPerSecond())
            + ",\"stateHash\":\"" + String.format("%016x", stateHash) + "\"}";
    }

    private static String json(final Map<String, Long> counts) {
        final StringBuilder json = new StringBuilder("{");
        counts.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append(quote(key)).append(':').append(value));
        return json.append('}').toString();
    }

    private static String quote(final String text) {
        final StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}

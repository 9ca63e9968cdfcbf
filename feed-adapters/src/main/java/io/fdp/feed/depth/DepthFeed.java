package io.fdp.feed.depth;

import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.feed.FeedSummary;
import io.fdp.feed.RecordedFeed;
import io.fdp.feed.binance.BinanceDepthAdapter;
import io.fdp.feed.binance.BinanceListener;
import io.fdp.feed.coinbase.CoinbaseL2Adapter;
import io.fdp.feed.kraken.KrakenBookAdapter;
import io.fdp.feed.okx.OkxBookAdapter;
import io.fdp.feed.recorded.RecordedCapture;
import io.fdp.feed.recorded.RecordedLineReader;
import io.fdp.feed.recorded.RecordedReplay;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Connects a venue's depth adapter (Kraken, OKX, Binance, Coinbase) to the engine: snapshots become
 * SNAPSHOT_BEGIN, level sets and SNAPSHOT_END; updates become level sets; trades become trades; a checksum mismatch
 * or a sequence gap makes the book stale (FEED_STALE with the {@link DataQuality} kind) until the next snapshot.
 *
 * <p>Recorded captures ({@code <ts>: <json>} lines, {@code url -> ts: json} for REST) are read as they are; several
 * files (Binance's REST snapshots and websocket diffs) are merged in receive-time order. Not thread-safe.
 */
public final class DepthFeed implements BinanceListener, RecordedFeed {
    /** The formats this feed reads. */
    public static final List<String> FORMATS = List.of("kraken", "okx", "binance", "coinbase");

    private static final int MAX_SYMBOLS = 1_024;

    private final String format;
    private final List<Path> inputs;
    private final InstrumentRegistry registry;
    private final FeedSummary summary = new FeedSummary();
    private final int[] instrumentBySymbol = new int[MAX_SYMBOLS];
    private MarketEventPublisher publisher;
    private long currentEventTimeNs;

    /**
     * Creates the feed of recorded captures.
     *
     * @param format   kraken, okx, binance or coinbase.
     * @param inputs   the capture files (for Binance: the REST snapshots and the websocket stream).
     * @param registry where the venue's symbols are registered.
     */
    public DepthFeed(final String format, final List<Path> inputs, final InstrumentRegistry registry) {
        this.format = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(this.format)) {
            throw new IllegalArgumentException("unknown depth feed format '" + format + "'; known: " + FORMATS);
        }
        this.inputs = List.copyOf(inputs);
        this.registry = registry;
        Arrays.fill(instrumentBySymbol, InstrumentRegistry.NOT_FOUND);
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public FeedSummary summary() {
        return summary;
    }

    @Override
    public void replay(final MarketEventPublisher target) throws IOException {
        this.publisher = target;
        final RecordedCapture capture = RecordedCapture.read(inputs);
        final RecordedReplay.ProblemHandler problems = new RecordedReplay.ProblemHandler() {
            @Override
            public void onRejectedLine(final int lineNumber, final int reason) {
                summary.rejected(DecodeResult.name(reason), capture.origin(lineNumber));
            }

            @Override
            public void onMalformedLine(final int lineNumber, final int reason) {
                summary.rejected(malformedName(reason), capture.origin(lineNumber));
            }
        };
        final RecordedReplay replay = switch (format) {
            case "kraken" -> new RecordedReplay(counting(new KrakenBookAdapter(this, MAX_SYMBOLS)::onMessage), null, problems);
            case "okx" -> new RecordedReplay(counting(new OkxBookAdapter(this, MAX_SYMBOLS)::onMessage), null, problems);
            case "coinbase" -> new RecordedReplay(counting(new CoinbaseL2Adapter(this, MAX_SYMBOLS)::onMessage), null, problems);
            default -> {
                final BinanceDepthAdapter adapter = new BinanceDepthAdapter(this, MAX_SYMBOLS);
                yield new RecordedReplay(counting(adapter::onMessage), adapter::onRestResponse, problems);
            }
        };
        final byte[] bytes = capture.bytes();
        replay.replay(new UnsafeBuffer(bytes), 0, bytes.length);
    }

    private RecordedReplay.MessageDecoder counting(final RecordedReplay.MessageDecoder decoder) {
        return (buffer, offset, length, receiveTimeNs) -> {
            final int result = decoder.decode(buffer, offset, length, receiveTimeNs);
            if (result == DecodeResult.IGNORED) {
                summary.message("ignored");
            } else if (result == DecodeResult.DROPPED) {
                summary.message("dropped");
            }
            return result;
        };
    }

    private static String malformedName(final int reason) {
        return switch (reason) {
            case RecordedLineReader.MALFORMED_TIMESTAMP -> "MALFORMED_TIMESTAMP";
            case RecordedLineReader.MISSING_BODY -> "MISSING_BODY";
            default -> "UNKNOWN_LINE_SHAPE";
        };
    }

    private int instrument(final int symbolIndex) {
        return symbolIndex >= 0 && symbolIndex < MAX_SYMBOLS ? instrumentBySymbol[symbolIndex] : InstrumentRegistry.NOT_FOUND;
    }

    private static long timeOf(final long eventTimeNs, final long receiveTimeNs) {
        return eventTimeNs == NULL_TIMESTAMP ? receiveTimeNs : eventTimeNs;
    }

    @Override
    public void onSymbol(final int symbolIndex, final String symbol, final int priceExponent, final int sizeExponent) {
        final int id = registry.register(symbol, priceExponent, sizeExponent, 1, 1);
        if (id == InstrumentRegistry.NOT_FOUND || symbolIndex < 0 || symbolIndex >= MAX_SYMBOLS) {
            summary.rejected("INSTRUMENT_REGISTRY_FULL", "symbol " + symbol);
            return;
        }
        if (registry.priceExponent(id) != priceExponent || registry.sizeExponent(id) != sizeExponent) {
            summary.rejected("SCALE_MISMATCH", "symbol " + symbol);
        }
        instrumentBySymbol[symbolIndex] = id;
    }

    @Override
    public void onSnapshotBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
        summary.message("snapshot");
        currentEventTimeNs = timeOf(eventTimeNs, receiveTimeNs);
        final int id = instrument(symbolIndex);
        if (id != InstrumentRegistry.NOT_FOUND) {
            publisher.control(EventType.SNAPSHOT_BEGIN, id, MarketEvent.NO_SEQUENCE, currentEventTimeNs);
        }
    }

    @Override
    public void onSnapshotEnd(final int symbolIndex) {
        final int id = instrument(symbolIndex);
        if (id != InstrumentRegistry.NOT_FOUND) {
            publisher.control(EventType.SNAPSHOT_END, id, MarketEvent.NO_SEQUENCE, currentEventTimeNs);
        }
    }

    @Override
    public void onUpdateBegin(final int symbolIndex, final long eventTimeNs, final long receiveTimeNs) {
        summary.message("update");
        currentEventTimeNs = timeOf(eventTimeNs, receiveTimeNs);
    }

    @Override
    public void onUpdateEnd(final int symbolIndex) {
        // Each level was published as it came; the engine needs no end-of-update marker.
    }

    @Override
    public void onLevel(final int symbolIndex, final int side, final long priceMantissa, final long sizeMantissa) {
        final int id = instrument(symbolIndex);
        if (id != InstrumentRegistry.NOT_FOUND) {
            publisher.levelSet(id, MarketEvent.NO_SEQUENCE, currentEventTimeNs, (byte) side, priceMantissa, sizeMantissa);
        }
    }

    @Override
    public void onChecksum(final int symbolIndex, final boolean ok) {
        summary.checksum(ok);
        final int id = instrument(symbolIndex);
        if (!ok && id != InstrumentRegistry.NOT_FOUND) {
            publisher.status(EventType.FEED_STALE, id, MarketEvent.NO_SEQUENCE, currentEventTimeNs, DataQuality.CHECKSUM_FAILED);
        }
    }

    @Override
    public void onGap(final int symbolIndex, final long expectedSequence, final long receivedSequence) {
        summary.gap();
        final int id = instrument(symbolIndex);
        if (id != InstrumentRegistry.NOT_FOUND) {
            publisher.status(EventType.FEED_STALE, id, receivedSequence, currentEventTimeNs, DataQuality.GAP);
        }
    }

    @Override
    public void onTrade(final int symbolIndex, final long tradeId, final int aggressorSide, final long priceMantissa,
        final long sizeMantissa, final long eventTimeNs, final long receiveTimeNs) {
        summary.message("trade");
        final int id = instrument(symbolIndex);
        if (id != InstrumentRegistry.NOT_FOUND) {
            publisher.trade(id, MarketEvent.NO_SEQUENCE, timeOf(eventTimeNs, receiveTimeNs), priceMantissa, sizeMantissa,
                (byte) aggressorSide, tradeId);
        }
    }

    @Override
    public void onKline(final int symbolIndex, final long openTimeNs, final long closeTimeNs, final long open,
        final long high, final long low, final long close, final long volume, final long tradeCount, final boolean closed,
        final long eventTimeNs, final long receiveTimeNs) {
        summary.message("kline");
    }

    @Override
    public void onRejected(final int reason, final int errorOffset) {
        // Counted with its line by the replay's problem handler.
    }
}

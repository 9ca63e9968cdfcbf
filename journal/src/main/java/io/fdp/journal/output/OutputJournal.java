package io.fdp.journal.output;

import io.fdp.engine.book.BookView;
import io.fdp.engine.candle.Candle;
import io.fdp.engine.state.EngineOutput;
import io.fdp.journal.codec.OutputCodec;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

import java.util.Arrays;

/**
 * Writes the engine's derived events to the output journal, synchronously on the engine thread that derives them.
 *
 * <p>Installed with {@code Engine.setOutput}: nothing is dropped and the engine is not blocked beyond the append
 * itself. Each writing thread uses an appender of its own. A book record (top {@code bookDepth} levels per side) is
 * written for an instrument on its first book change and then on the first change at or after each multiple of
 * {@code bookIntervalNs} of event time, so the records depend on the input only. While {@link #muted(boolean) muted}
 * (during recovery, whose events' outputs were written by the run before the restart) nothing is written.
 */
public final class OutputJournal implements EngineOutput {
    private final ThreadLocal<ExcerptAppender> appenders;
    private final long bookIntervalNs;
    private final int bookDepth;
    private final long[] nextBookNs;
    private volatile boolean muted;

    /**
     * Creates the writer.
     *
     * @param queue          the output journal.
     * @param maxInstruments the engine's instrument capacity.
     * @param bookIntervalNs event-time period of book records, 0 for none.
     * @param bookDepth      levels per side in book records.
     */
    public OutputJournal(final ChronicleQueue queue, final int maxInstruments, final long bookIntervalNs, final int bookDepth) {
        appenders = ThreadLocal.withInitial(queue::createAppender);
        this.bookIntervalNs = bookIntervalNs;
        this.bookDepth = bookDepth;
        nextBookNs = new long[maxInstruments];
        Arrays.fill(nextBookNs, Long.MIN_VALUE);
    }

    /**
     * Stops or resumes writing (any thread; takes effect for events published afterwards).
     *
     * @param value true to write nothing.
     */
    public void muted(final boolean value) {
        muted = value;
    }

    @Override
    public void onCandle(final Candle candle) {
        if (!muted) {
            try (DocumentContext document = appenders.get().writingDocument()) {
                OutputCodec.encodeCandle(candle, document.wire().bytes());
            }
        }
    }

    @Override
    public void onQuote(final int instrumentId, final long eventTimeNs, final long bidPrice, final long bidSize,
        final long askPrice, final long askSize, final long lastTradePrice, final long lastTradeSize) {
        if (!muted) {
            try (DocumentContext document = appenders.get().writingDocument()) {
                OutputCodec.encodeQuote(instrumentId, eventTimeNs, bidPrice, bidSize, askPrice, askSize, lastTradePrice,
                    lastTradeSize, document.wire().bytes());
            }
        }
    }

    @Override
    public void onTrade(final int instrumentId, final long eventTimeNs, final long ingestionTimeNs, final long price,
        final long size, final byte aggressorSide, final long tradeId) {
        if (!muted) {
            try (DocumentContext document = appenders.get().writingDocument()) {
                OutputCodec.encodeTrade(instrumentId, eventTimeNs, ingestionTimeNs, price, size, aggressorSide, tradeId,
                    document.wire().bytes());
            }
        }
    }

    @Override
    public void onDataQuality(final int instrumentId, final int kind, final long eventTimeNs, final long expected,
        final long received) {
        if (!muted) {
            try (DocumentContext document = appenders.get().writingDocument()) {
                OutputCodec.encodeDataQuality(instrumentId, kind, eventTimeNs, expected, received, document.wire().bytes());
            }
        }
    }

    @Override
    public void onBook(final int instrumentId, final long eventTimeNs, final BookView book) {
        if (bookIntervalNs <= 0 || instrumentId < 0 || instrumentId >= nextBookNs.length
            || eventTimeNs < nextBookNs[instrumentId]) {
            return;
        }
        nextBookNs[instrumentId] = Math.floorDiv(eventTimeNs, bookIntervalNs) * bookIntervalNs + bookIntervalNs;
        if (!muted) {
            try (DocumentContext document = appenders.get().writingDocument()) {
                OutputCodec.encodeBook(instrumentId, eventTimeNs, book, bookDepth, document.wire().bytes());
            }
        }
    }
}

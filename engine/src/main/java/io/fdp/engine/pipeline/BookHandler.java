package io.fdp.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import io.fdp.engine.book.BookResult;
import io.fdp.engine.book.BookView;
import io.fdp.engine.book.OrderBook;
import io.fdp.engine.book.PriceLevelBook;
import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.hash.StateHash;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.sequence.SequenceTracker;
import io.fdp.engine.state.BookState;
import io.fdp.engine.state.EngineOutput;
import io.fdp.engine.state.StateFormatException;
import io.fdp.engine.state.StateReader;
import io.fdp.engine.state.StateWriter;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.engine.subscription.SubscriberHub;
import io.fdp.engine.view.BookSnapshot;
import io.fdp.engine.view.BookViews;
import org.agrona.concurrent.EpochNanoClock;

/**
 * The book stage: applies each event to its instrument's book, checks sequence numbers, keeps L1 and market status,
 * derives trades for the candle stage, refreshes the views and notifies subscribers.
 *
 * <p>Runs on one thread and owns every book. An instrument gets its book on its first book event: an L3
 * {@link OrderBook} for order events, an L2 {@link PriceLevelBook} for level and quote events; the other kind of
 * event is then rejected for that instrument. Books are created once, so steady state allocates nothing.
 *
 * <p>Sequence numbers: an event with {@code channel == 0} is checked against its instrument's sequence; with
 * {@code channel > 0}, against the channel's (feeds that number every message of a channel). A gap marks the
 * affected books stale, emits a data-quality event and asks the feed to resynchronise; a snapshot
 * ({@code SNAPSHOT_BEGIN} ... {@code SNAPSHOT_END}) makes the book fresh again. Duplicates are dropped.
 *
 * <p>Views and subscribers see each batch of the ring at once: the instruments an event changes are noted, and their
 * views are rewritten and their subscribers told once, at the end of the batch the ring hands over. When the engine
 * keeps up, batches are one event long and every event is published on its own; under load, an instrument changed by
 * many events of a batch is copied once instead of once per event (subscribers are conflated anyway). The output hook
 * (journal, sinks) still sees every event.
 */
public final class BookHandler implements EventHandler<MarketEvent> {
    /** Result code: the instrument's book is of the other kind (L2 event for an L3 book, or the reverse). */
    public static final int WRONG_BOOK_KIND = -15;
    /** Channels whose sequences can be tracked ({@code 1 .. MAX_CHANNELS}). */
    public static final int MAX_CHANNELS = 255;
    private static final int NO_BOOK = 0;
    private static final int L3_BOOK = 1;
    private static final int L2_BOOK = 2;

    private final EngineConfig config;
    private final InstrumentRegistry registry;
    private final EngineCounters counters;
    private EpochNanoClock latencyClock;
    private final BookViews views;
    private final SubscriberHub hub;
    private final ResyncRequests resync;
    private final SequenceTracker sequences;
    private final BookView[] books;
    private final OrderBook[] l3Books;
    private final PriceLevelBook[] l2Books;
    private final boolean[] stale;
    private final boolean[] crossed;
    private final int[] status;
    private final long[] l1BidPrice;
    private final long[] l1BidSize;
    private final long[] l1AskPrice;
    private final long[] l1AskSize;
    private final long[] l1TopChanges;
    private final long[] lastTradePrice;
    private final long[] lastTradeSize;
    private final long[] lastTradeTimeNs;
    private final int[] changedIds;
    private final boolean[] changed;
    private final boolean[] changedL1;
    private final long[] changedEventTimeNs;
    private final long[] changedIngestionTimeNs;
    private int changedCount;
    private BookEventListener bookEventListener;
    private EngineOutput output = EngineOutput.NONE;

    BookHandler(final EngineConfig config, final InstrumentRegistry registry, final EngineCounters counters,
        final BookViews views, final SubscriberHub hub, final ResyncRequests resync) {
        this.config = config;
        this.registry = registry;
        this.counters = counters;
        this.views = views;
        this.hub = hub;
        this.resync = resync;
        final int instruments = config.maxInstruments();
        sequences = new SequenceTracker(instruments + MAX_CHANNELS + 1);
        books = new BookView[instruments];
        l3Books = new OrderBook[instruments];
        l2Books = new PriceLevelBook[instruments];
        stale = new boolean[instruments];
        crossed = new boolean[instruments];
        status = new int[instruments];
        l1BidPrice = filled(instruments, MarketEvent.NULL_PRICE);
        l1BidSize = new long[instruments];
        l1AskPrice = filled(instruments, MarketEvent.NULL_PRICE);
        l1AskSize = new long[instruments];
        l1TopChanges = filled(instruments, -1);
        lastTradePrice = filled(instruments, MarketEvent.NULL_PRICE);
        lastTradeSize = new long[instruments];
        lastTradeTimeNs = new long[instruments];
        changedIds = new int[instruments];
        changed = new boolean[instruments];
        changedL1 = new boolean[instruments];
        changedEventTimeNs = new long[instruments];
        changedIngestionTimeNs = new long[instruments];
    }

    private static long[] filled(final int length, final long value) {
        final long[] array = new long[length];
        java.util.Arrays.fill(array, value);
        return array;
    }

    @Override
    public void onEvent(final MarketEvent event, final long ringSequence, final boolean endOfBatch) {
        process(event);
        if (endOfBatch) {
            publishViews();
            if (latencyClock != null) {
                counters.bookLatency().record(latencyClock.nanoTime() - event.ingestionTimeNs());
            }
        }
    }

    void latencyClock(final EpochNanoClock clock) {
        latencyClock = clock;
    }

    private void process(final MarketEvent event) {
        event.clearDerived();
        final byte type = event.type();
        if (!EventType.isValid(type)) {
            counters.increment(EngineCounters.Misc.UNKNOWN_TYPE);
            return;
        }
        counters.onEvent(type);
        final int id = event.instrumentId();
        if (id == -1 && (type == EventType.MARKET_STATUS || type == EventType.HEARTBEAT)) {
            if (type == EventType.MARKET_STATUS) {
                setStatusEverywhere(event);
            }
            return;
        }
        if (!registry.isValid(id) || id >= books.length) {
            counters.increment(EngineCounters.Misc.UNKNOWN_INSTRUMENT);
            return;
        }
        if (!checkSequence(event, id)) {
            return;
        }
        final int result = apply(event, id);
        event.bookResult(result);
        if (result < 0) {
            counters.onReject(result);
            quality(id, DataQuality.REJECTED, result, event.orderId(), event.eventTimeNs());
        } else {
            afterApply(event, id, result);
        }
        if (bookEventListener != null) {
            bookEventListener.onBookEvent(event, books[id]);
        }
    }

    void bookEventListener(final BookEventListener listener) {
        bookEventListener = listener;
    }

    private boolean checkSequence(final MarketEvent event, final int id) {
        if (event.sequence() == MarketEvent.NO_SEQUENCE) {
            return true;
        }
        final int channel = event.channel();
        final int stream = channel > 0 && channel <= MAX_CHANNELS ? books.length + channel : id;
        if (event.type() == EventType.SNAPSHOT_BEGIN) {
            sequences.reset(stream);
        }
        final int check = sequences.onSequence(stream, event.sequence());
        if (check == SequenceTracker.DUPLICATE) {
            counters.increment(EngineCounters.Misc.DUPLICATES);
            return false;
        }
        if (check == SequenceTracker.GAP) {
            counters.increment(EngineCounters.Misc.GAPS);
            final int affected = stream == id ? id : ResyncRequests.WHOLE_FEED;
            quality(affected, DataQuality.GAP, sequences.lastGapExpected(), sequences.lastGapReceived(), event.eventTimeNs());
            if (affected == ResyncRequests.WHOLE_FEED) {
                for (int other = 0; other < books.length; other++) {
                    if (books[other] != null) {
                        markStale(other, event);
                    }
                }
            } else {
                markStale(id, event);
            }
            requestResync(affected);
        }
        return true;
    }

    private int apply(final MarketEvent event, final int id) {
        final byte type = event.type();
        switch (type) {
            case EventType.ORDER_ADD, EventType.ORDER_REPLACE, EventType.ORDER_MODIFY, EventType.ORDER_CANCEL,
                EventType.ORDER_DELETE, EventType.ORDER_EXECUTE -> {
                final OrderBook book = l3Book(id);
                return book == null ? WRONG_BOOK_KIND : applyOrder(event, book);
            }
            case EventType.LEVEL_SET, EventType.LEVEL_DELETE, EventType.QUOTE -> {
                final PriceLevelBook book = l2Book(id);
                return book == null ? WRONG_BOOK_KIND : applyLevel(event, book);
            }
            case EventType.ORDER_EXECUTE_HIDDEN -> {
                event.derivedTrade(event.price(), event.size(), opposite(event.side()));
                return validTrade(event) ? BookResult.OK : BookResult.INVALID_PRICE;
            }
            case EventType.TRADE -> {
                event.derivedTrade(event.price(), event.size(), event.side());
                return validTrade(event) ? BookResult.OK : BookResult.INVALID_PRICE;
            }
            case EventType.BOOK_CLEAR, EventType.SNAPSHOT_BEGIN -> {
                clearBook(id);
                return BookResult.OK;
            }
            case EventType.SNAPSHOT_END -> {
                if (stale[id]) {
                    stale[id] = false;
                    quality(id, DataQuality.FRESH, 0, event.sequence(), event.eventTimeNs());
                }
                counters.increment(EngineCounters.Misc.SNAPSHOTS);
                return BookResult.OK;
            }
            case EventType.MARKET_STATUS -> {
                status[id] = event.status();
                return BookResult.OK;
            }
            case EventType.FEED_STALE -> {
                final int kind = event.status() == DataQuality.GAP ? DataQuality.GAP : DataQuality.CHECKSUM_FAILED;
                counters.increment(kind == DataQuality.GAP ? EngineCounters.Misc.GAPS : EngineCounters.Misc.CHECKSUM_FAILURES);
                quality(id, kind, 0, event.sequence(), event.eventTimeNs());
                markStale(id, event);
                requestResync(id);
                return BookResult.OK;
            }
            default -> {
                return BookResult.OK;
            }
        }
    }

    private static boolean validTrade(final MarketEvent event) {
        return event.tradePrice() != MarketEvent.NULL_PRICE && event.tradeSize() > 0;
    }

    private static int applyOrder(final MarketEvent event, final OrderBook book) {
        return switch (event.type()) {
            case EventType.ORDER_ADD -> book.add(event.orderId(), event.side(), event.price(), event.size());
            case EventType.ORDER_REPLACE -> book.replace(event.orderId(), event.newOrderId(), event.price(), event.size());
            case EventType.ORDER_MODIFY -> book.modify(event.orderId(), event.price(), event.size());
            case EventType.ORDER_CANCEL -> book.cancel(event.orderId(), event.size());
            case EventType.ORDER_DELETE -> book.delete(event.orderId());
            default -> execute(event, book);
        };
    }

    private static int execute(final MarketEvent event, final OrderBook book) {
        final int result = book.execute(event.orderId(), event.size());
        if (result >= 0) {
            final long price = event.price() == MarketEvent.NULL_PRICE ? book.executedPrice() : event.price();
            event.derivedTrade(price, event.size(), opposite(book.executedSide()));
        }
        return result;
    }

    private static int applyLevel(final MarketEvent event, final PriceLevelBook book) {
        return switch (event.type()) {
            case EventType.LEVEL_SET -> book.set(event.side(), event.price(), event.size());
            case EventType.LEVEL_DELETE -> book.delete(event.side(), event.price());
            default -> applyQuote(event, book);
        };
    }

    private static int applyQuote(final MarketEvent event, final PriceLevelBook book) {
        book.clear();
        int result = BookResult.OK;
        if (event.bidPrice() != MarketEvent.NULL_PRICE && event.bidSize() > 0) {
            result = book.set(Side.BUY, event.bidPrice(), event.bidSize());
        }
        if (result >= 0 && event.askPrice() != MarketEvent.NULL_PRICE && event.askSize() > 0) {
            result = book.set(Side.SELL, event.askPrice(), event.askSize());
        }
        return result;
    }

    private static byte opposite(final byte side) {
        if (side == Side.BUY) {
            return Side.SELL;
        }
        return side == Side.SELL ? Side.BUY : Side.NULL_SIDE;
    }

    private void afterApply(final MarketEvent event, final int id, final int result) {
        boolean l1Changed = false;
        if (event.tradeSize() > 0) {
            counters.increment(EngineCounters.Misc.TRADES);
            lastTradePrice[id] = event.tradePrice();
            lastTradeSize[id] = event.tradeSize();
            lastTradeTimeNs[id] = event.eventTimeNs();
            l1Changed = true;
            hub.onTrade(id, event.eventTimeNs(), event.tradePrice(), event.tradeSize(), event.tradeSide(), event.tradeId());
            output.onTrade(id, event.eventTimeNs(), event.ingestionTimeNs(), event.tradePrice(), event.tradeSize(),
                event.tradeSide(), event.tradeId());
        }
        final boolean nowCrossed = result == BookResult.APPLIED_CROSSED;
        if (nowCrossed != crossed[id] && books[id] != null) {
            crossed[id] = nowCrossed;
            if (nowCrossed) {
                counters.increment(EngineCounters.Misc.CROSSED);
                quality(id, DataQuality.CROSSED, 0, event.sequence(), event.eventTimeNs());
            }
        }
        l1Changed |= updateL1(id);
        changed(id, event.eventTimeNs(), event.ingestionTimeNs(), l1Changed);
    }

    private boolean updateL1(final int id) {
        final BookView book = books[id];
        if (book == null) {
            return false;
        }
        final long topChanges = book.topChanges();
        if (topChanges == l1TopChanges[id]) {
            return false;
        }
        l1TopChanges[id] = topChanges;
        final long bidPrice = book.bestBidPrice();
        final long bidSize = book.bestBidSize();
        final long askPrice = book.bestAskPrice();
        final long askSize = book.bestAskSize();
        if (bidPrice == l1BidPrice[id] && bidSize == l1BidSize[id] && askPrice == l1AskPrice[id] && askSize == l1AskSize[id]) {
            return false;
        }
        l1BidPrice[id] = bidPrice;
        l1BidSize[id] = bidSize;
        l1AskPrice[id] = askPrice;
        l1AskSize[id] = askSize;
        return true;
    }

    /**
     * An instrument's book, L1 or status changed: the output hook hears of it now (the quote when L1 changed, the book
     * at its interval), views and subscribers at the end of the batch.
     */
    private void changed(final int id, final long eventTimeNs, final long ingestionTimeNs, final boolean l1Changed) {
        if (l1Changed) {
            output.onQuote(id, eventTimeNs, l1BidPrice[id], l1BidSize[id], l1AskPrice[id], l1AskSize[id], lastTradePrice[id],
                lastTradeSize[id]);
        }
        if (books[id] != null) {
            output.onBook(id, eventTimeNs, books[id]);
        }
        viewChanged(id, eventTimeNs, ingestionTimeNs, l1Changed);
    }

    /** Notes that an instrument's view must be rewritten at the end of the batch. */
    private void viewChanged(final int id, final long eventTimeNs, final long ingestionTimeNs, final boolean l1Changed) {
        if (!changed[id]) {
            changed[id] = true;
            changedL1[id] = false;
            changedIds[changedCount++] = id;
        }
        changedL1[id] |= l1Changed;
        changedEventTimeNs[id] = eventTimeNs;
        changedIngestionTimeNs[id] = ingestionTimeNs;
    }

    /** Rewrites the views of the instruments changed since the last call and tells their subscribers. */
    private void publishViews() {
        for (int k = 0; k < changedCount; k++) {
            final int id = changedIds[k];
            changed[id] = false;
            views.beginUpdate(id, changedEventTimeNs[id], changedIngestionTimeNs[id]);
            views.levels(id, books[id]);
            views.lastTrade(id, lastTradePrice[id], lastTradeSize[id], lastTradeTimeNs[id]);
            views.status(id, status[id], stale[id], crossed[id]);
            views.endUpdate(id, changedL1[id]);
            hub.onBookChanged(id, changedL1[id]);
        }
        changedCount = 0;
    }

    private void markStale(final int id, final MarketEvent event) {
        if (!stale[id]) {
            stale[id] = true;
            counters.increment(EngineCounters.Misc.STALE);
            quality(id, DataQuality.STALE, 0, 0, event.eventTimeNs());
            changed(id, event.eventTimeNs(), event.ingestionTimeNs(), false);
        }
    }

    private void requestResync(final int id) {
        if (resync.request(id)) {
            counters.increment(EngineCounters.Misc.RESYNC_REQUESTS);
        }
    }

    private void setStatusEverywhere(final MarketEvent event) {
        final int count = Math.min(registry.count(), books.length);
        for (int id = 0; id < count; id++) {
            status[id] = event.status();
            changed(id, event.eventTimeNs(), event.ingestionTimeNs(), false);
        }
    }

    private void clearBook(final int id) {
        if (l3Books[id] != null) {
            l3Books[id].clear();
        } else if (l2Books[id] != null) {
            l2Books[id].clear();
        }
    }

    private OrderBook l3Book(final int id) {
        if (books[id] == null) {
            l3Books[id] = new OrderBook(config.bookOrderCapacity(), config.bookLevelCapacity());
            books[id] = l3Books[id];
        }
        return l3Books[id];
    }

    private PriceLevelBook l2Book(final int id) {
        if (books[id] == null) {
            l2Books[id] = new PriceLevelBook(config.bookLevelCapacity());
            books[id] = l2Books[id];
        }
        return l2Books[id];
    }

    /**
     * The book of an instrument, for tests and for reading after the engine has stopped (book thread otherwise).
     *
     * @param instrumentId the instrument.
     * @return its book, or null when it has had no book event.
     */
    public BookView book(final int instrumentId) {
        return books[instrumentId];
    }

    /**
     * Whether an instrument's book is stale (book thread, or after the engine has stopped).
     *
     * @param instrumentId the instrument.
     * @return true between a gap or checksum failure and the next snapshot.
     */
    public boolean isStale(final int instrumentId) {
        return stale[instrumentId];
    }

    /**
     * Hashes every book, L1, status, staleness and sequence position (book thread, or after the engine has stopped).
     *
     * @param seed the hash so far.
     * @return the new hash.
     */
    public long stateHash(final long seed) {
        long hash = seed;
        for (int id = 0; id < books.length; id++) {
            if (books[id] == null && lastTradePrice[id] == MarketEvent.NULL_PRICE && status[id] == 0) {
                continue;
            }
            hash = StateHash.mix(hash, id);
            hash = books[id] == null ? hash : books[id].stateHash(hash);
            hash = StateHash.mix(hash, lastTradePrice[id]);
            hash = StateHash.mix(hash, lastTradeSize[id]);
            hash = StateHash.mix(hash, lastTradeTimeNs[id]);
            hash = StateHash.mix(hash, ((long) status[id] << 2) | (stale[id] ? 2 : 0) | (crossed[id] ? 1 : 0));
        }
        return sequences.hash(hash);
    }

    /** Installs the synchronous output hook (before the engine starts). */
    void output(final EngineOutput value) {
        output = value;
    }

    private void quality(final int id, final int kind, final long expected, final long received, final long eventTimeNs) {
        hub.onDataQuality(id, kind, expected, received);
        output.onDataQuality(id, kind, eventTimeNs, expected, received);
    }

    private boolean hasState(final int id) {
        return books[id] != null || stale[id] || crossed[id] || status[id] != 0 || lastTradePrice[id] != MarketEvent.NULL_PRICE
            || lastTradeSize[id] != 0 || lastTradeTimeNs[id] != 0 || l1BidPrice[id] != MarketEvent.NULL_PRICE
            || l1AskPrice[id] != MarketEvent.NULL_PRICE;
    }

    /**
     * Writes every book (orders in FIFO order, or levels), L1, last trade, status, stale and crossed flags and the
     * sequence positions (state export for snapshots; book thread, or a drained or stopped engine).
     *
     * @param out where to write.
     */
    public void writeState(final StateWriter out) {
        publishViews();
        out.putInt(books.length).putInt(config.bookOrderCapacity()).putInt(config.bookLevelCapacity());
        int used = 0;
        for (int id = 0; id < books.length; id++) {
            used += hasState(id) ? 1 : 0;
        }
        out.putInt(used);
        final BookSnapshot view = new BookSnapshot(1);
        for (int id = 0; id < books.length; id++) {
            if (!hasState(id)) {
                continue;
            }
            final boolean viewed = views.read(id, view);
            out.putInt(id).putLong(viewed ? view.eventTimeNs() : 0).putLong(viewed ? view.ingestionTimeNs() : 0);
            out.putBoolean(stale[id]).putBoolean(crossed[id]).putInt(status[id]);
            out.putLong(l1BidPrice[id]).putLong(l1BidSize[id]).putLong(l1AskPrice[id]).putLong(l1AskSize[id]);
            out.putLong(lastTradePrice[id]).putLong(lastTradeSize[id]).putLong(lastTradeTimeNs[id]);
            if (l3Books[id] != null) {
                out.putByte(L3_BOOK);
                BookState.writeOrderBook(l3Books[id], out);
            } else if (l2Books[id] != null) {
                out.putByte(L2_BOOK);
                BookState.writeLevelBook(l2Books[id], out);
            } else {
                out.putByte(NO_BOOK);
            }
        }
        sequences.writeState(out);
    }

    /**
     * Replaces the book stage's state with what {@link #writeState} wrote, refreshes the views and raises a resync
     * request for every stale book (before the engine starts). The output hook is not called.
     *
     * @param in where to read; the instrument and book capacities must be the same.
     */
    public void readState(final StateReader in) {
        in.expectInt(books.length, "instrument capacity");
        in.expectInt(config.bookOrderCapacity(), "book order capacity");
        in.expectInt(config.bookLevelCapacity(), "book level capacity");
        final int used = in.getCount(books.length, "instruments with state");
        final EngineOutput installed = output;
        output = EngineOutput.NONE;
        try {
            for (int id = 0; id < books.length; id++) {
                forget(id);
            }
            for (int k = 0; k < used; k++) {
                readInstrument(in);
            }
        } finally {
            output = installed;
        }
        sequences.readState(in);
        publishViews();
    }

    private void forget(final int id) {
        books[id] = null;
        l3Books[id] = null;
        l2Books[id] = null;
        stale[id] = false;
        crossed[id] = false;
        status[id] = 0;
        l1BidPrice[id] = MarketEvent.NULL_PRICE;
        l1BidSize[id] = 0;
        l1AskPrice[id] = MarketEvent.NULL_PRICE;
        l1AskSize[id] = 0;
        l1TopChanges[id] = -1;
        lastTradePrice[id] = MarketEvent.NULL_PRICE;
        lastTradeSize[id] = 0;
        lastTradeTimeNs[id] = 0;
    }

    private void readInstrument(final StateReader in) {
        final int id = in.getCount(books.length - 1, "instrument");
        final long eventTimeNs = in.getLong();
        final long ingestionTimeNs = in.getLong();
        stale[id] = in.getBoolean();
        crossed[id] = in.getBoolean();
        status[id] = in.getInt();
        l1BidPrice[id] = in.getLong();
        l1BidSize[id] = in.getLong();
        l1AskPrice[id] = in.getLong();
        l1AskSize[id] = in.getLong();
        lastTradePrice[id] = in.getLong();
        lastTradeSize[id] = in.getLong();
        lastTradeTimeNs[id] = in.getLong();
        final byte kind = in.getByte();
        if (kind == L3_BOOK) {
            BookState.readOrderBook(l3Book(id), in, config.bookLevelCapacity(), config.bookOrderCapacity());
        } else if (kind == L2_BOOK) {
            BookState.readLevelBook(l2Book(id), in, config.bookLevelCapacity());
        } else if (kind != NO_BOOK) {
            throw new StateFormatException("unknown book kind " + kind + " for instrument " + id);
        }
        if (stale[id]) {
            resync.request(id);
        }
        viewChanged(id, eventTimeNs, ingestionTimeNs, true);
    }
}

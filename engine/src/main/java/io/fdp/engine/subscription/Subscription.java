package io.fdp.engine.subscription;

import io.fdp.engine.candle.Candle;
import io.fdp.engine.view.BookSnapshot;
import io.fdp.engine.view.BookViews;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * One subscriber's interest and mailbox: engine threads offer updates without waiting; {@link #poll} delivers them.
 *
 * <p>Book and L1 updates are conflated: the engine marks the instrument dirty and the subscriber reads the latest
 * view when it gets to it, so a slow subscriber sees fewer, newer states ({@link #conflated()} counts what it
 * skipped). Trades, candles and data-quality events are queued; when a queue is full the update is dropped and
 * counted. {@link #poll} runs on one thread at a time: the subscription's dispatcher, or the caller's own.
 */
public final class Subscription implements AutoCloseable {
    /** Instrument id meaning "every instrument". */
    public static final int ALL_INSTRUMENTS = -1;
    /** Top-of-book level updates. */
    public static final int BOOK = 1;
    /** Best bid/offer and last trade changes. */
    public static final int QUOTES = 2;
    /** Trade prints. */
    public static final int TRADES = 4;
    /** Closed and revised candles. */
    public static final int CANDLES = 8;
    /** Data-quality events. */
    public static final int DATA_QUALITY = 16;
    /** Every kind. */
    public static final int ALL_KINDS = BOOK | QUOTES | TRADES | CANDLES | DATA_QUALITY;

    private static final int TRADE_STRIDE = 6;
    private static final int CANDLE_STRIDE = Candle.LONGS;
    private static final int QUALITY_STRIDE = 4;

    private final int instrumentId;
    private final int kinds;
    private final MarketDataListener listener;
    private final BookViews views;
    private final AtomicIntegerArray dirty;
    private final IntQueue dirtyQueue;
    private final long[] deliveredVersions;
    private final long[] deliveredL1Versions;
    private final RecordQueue trades;
    private final RecordQueue candles;
    private final RecordQueue quality;
    private final BookSnapshot snapshot;
    private final Candle candle = new Candle();
    private volatile boolean closed;
    private volatile long droppedTrades;
    private volatile long droppedCandles;
    private volatile long droppedQuality;
    private volatile long conflated;
    private volatile long delivered;

    Subscription(final int instrumentId, final int kinds, final MarketDataListener listener, final BookViews views,
        final int depth, final int queueCapacity) {
        this.instrumentId = instrumentId;
        this.kinds = kinds;
        this.listener = listener;
        this.views = views;
        final int instruments = views.capacity();
        dirty = new AtomicIntegerArray(instruments);
        dirtyQueue = new IntQueue(instruments + 1);
        deliveredVersions = new long[instruments];
        deliveredL1Versions = new long[instruments];
        trades = new RecordQueue(TRADE_STRIDE, queueCapacity);
        candles = new RecordQueue(CANDLE_STRIDE, queueCapacity);
        quality = new RecordQueue(QUALITY_STRIDE, queueCapacity);
        snapshot = new BookSnapshot(Math.min(depth, views.depth()));
    }

    /** @return the instrument subscribed to, or {@link #ALL_INSTRUMENTS}. */
    public int instrumentId() {
        return instrumentId;
    }

    /** @return the bit set of kinds ({@link #BOOK}, {@link #QUOTES}, ...). */
    public int kinds() {
        return kinds;
    }

    /** @return book or L1 states the subscriber never saw because newer ones replaced them. */
    public long conflated() {
        return conflated;
    }

    /** @return trades dropped because the subscriber's queue was full. */
    public long droppedTrades() {
        return droppedTrades;
    }

    /** @return candles dropped because the subscriber's queue was full. */
    public long droppedCandles() {
        return droppedCandles;
    }

    /** @return data-quality events dropped because the subscriber's queue was full. */
    public long droppedDataQuality() {
        return droppedQuality;
    }

    /** @return every drop and conflation: what a slow subscriber missed. */
    public long drops() {
        return conflated + droppedTrades + droppedCandles + droppedQuality;
    }

    /** @return updates delivered to the listener. */
    public long delivered() {
        return delivered;
    }

    /** @return true once closed. */
    public boolean isClosed() {
        return closed;
    }

    /** Stops deliveries; the engine forgets the subscription. */
    @Override
    public void close() {
        closed = true;
    }

    boolean wants(final int instrument, final int kind) {
        return (kinds & kind) != 0 && (instrumentId == ALL_INSTRUMENTS || instrumentId == instrument) && !closed;
    }

    void onBookChanged(final int instrument, final boolean l1Changed) {
        final boolean wanted = wants(instrument, BOOK) || (l1Changed && wants(instrument, QUOTES));
        if (wanted && dirty.compareAndSet(instrument, 0, 1)) {
            dirtyQueue.offer(instrument);
        }
    }

    void offerTrade(final int instrument, final long timeNs, final long price, final long size, final byte side,
        final long tradeId) {
        final int base = trades.claim();
        if (base < 0) {
            droppedTrades++;
            return;
        }
        final long[] s = trades.slots;
        s[base] = instrument;
        s[base + 1] = timeNs;
        s[base + 2] = price;
        s[base + 3] = size;
        s[base + 4] = side;
        s[base + 5] = tradeId;
        trades.commit();
    }

    void offerCandle(final Candle update) {
        final int base = candles.claim();
        if (base < 0) {
            droppedCandles++;
            return;
        }
        update.writeTo(candles.slots, base);
        candles.commit();
    }

    void offerDataQuality(final int instrument, final int kind, final long expected, final long received) {
        final int base = quality.claim();
        if (base < 0) {
            droppedQuality++;
            return;
        }
        final long[] s = quality.slots;
        s[base] = instrument;
        s[base + 1] = kind;
        s[base + 2] = expected;
        s[base + 3] = received;
        quality.commit();
    }

    /**
     * Delivers pending updates to the listener on the calling thread.
     *
     * @param limit the most updates of each kind to deliver in this call.
     * @return how many updates were delivered.
     */
    public int poll(final int limit) {
        if (closed) {
            return 0;
        }
        int count = pollQuality(limit);
        count += pollTrades(limit);
        count += pollBooks(limit);
        count += pollCandles(limit);
        if (count > 0) {
            delivered += count;
        }
        return count;
    }

    private int pollBooks(final int limit) {
        int count = 0;
        int instrument;
        while (count < limit && (instrument = dirtyQueue.poll()) >= 0) {
            dirty.set(instrument, 0);
            if (!views.read(instrument, snapshot)) {
                continue;
            }
            final long version = snapshot.version();
            final long previous = deliveredVersions[instrument];
            if (version == previous) {
                continue;
            }
            deliveredVersions[instrument] = version;
            if ((kinds & BOOK) != 0) {
                if (previous != 0 && version > previous + 1) {
                    conflated += version - previous - 1;
                }
                listener.onBook(snapshot);
                count++;
            }
            if ((kinds & QUOTES) != 0 && snapshot.l1Version() != deliveredL1Versions[instrument]) {
                deliveredL1Versions[instrument] = snapshot.l1Version();
                listener.onQuote(snapshot);
                count++;
            }
        }
        return count;
    }

    private int pollTrades(final int limit) {
        int count = 0;
        int base;
        while (count < limit && (base = trades.peek()) >= 0) {
            final long[] s = trades.slots;
            listener.onTrade((int) s[base], s[base + 1], s[base + 2], s[base + 3], (byte) s[base + 4], s[base + 5]);
            trades.release();
            count++;
        }
        return count;
    }

    private int pollCandles(final int limit) {
        int count = 0;
        int base;
        while (count < limit && (base = candles.peek()) >= 0) {
            candle.readFrom(candles.slots, base);
            candles.release();
            listener.onCandle(candle);
            count++;
        }
        return count;
    }

    private int pollQuality(final int limit) {
        int count = 0;
        int base;
        while (count < limit && (base = quality.peek()) >= 0) {
            final long[] s = quality.slots;
            final int instrument = (int) s[base];
            final int kind = (int) s[base + 1];
            final long expected = s[base + 2];
            final long received = s[base + 3];
            quality.release();
            listener.onDataQuality(instrument, kind, expected, received);
            count++;
        }
        return count;
    }
}

package io.fdp.engine.view;

import io.fdp.engine.book.BookView;
import io.fdp.engine.book.Side;
import io.fdp.engine.event.MarketEvent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Every instrument's top-of-book levels, L1 and status as the book thread last wrote them, readable from any thread.
 *
 * <p>One writer (the book thread) and any number of readers per instrument, guarded by a sequence lock: the writer
 * makes the instrument's version odd, writes, and makes it even again; a reader copies and retries when the version
 * was odd or moved meanwhile. Writers never wait and nothing allocates. Writer protocol:
 * {@link #beginUpdate}, then {@link #levels}, {@link #lastTrade} and {@link #status}, then {@link #endUpdate}.
 */
public final class BookViews {
    private static final VarHandle VERSIONS = MethodHandles.arrayElementVarHandle(long[].class);

    private final int depth;
    private final long[] versions;
    private final long[] l1Versions;
    private final int[] bidLevels;
    private final int[] askLevels;
    private final long[] bidPrices;
    private final long[] bidSizes;
    private final int[] bidOrders;
    private final long[] askPrices;
    private final long[] askSizes;
    private final int[] askOrders;
    private final long[] eventTimes;
    private final long[] ingestionTimes;
    private final long[] lastTradePrices;
    private final long[] lastTradeSizes;
    private final long[] lastTradeTimes;
    private final int[] statuses;
    private final boolean[] stale;
    private final boolean[] crossed;

    /**
     * Creates views for a number of instruments.
     *
     * @param instruments the most instruments (dense ids {@code 0 .. instruments-1}).
     * @param depth       levels kept per side.
     */
    public BookViews(final int instruments, final int depth) {
        this.depth = depth;
        versions = new long[instruments];
        l1Versions = new long[instruments];
        bidLevels = new int[instruments];
        askLevels = new int[instruments];
        bidPrices = new long[instruments * depth];
        bidSizes = new long[instruments * depth];
        bidOrders = new int[instruments * depth];
        askPrices = new long[instruments * depth];
        askSizes = new long[instruments * depth];
        askOrders = new int[instruments * depth];
        eventTimes = new long[instruments];
        ingestionTimes = new long[instruments];
        lastTradePrices = new long[instruments];
        java.util.Arrays.fill(lastTradePrices, MarketEvent.NULL_PRICE);
        lastTradeSizes = new long[instruments];
        lastTradeTimes = new long[instruments];
        statuses = new int[instruments];
        stale = new boolean[instruments];
        crossed = new boolean[instruments];
    }

    /** @return levels kept per side. */
    public int depth() {
        return depth;
    }

    /** @return how many instruments the views can hold. */
    public int capacity() {
        return versions.length;
    }

    /**
     * Starts an update of an instrument's view (writer thread only).
     *
     * @param instrumentId the instrument.
     * @param eventTimeNs  the event time of the change.
     * @param ingestionTimeNs when fdp received the event that made the change.
     */
    public void beginUpdate(final int instrumentId, final long eventTimeNs, final long ingestionTimeNs) {
        final long version = versions[instrumentId];
        VERSIONS.setOpaque(versions, instrumentId, version + 1);
        VarHandle.storeStoreFence();
        eventTimes[instrumentId] = eventTimeNs;
        ingestionTimes[instrumentId] = ingestionTimeNs;
    }

    /**
     * Writes the best levels of both sides of a book during an update.
     *
     * @param instrumentId the instrument.
     * @param book         the book to copy, or null for no levels.
     */
    public void levels(final int instrumentId, final BookView book) {
        if (book == null) {
            bidLevels[instrumentId] = 0;
            askLevels[instrumentId] = 0;
            return;
        }
        final int base = instrumentId * depth;
        bidLevels[instrumentId] = book.copyTopLevels(Side.BUY, depth, bidPrices, bidSizes, bidOrders, base);
        askLevels[instrumentId] = book.copyTopLevels(Side.SELL, depth, askPrices, askSizes, askOrders, base);
    }

    /**
     * Writes the last trade during an update.
     *
     * @param instrumentId the instrument.
     * @param price        price mantissa.
     * @param size         size mantissa.
     * @param timeNs       trade time.
     */
    public void lastTrade(final int instrumentId, final long price, final long size, final long timeNs) {
        lastTradePrices[instrumentId] = price;
        lastTradeSizes[instrumentId] = size;
        lastTradeTimes[instrumentId] = timeNs;
    }

    /**
     * Writes status flags during an update.
     *
     * @param instrumentId the instrument.
     * @param marketStatus a {@link io.fdp.engine.event.MarketStatus} code.
     * @param isStale      whether the book may be wrong.
     * @param isCrossed    whether the book is crossed.
     */
    public void status(final int instrumentId, final int marketStatus, final boolean isStale, final boolean isCrossed) {
        statuses[instrumentId] = marketStatus;
        stale[instrumentId] = isStale;
        crossed[instrumentId] = isCrossed;
    }

    /**
     * Completes an update and makes it visible to readers.
     *
     * @param instrumentId the instrument.
     * @param l1Changed    whether the best bid/offer or last trade changed in this update.
     */
    public void endUpdate(final int instrumentId, final boolean l1Changed) {
        final long version = versions[instrumentId] + 1;
        if (l1Changed) {
            l1Versions[instrumentId] = version >> 1;
        }
        VERSIONS.setRelease(versions, instrumentId, version);
    }

    /**
     * The number of completed updates of an instrument's view (any thread).
     *
     * @param instrumentId the instrument.
     * @return the update count.
     */
    public long version(final int instrumentId) {
        return ((long) VERSIONS.getAcquire(versions, instrumentId)) >> 1;
    }

    /**
     * Copies an instrument's view into a reader-owned snapshot (any thread; retries while the writer is writing).
     *
     * @param instrumentId the instrument.
     * @param into         the snapshot to fill; levels beyond its depth are left out.
     * @return false when the instrument has never been updated.
     */
    public boolean read(final int instrumentId, final BookSnapshot into) {
        final int levels = Math.min(depth, into.depth());
        while (true) {
            final long before = (long) VERSIONS.getAcquire(versions, instrumentId);
            if ((before & 1) != 0) {
                Thread.onSpinWait();
                continue;
            }
            if (before == 0) {
                return false;
            }
            copy(instrumentId, into, levels);
            VarHandle.loadLoadFence();
            if ((long) VERSIONS.getOpaque(versions, instrumentId) == before) {
                into.instrumentId = instrumentId;
                into.version = before >> 1;
                into.bidLevels = Math.min(into.bidLevels, levels);
                into.askLevels = Math.min(into.askLevels, levels);
                return true;
            }
        }
    }

    private void copy(final int instrumentId, final BookSnapshot into, final int levels) {
        final int base = instrumentId * depth;
        into.bidLevels = bidLevels[instrumentId];
        into.askLevels = askLevels[instrumentId];
        System.arraycopy(bidPrices, base, into.bidPrices, 0, levels);
        System.arraycopy(bidSizes, base, into.bidSizes, 0, levels);
        System.arraycopy(bidOrders, base, into.bidOrders, 0, levels);
        System.arraycopy(askPrices, base, into.askPrices, 0, levels);
        System.arraycopy(askSizes, base, into.askSizes, 0, levels);
        System.arraycopy(askOrders, base, into.askOrders, 0, levels);
        into.eventTimeNs = eventTimes[instrumentId];
        into.ingestionTimeNs = ingestionTimes[instrumentId];
        into.lastTradePrice = lastTradePrices[instrumentId];
        into.lastTradeSize = lastTradeSizes[instrumentId];
        into.lastTradeTimeNs = lastTradeTimes[instrumentId];
        into.marketStatus = statuses[instrumentId];
        into.stale = stale[instrumentId];
        into.crossed = crossed[instrumentId];
        into.l1Version = l1Versions[instrumentId];
    }
}

package io.fdp.engine.view;

import io.fdp.engine.event.MarketEvent;

/**
 * A reader-owned copy of one instrument's top-of-book levels, L1 and status, filled by {@link BookViews#read}.
 *
 * <p>Mutable and reusable: a reader keeps one and refills it, so reading allocates nothing.
 */
public final class BookSnapshot {
    /** Bid level prices, best first; {@link #bidLevels} of them are valid. */
    public final long[] bidPrices;
    /** Bid level sizes, best first. */
    public final long[] bidSizes;
    /** Bid level order counts (0 for feeds without orders). */
    public final int[] bidOrders;
    /** Ask level prices, best first; {@link #askLevels} of them are valid. */
    public final long[] askPrices;
    /** Ask level sizes, best first. */
    public final long[] askSizes;
    /** Ask level order counts (0 for feeds without orders). */
    public final int[] askOrders;

    int instrumentId = -1;
    int bidLevels;
    int askLevels;
    long version;
    long eventTimeNs;
    long ingestionTimeNs;
    long lastTradePrice = MarketEvent.NULL_PRICE;
    long lastTradeSize;
    long lastTradeTimeNs;
    int marketStatus;
    boolean stale;
    boolean crossed;
    long l1Version;

    /**
     * Creates a snapshot with room for {@code depth} levels a side.
     *
     * @param depth levels per side.
     */
    public BookSnapshot(final int depth) {
        bidPrices = new long[depth];
        bidSizes = new long[depth];
        bidOrders = new int[depth];
        askPrices = new long[depth];
        askSizes = new long[depth];
        askOrders = new int[depth];
    }

    /** @return the levels per side this snapshot can hold. */
    public int depth() {
        return bidPrices.length;
    }

    /** @return the instrument this snapshot is of, or -1 before the first read. */
    public int instrumentId() {
        return instrumentId;
    }

    /** @return how many bid levels are valid. */
    public int bidLevels() {
        return bidLevels;
    }

    /** @return how many ask levels are valid. */
    public int askLevels() {
        return askLevels;
    }

    /** @return the best bid price, or {@link MarketEvent#NULL_PRICE}. */
    public long bestBidPrice() {
        return bidLevels > 0 ? bidPrices[0] : MarketEvent.NULL_PRICE;
    }

    /** @return the best bid size, or 0. */
    public long bestBidSize() {
        return bidLevels > 0 ? bidSizes[0] : 0;
    }

    /** @return the best ask price, or {@link MarketEvent#NULL_PRICE}. */
    public long bestAskPrice() {
        return askLevels > 0 ? askPrices[0] : MarketEvent.NULL_PRICE;
    }

    /** @return the best ask size, or 0. */
    public long bestAskSize() {
        return askLevels > 0 ? askSizes[0] : 0;
    }

    /** @return how many times the view was updated: versions that a reader did not see were conflated. */
    public long version() {
        return version;
    }

    /** @return the version of the latest L1 (best bid/offer or last trade) change. */
    public long l1Version() {
        return l1Version;
    }

    /** @return the event time of the latest update, ns since the epoch. */
    public long eventTimeNs() {
        return eventTimeNs;
    }

    /** @return when fdp received the event of the latest update, ns since the epoch. */
    public long ingestionTimeNs() {
        return ingestionTimeNs;
    }

    /** @return the last trade price, or {@link MarketEvent#NULL_PRICE}. */
    public long lastTradePrice() {
        return lastTradePrice;
    }

    /** @return the last trade size. */
    public long lastTradeSize() {
        return lastTradeSize;
    }

    /** @return the last trade time, ns since the epoch, or 0. */
    public long lastTradeTimeNs() {
        return lastTradeTimeNs;
    }

    /** @return the {@link io.fdp.engine.event.MarketStatus} code. */
    public int marketStatus() {
        return marketStatus;
    }

    /** @return true while the book may be wrong (after a gap or checksum failure, before a snapshot). */
    public boolean stale() {
        return stale;
    }

    /** @return true when the best bid is at or above the best ask. */
    public boolean crossed() {
        return crossed;
    }
}

package io.fdp.feed.depth;

import io.fdp.engine.book.Side;

/**
 * Receives decoded market data from a venue adapter, one call per fact, with primitives only.
 * <p>
 * Prices and sizes are mantissas at the exponents announced for the symbol by
 * {@link #onSymbol(int, String, int, int) onSymbol}. A book message is bracketed by
 * {@code onSnapshotBegin}/{@code onSnapshotEnd} (the book is replaced: clear it first) or
 * {@code onUpdateBegin}/{@code onUpdateEnd}, with {@link #onLevel(int, int, long, long) onLevel} calls between and
 * {@link #onChecksum(int, boolean) onChecksum} after when the venue sent one. A rejected message produces only
 * {@link #onRejected(int, int) onRejected}: validation happens before anything is delivered.
 * Called on the adapter's thread; implementations must not retain the adapter's buffers.
 */
public interface DepthListener {
    /** Timestamp value meaning "not provided by the venue". */
    long NULL_TIMESTAMP = Long.MIN_VALUE;

    /**
     * A symbol was registered; called once per symbol index, before any other event for it.
     *
     * @param symbolIndex    dense index of the symbol within this adapter, from 0.
     * @param symbol         the venue's symbol (pair, instrument id, product id).
     * @param priceExponent  price = priceMantissa * 10^priceExponent.
     * @param sizeExponent   size = sizeMantissa * 10^sizeExponent.
     */
    void onSymbol(int symbolIndex, String symbol, int priceExponent, int sizeExponent);

    /**
     * A full book follows and replaces the current book of the symbol.
     *
     * @param symbolIndex   the symbol.
     * @param eventTimeNs   venue time in epoch nanoseconds, or {@link #NULL_TIMESTAMP}.
     * @param receiveTimeNs local receive time in epoch nanoseconds.
     */
    void onSnapshotBegin(int symbolIndex, long eventTimeNs, long receiveTimeNs);

    /**
     * The snapshot begun by {@link #onSnapshotBegin(int, long, long)} is complete.
     *
     * @param symbolIndex the symbol.
     */
    void onSnapshotEnd(int symbolIndex);

    /**
     * Incremental level changes follow; together they form one atomic update.
     *
     * @param symbolIndex   the symbol.
     * @param eventTimeNs   venue time in epoch nanoseconds, or {@link #NULL_TIMESTAMP}.
     * @param receiveTimeNs local receive time in epoch nanoseconds.
     */
    void onUpdateBegin(int symbolIndex, long eventTimeNs, long receiveTimeNs);

    /**
     * The update begun by {@link #onUpdateBegin(int, long, long)} is complete.
     *
     * @param symbolIndex the symbol.
     */
    void onUpdateEnd(int symbolIndex);

    /**
     * The aggregate size at one price level is now {@code sizeMantissa}; zero deletes the level.
     *
     * @param symbolIndex   the symbol.
     * @param side          {@link Side#BUY} or {@link Side#SELL}.
     * @param priceMantissa price of the level.
     * @param sizeMantissa  new total size of the level, 0 to delete.
     */
    void onLevel(int symbolIndex, int side, long priceMantissa, long sizeMantissa);

    /**
     * Result of comparing the venue's book checksum with the adapter's book after the preceding update.
     *
     * @param symbolIndex the symbol.
     * @param ok          true if the checksums matched.
     */
    void onChecksum(int symbolIndex, boolean ok);

    /**
     * A sequence gap: the book of the symbol is stale until the next snapshot.
     *
     * @param symbolIndex      the symbol.
     * @param expectedSequence the sequence number the adapter expected.
     * @param receivedSequence the sequence number it received.
     */
    void onGap(int symbolIndex, long expectedSequence, long receivedSequence);

    /**
     * A trade.
     *
     * @param symbolIndex   the symbol.
     * @param tradeId       venue trade id, or 0 if none.
     * @param aggressorSide {@link Side#BUY} for a buyer-initiated trade, {@link Side#SELL} for seller, or
     *                      {@link Side#NULL_SIDE}.
     * @param priceMantissa trade price.
     * @param sizeMantissa  trade size.
     * @param eventTimeNs   venue time in epoch nanoseconds, or {@link #NULL_TIMESTAMP}.
     * @param receiveTimeNs local receive time in epoch nanoseconds.
     */
    void onTrade(
        int symbolIndex, long tradeId, int aggressorSide, long priceMantissa, long sizeMantissa, long eventTimeNs,
        long receiveTimeNs);

    /**
     * A message was rejected; nothing else was delivered for it.
     *
     * @param reason      a negative {@link DecodeResult} code.
     * @param errorOffset byte offset within the message where invalid JSON was found, or -1.
     */
    void onRejected(int reason, int errorOffset);
}

package io.fdp.feed.dbn;

/**
 * Receives decoded DBN version 2 records as primitives, one call per record, on the thread that decodes.
 *
 * <p>Conventions for every callback: {@code publisherId} is the unsigned 16-bit header field, {@code instrumentId} the
 * unsigned 32-bit one as a non-negative {@code long}, {@code tsEventNs} the header's event time. Timestamps are
 * nanoseconds since the UNIX epoch, passed as the raw 64 bits ({@link DbnDescriptor#UNDEF_TIMESTAMP} is {@code -1});
 * a {@code *Mantissa} has exponent {@link DbnDescriptor#PRICE_EXPONENT} and is {@link DbnDescriptor#UNDEF_PRICE} when
 * absent. Unsigned 32-bit sizes, counts and sequence numbers arrive as non-negative {@code long}s, unsigned 8- and
 * 16-bit fields as non-negative {@code int}s, 64-bit ids and volumes as the raw 64 bits. Character codes (action,
 * side, status flags) are the raw ASCII byte; {@code flags} is the bit set of {@code DbnDescriptor.FLAG_*}.
 *
 * <p>Views passed to a callback ({@link DbnBookLevels}, {@link DbnInstrumentDefinition}, {@link DbnText}) are reused
 * for the next record: read them during the call and copy what you keep.
 *
 * <p>Every method defaults to ignoring its record, so a consumer overrides only what it uses.
 */
public interface DbnListener {
    /** Receives a market-by-order event ({@link DbnDescriptor#RTYPE_MBO}). */
    default void onMbo(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long orderId,
        long priceMantissa,
        long size,
        int flags,
        int channelId,
        byte action,
        byte side,
        long tsRecvNs,
        int tsInDeltaNs,
        long sequence) {
    }

    /** Receives a trade ({@link DbnDescriptor#RTYPE_MBP_0}); {@code side} is the aggressor's side. */
    default void onTrade(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long priceMantissa,
        long size,
        byte action,
        byte side,
        int flags,
        int depth,
        long tsRecvNs,
        int tsInDeltaNs,
        long sequence) {
    }

    /** Receives a top-of-book update ({@link DbnDescriptor#RTYPE_MBP_1} outside the TBBO schema) and the book after it. */
    default void onMbp1(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long priceMantissa,
        long size,
        byte action,
        byte side,
        int flags,
        int depth,
        long tsRecvNs,
        int tsInDeltaNs,
        long sequence,
        long bidPriceMantissa,
        long askPriceMantissa,
        long bidSize,
        long askSize,
        long bidCount,
        long askCount) {
    }

    /**
     * Receives a trade with the top of book just before it ({@link DbnDescriptor#RTYPE_MBP_1} in the TBBO schema, see
     * {@link DbnDecoder#schema(int)}).
     */
    default void onTbbo(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long priceMantissa,
        long size,
        byte action,
        byte side,
        int flags,
        int depth,
        long tsRecvNs,
        int tsInDeltaNs,
        long sequence,
        long bidPriceMantissa,
        long askPriceMantissa,
        long bidSize,
        long askSize,
        long bidCount,
        long askCount) {
    }

    /** Receives a 10-level book update ({@link DbnDescriptor#RTYPE_MBP_10}); {@code levels} is a reused view. */
    default void onMbp10(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long priceMantissa,
        long size,
        byte action,
        byte side,
        int flags,
        int depth,
        long tsRecvNs,
        int tsInDeltaNs,
        long sequence,
        DbnBookLevels levels) {
    }

    /**
     * Receives a bar; {@code rtype} gives its interval ({@link DbnDescriptor#RTYPE_OHLCV_1S} to
     * {@link DbnDescriptor#RTYPE_OHLCV_EOD}) and {@code tsEventNs} its open time.
     */
    default void onOhlcv(
        int rtype,
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long openMantissa,
        long highMantissa,
        long lowMantissa,
        long closeMantissa,
        long volume) {
    }

    /** Receives a trading status update ({@link DbnDescriptor#RTYPE_STATUS}); the {@code is*} bytes are Y, N or ~. */
    default void onStatus(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long tsRecvNs,
        int action,
        int reason,
        int tradingEvent,
        byte isTrading,
        byte isQuoting,
        byte isShortSellRestricted) {
    }

    /** Receives an instrument definition ({@link DbnDescriptor#RTYPE_INSTRUMENT_DEF}) as a reused view. */
    default void onInstrumentDefinition(
        int publisherId, long instrumentId, long tsEventNs, DbnInstrumentDefinition definition) {
    }

    /** Receives an auction imbalance ({@link DbnDescriptor#RTYPE_IMBALANCE}). */
    default void onImbalance(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long tsRecvNs,
        long refPriceMantissa,
        long auctionTimeNs,
        long contBookClrPriceMantissa,
        long auctInterestClrPriceMantissa,
        long ssrFillingPriceMantissa,
        long indMatchPriceMantissa,
        long upperCollarMantissa,
        long lowerCollarMantissa,
        long pairedQty,
        long totalImbalanceQty,
        long marketImbalanceQty,
        long unpairedQty,
        byte auctionType,
        byte side,
        int auctionStatus,
        int freezeStatus,
        int numExtensions,
        byte unpairedSide,
        byte significantImbalance) {
    }

    /**
     * Receives a statistic ({@link DbnDescriptor#RTYPE_STATISTICS}); {@code quantity} is the version 2 i32,
     * {@link DbnDescriptor#UNDEF_STAT_QUANTITY} when unused.
     */
    default void onStatistics(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        long tsRecvNs,
        long tsRefNs,
        long priceMantissa,
        int quantity,
        long sequence,
        int tsInDeltaNs,
        int statType,
        int channelId,
        int updateAction,
        int statFlags) {
    }

    /** Receives a live gateway error ({@link DbnDescriptor#RTYPE_ERROR}); {@code isLast} is non-zero on the last one. */
    default void onError(int publisherId, long instrumentId, long tsEventNs, DbnText message, int code, int isLast) {
    }

    /** Receives a live gateway system message or heartbeat ({@link DbnDescriptor#RTYPE_SYSTEM}). */
    default void onSystem(int publisherId, long instrumentId, long tsEventNs, DbnText message, int code) {
    }

    /** Receives a symbol mapping ({@link DbnDescriptor#RTYPE_SYMBOL_MAPPING}) valid from {@code startTsNs} to {@code endTsNs}. */
    default void onSymbolMapping(
        int publisherId,
        long instrumentId,
        long tsEventNs,
        int stypeIn,
        DbnText stypeInSymbol,
        int stypeOut,
        DbnText stypeOutSymbol,
        long startTsNs,
        long endTsNs) {
    }

    /**
     * Receives the type and length of a well-framed record this package does not decode; the decoder stepped over it.
     *
     * @param rtype        the record type byte.
     * @param recordLength the record length in bytes from its header.
     */
    default void onSkipped(int rtype, int recordLength) {
    }

    /**
     * Receives data that a reader could not decode; the decoder itself returns the code instead of calling this.
     *
     * @param fileOffset offset from the start of the input of the record (or of the prefix, for metadata problems).
     * @param reason     a {@link DbnResult} code.
     */
    default void onRejected(long fileOffset, int reason) {
    }
}

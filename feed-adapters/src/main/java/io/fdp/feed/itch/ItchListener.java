package io.fdp.feed.itch;

/**
 * Receives decoded ITCH 5.0 messages as primitives, one call per message, on the thread that decodes.
 *
 * <p>Conventions for every callback: {@code stockLocate} and {@code trackingNumber} are the unsigned 16-bit header
 * fields; {@code timestampNs} is nanoseconds since midnight. Stock symbols, MPIDs and other multi-byte alpha fields are
 * packed big-endian into a {@code long} (see {@link ItchAlpha}); one-byte codes are passed as the raw ASCII byte.
 * Unsigned 4-byte numbers arrive as non-negative {@code long}s; 8-byte numbers (order reference and match numbers,
 * cross and imbalance share counts, the DLCR near execution time) arrive as the raw 64 bits. A {@code *PriceMantissa}
 * has exponent {@link ItchDescriptor#PRICE_EXPONENT} except the MWCB levels, which have
 * {@link ItchDescriptor#MWCB_PRICE_EXPONENT}.
 *
 * <p>Every method defaults to ignoring its message, so a consumer overrides only what it uses.
 */
public interface ItchListener {
    /** Receives a system event ({@code 'S'}). */
    default void onSystemEvent(int stockLocate, int trackingNumber, long timestampNs, byte eventCode) {
    }

    /** Receives a stock directory entry ({@code 'R'}); {@code issueSubType} is a packed 2-byte alpha field. */
    default void onStockDirectory(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long stock,
        byte marketCategory,
        byte financialStatusIndicator,
        long roundLotSize,
        byte roundLotsOnly,
        byte issueClassification,
        long issueSubType,
        byte authenticity,
        byte shortSaleThresholdIndicator,
        byte ipoFlag,
        byte luldReferencePriceTier,
        byte etpFlag,
        long etpLeverageFactor,
        byte inverseIndicator) {
    }

    /** Receives a stock trading action ({@code 'H'}); {@code reason} is a packed 4-byte alpha field. */
    default void onStockTradingAction(
        int stockLocate, int trackingNumber, long timestampNs, long stock, byte tradingState, long reason) {
    }

    /** Receives a Reg SHO short sale price test restriction ({@code 'Y'}). */
    default void onRegShoRestriction(int stockLocate, int trackingNumber, long timestampNs, long stock, byte regShoAction) {
    }

    /** Receives a market participant position ({@code 'L'}); {@code mpid} is a packed 4-byte alpha field. */
    default void onMarketParticipantPosition(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long mpid,
        long stock,
        byte primaryMarketMaker,
        byte marketMakerMode,
        byte marketParticipantState) {
    }

    /** Receives the market-wide circuit breaker decline levels ({@code 'V'}), each a {@code Price(8)} mantissa. */
    default void onMwcbDeclineLevel(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long level1PriceMantissa,
        long level2PriceMantissa,
        long level3PriceMantissa) {
    }

    /** Receives a market-wide circuit breaker breach ({@code 'W'}). */
    default void onMwcbStatus(int stockLocate, int trackingNumber, long timestampNs, byte breachedLevel) {
    }

    /** Receives an IPO quoting period update ({@code 'K'}); the release time is in seconds since midnight. */
    default void onIpoQuotingPeriodUpdate(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long stock,
        long releaseTimeSeconds,
        byte releaseQualifier,
        long ipoPriceMantissa) {
    }

    /** Receives a limit up-limit down auction collar ({@code 'J'}). */
    default void onLuldAuctionCollar(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long stock,
        long referencePriceMantissa,
        long upperPriceMantissa,
        long lowerPriceMantissa,
        long extension) {
    }

    /** Receives an operational halt or resumption ({@code 'h'}). */
    default void onOperationalHalt(
        int stockLocate, int trackingNumber, long timestampNs, long stock, byte marketCode, byte haltAction) {
    }

    /** Receives a new order without attribution ({@code 'A'}); {@code side} is {@code 'B'} or {@code 'S'}. */
    default void onAddOrder(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long orderReferenceNumber,
        byte side,
        long shares,
        long stock,
        long priceMantissa) {
    }

    /** Receives a new order attributed to a market participant ({@code 'F'}); {@code attribution} is a packed MPID. */
    default void onAddOrderWithMpid(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long orderReferenceNumber,
        byte side,
        long shares,
        long stock,
        long priceMantissa,
        long attribution) {
    }

    /** Receives an execution of a resting order at its own price ({@code 'E'}). */
    default void onOrderExecuted(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long orderReferenceNumber,
        long executedShares,
        long matchNumber) {
    }

    /** Receives an execution of a resting order at a different price ({@code 'C'}). */
    default void onOrderExecutedWithPrice(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long orderReferenceNumber,
        long executedShares,
        long matchNumber,
        byte printable,
        long executionPriceMantissa) {
    }

    /** Receives a partial cancellation of a resting order ({@code 'X'}). */
    default void onOrderCancel(
        int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber, long cancelledShares) {
    }

    /** Receives the removal of a whole resting order ({@code 'D'}). */
    default void onOrderDelete(int stockLocate, int trackingNumber, long timestampNs, long orderReferenceNumber) {
    }

    /** Receives the replacement of a resting order by a new one on the same side and stock ({@code 'U'}). */
    default void onOrderReplace(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long originalOrderReferenceNumber,
        long newOrderReferenceNumber,
        long shares,
        long priceMantissa) {
    }

    /** Receives an execution against a non-displayed order ({@code 'P'}). */
    default void onTrade(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long orderReferenceNumber,
        byte side,
        long shares,
        long stock,
        long priceMantissa,
        long matchNumber) {
    }

    /** Receives the bulk print of a cross ({@code 'Q'}). */
    default void onCrossTrade(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long shares,
        long stock,
        long crossPriceMantissa,
        long matchNumber,
        byte crossType) {
    }

    /** Receives the cancellation of an earlier execution ({@code 'B'}). */
    default void onBrokenTrade(int stockLocate, int trackingNumber, long timestampNs, long matchNumber) {
    }

    /** Receives a net order imbalance indicator ({@code 'I'}). */
    default void onNoii(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long pairedShares,
        long imbalanceShares,
        byte imbalanceDirection,
        long stock,
        long farPriceMantissa,
        long nearPriceMantissa,
        long currentReferencePriceMantissa,
        byte crossType,
        byte priceVariationIndicator) {
    }

    /** Receives a retail price improvement indicator ({@code 'N'}). */
    default void onRetailPriceImprovementIndicator(
        int stockLocate, int trackingNumber, long timestampNs, long stock, byte interestFlag) {
    }

    /** Receives a direct listing with capital raise price discovery update ({@code 'O'}). */
    default void onDirectListingPriceDiscovery(
        int stockLocate,
        int trackingNumber,
        long timestampNs,
        long stock,
        byte openEligibilityStatus,
        long minimumAllowablePriceMantissa,
        long maximumAllowablePriceMantissa,
        long nearExecutionPriceMantissa,
        long nearExecutionTime,
        long lowerPriceRangeCollarMantissa,
        long upperPriceRangeCollarMantissa) {
    }

    /**
     * Receives a frame that a reader could not decode; the decoder itself returns the code instead of calling this.
     *
     * @param fileOffset offset of the frame's length prefix from the start of the input.
     * @param reason     an {@link ItchResult} code.
     */
    default void onRejected(long fileOffset, int reason) {
    }
}

package io.fdp.benchmarks.feed;

/**
 * What the ITCH decode benchmarks consume of each message: the sum of every decoded field, so that each field must be
 * read. The fdp listener and the baseline's records call the same methods, so both do the same work per message.
 */
final class ItchFields {
    private ItchFields() {
    }

    static long header(final int stockLocate, final int trackingNumber, final long timestampNs) {
        return stockLocate + trackingNumber + timestampNs;
    }

    static long systemEvent(final int locate, final int tracking, final long timestampNs, final byte eventCode) {
        return header(locate, tracking, timestampNs) + eventCode;
    }

    static long stockDirectory(final int locate, final int tracking, final long timestampNs, final long stock,
        final byte marketCategory, final byte financialStatusIndicator, final long roundLotSize, final byte roundLotsOnly,
        final byte issueClassification, final long issueSubType, final byte authenticity,
        final byte shortSaleThresholdIndicator, final byte ipoFlag, final byte luldReferencePriceTier, final byte etpFlag,
        final long etpLeverageFactor, final byte inverseIndicator) {
        return header(locate, tracking, timestampNs) + stock + marketCategory + financialStatusIndicator + roundLotSize
            + roundLotsOnly + issueClassification + issueSubType + authenticity + shortSaleThresholdIndicator + ipoFlag
            + luldReferencePriceTier + etpFlag + etpLeverageFactor + inverseIndicator;
    }

    static long stockTradingAction(final int locate, final int tracking, final long timestampNs, final long stock,
        final byte tradingState, final long reason) {
        return header(locate, tracking, timestampNs) + stock + tradingState + reason;
    }

    static long addOrder(final int locate, final int tracking, final long timestampNs, final long orderReferenceNumber,
        final byte side, final long shares, final long stock, final long priceMantissa) {
        return header(locate, tracking, timestampNs) + orderReferenceNumber + side + shares + stock + priceMantissa;
    }

    static long orderExecuted(final int locate, final int tracking, final long timestampNs,
        final long orderReferenceNumber, final long executedShares, final long matchNumber) {
        return header(locate, tracking, timestampNs) + orderReferenceNumber + executedShares + matchNumber;
    }

    static long orderCancel(final int locate, final int tracking, final long timestampNs, final long orderReferenceNumber,
        final long cancelledShares) {
        return header(locate, tracking, timestampNs) + orderReferenceNumber + cancelledShares;
    }

    static long orderReplace(final int locate, final int tracking, final long timestampNs,
        final long originalOrderReferenceNumber, final long newOrderReferenceNumber, final long shares,
        final long priceMantissa) {
        return header(locate, tracking, timestampNs) + originalOrderReferenceNumber + newOrderReferenceNumber + shares
            + priceMantissa;
    }

    static long trade(final int locate, final int tracking, final long timestampNs, final long orderReferenceNumber,
        final byte side, final long shares, final long stock, final long priceMantissa, final long matchNumber) {
        return addOrder(locate, tracking, timestampNs, orderReferenceNumber, side, shares, stock, priceMantissa) + matchNumber;
    }

    static long crossTrade(final int locate, final int tracking, final long timestampNs, final long shares, final long stock,
        final long crossPriceMantissa, final long matchNumber, final byte crossType) {
        return header(locate, tracking, timestampNs) + shares + stock + crossPriceMantissa + matchNumber + crossType;
    }
}

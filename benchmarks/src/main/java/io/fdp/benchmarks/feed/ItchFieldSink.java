package io.fdp.benchmarks.feed;

import io.fdp.feed.itch.ItchListener;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The fdp side of the ITCH decode benchmark: an {@link ItchListener} that consumes every field of the thirteen types
 * the baseline decodes into records (see {@link ItchMessage}) into a {@link Blackhole}, one value per message.
 */
final class ItchFieldSink implements ItchListener {
    private Blackhole blackhole;

    void blackhole(final Blackhole value) {
        blackhole = value;
    }

    @Override
    public void onSystemEvent(final int stockLocate, final int trackingNumber, final long timestampNs, final byte eventCode) {
        blackhole.consume(ItchFields.systemEvent(stockLocate, trackingNumber, timestampNs, eventCode));
    }

    @Override
    public void onStockDirectory(final int stockLocate, final int trackingNumber, final long timestampNs, final long stock,
        final byte marketCategory, final byte financialStatusIndicator, final long roundLotSize, final byte roundLotsOnly,
        final byte issueClassification, final long issueSubType, final byte authenticity,
        final byte shortSaleThresholdIndicator, final byte ipoFlag, final byte luldReferencePriceTier, final byte etpFlag,
        final long etpLeverageFactor, final byte inverseIndicator) {
        blackhole.consume(ItchFields.stockDirectory(stockLocate, trackingNumber, timestampNs, stock, marketCategory,
            financialStatusIndicator, roundLotSize, roundLotsOnly, issueClassification, issueSubType, authenticity,
            shortSaleThresholdIndicator, ipoFlag, luldReferencePriceTier, etpFlag, etpLeverageFactor, inverseIndicator));
    }

    @Override
    public void onStockTradingAction(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long stock, final byte tradingState, final long reason) {
        blackhole.consume(ItchFields.stockTradingAction(stockLocate, trackingNumber, timestampNs, stock, tradingState, reason));
    }

    @Override
    public void onAddOrder(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final byte side, final long shares, final long stock, final long priceMantissa) {
        blackhole.consume(ItchFields.addOrder(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, side, shares,
            stock, priceMantissa));
    }

    @Override
    public void onAddOrderWithMpid(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final byte side, final long shares, final long stock, final long priceMantissa,
        final long attribution) {
        blackhole.consume(ItchFields.addOrder(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, side, shares,
            stock, priceMantissa) + attribution);
    }

    @Override
    public void onOrderExecuted(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final long executedShares, final long matchNumber) {
        blackhole.consume(ItchFields.orderExecuted(stockLocate, trackingNumber, timestampNs, orderReferenceNumber,
            executedShares, matchNumber));
    }

    @Override
    public void onOrderExecutedWithPrice(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final long executedShares, final long matchNumber, final byte printable,
        final long executionPriceMantissa) {
        blackhole.consume(ItchFields.orderExecuted(stockLocate, trackingNumber, timestampNs, orderReferenceNumber,
            executedShares, matchNumber) + printable + executionPriceMantissa);
    }

    @Override
    public void onOrderCancel(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final long cancelledShares) {
        blackhole.consume(ItchFields.orderCancel(stockLocate, trackingNumber, timestampNs, orderReferenceNumber,
            cancelledShares));
    }

    @Override
    public void onOrderDelete(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber) {
        blackhole.consume(ItchFields.header(stockLocate, trackingNumber, timestampNs) + orderReferenceNumber);
    }

    @Override
    public void onOrderReplace(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long originalOrderReferenceNumber, final long newOrderReferenceNumber, final long shares,
        final long priceMantissa) {
        blackhole.consume(ItchFields.orderReplace(stockLocate, trackingNumber, timestampNs, originalOrderReferenceNumber,
            newOrderReferenceNumber, shares, priceMantissa));
    }

    @Override
    public void onTrade(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final byte side, final long shares, final long stock, final long priceMantissa,
        final long matchNumber) {
        blackhole.consume(ItchFields.trade(stockLocate, trackingNumber, timestampNs, orderReferenceNumber, side, shares, stock,
            priceMantissa, matchNumber));
    }

    @Override
    public void onCrossTrade(final int stockLocate, final int trackingNumber, final long timestampNs, final long shares,
        final long stock, final long crossPriceMantissa, final long matchNumber, final byte crossType) {
        blackhole.consume(ItchFields.crossTrade(stockLocate, trackingNumber, timestampNs, shares, stock, crossPriceMantissa,
            matchNumber, crossType));
    }

    @Override
    public void onBrokenTrade(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long matchNumber) {
        blackhole.consume(ItchFields.header(stockLocate, trackingNumber, timestampNs) + matchNumber);
    }
}

package io.fdp.feed.itch;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every callback as one readable line ({@code "A locate=2 ... price=53167"}) and counts messages by type, so
 * tests can assert every field of every message with one string comparison.
 */
final class RecordingItchListener implements ItchListener {
    final List<String> events = new ArrayList<>();
    final List<String> rejections = new ArrayList<>();
    final long[] countByType = new long[256];

    long count(final char type) {
        return countByType[type];
    }

    long total() {
        long total = 0;
        for (final long count : countByType) {
            total += count;
        }
        return total;
    }

    String first(final char type) {
        return events.stream().filter(event -> event.charAt(0) == type).findFirst().orElseThrow();
    }

    private void record(final char type, final int locate, final int tracking, final long timestampNs, final String body) {
        countByType[type]++;
        events.add(type + " locate=" + locate + " tracking=" + tracking + " ts=" + timestampNs + " " + body);
    }

    private static String u64(final long value) {
        return Long.toUnsignedString(value);
    }

    private static String stock(final long stock) {
        return ItchAlpha.stockToString(stock);
    }

    private static String alpha4(final long packed) {
        return ItchAlpha.toTrimmedString(packed, 4);
    }

    private static char c(final byte code) {
        return (char) code;
    }

    @Override
    public void onSystemEvent(final int locate, final int tracking, final long ts, final byte eventCode) {
        record('S', locate, tracking, ts, "event=" + c(eventCode));
    }

    @Override
    public void onStockDirectory(
        final int locate, final int tracking, final long ts, final long stock, final byte marketCategory,
        final byte financialStatusIndicator, final long roundLotSize, final byte roundLotsOnly,
        final byte issueClassification, final long issueSubType, final byte authenticity,
        final byte shortSaleThresholdIndicator, final byte ipoFlag, final byte luldReferencePriceTier, final byte etpFlag,
        final long etpLeverageFactor, final byte inverseIndicator) {
        record('R', locate, tracking, ts, "stock=" + stock(stock) + " category=" + c(marketCategory)
            + " financialStatus=" + c(financialStatusIndicator) + " roundLot=" + roundLotSize
            + " roundLotsOnly=" + c(roundLotsOnly) + " classification=" + c(issueClassification)
            + " subType=" + ItchAlpha.toTrimmedString(issueSubType, 2) + " authenticity=" + c(authenticity)
            + " shortSaleThreshold=" + c(shortSaleThresholdIndicator) + " ipo=" + c(ipoFlag)
            + " luldTier=" + c(luldReferencePriceTier) + " etp=" + c(etpFlag) + " leverage=" + etpLeverageFactor
            + " inverse=" + c(inverseIndicator));
    }

    @Override
    public void onStockTradingAction(
        final int locate, final int tracking, final long ts, final long stock, final byte tradingState, final long reason) {
        record('H', locate, tracking, ts, "stock=" + stock(stock) + " state=" + c(tradingState) + " reason=" + alpha4(reason));
    }

    @Override
    public void onRegShoRestriction(final int locate, final int tracking, final long ts, final long stock, final byte action) {
        record('Y', locate, tracking, ts, "stock=" + stock(stock) + " action=" + c(action));
    }

    @Override
    public void onMarketParticipantPosition(
        final int locate, final int tracking, final long ts, final long mpid, final long stock,
        final byte primaryMarketMaker, final byte marketMakerMode, final byte marketParticipantState) {
        record('L', locate, tracking, ts, "mpid=" + alpha4(mpid) + " stock=" + stock(stock) + " primary=" + c(primaryMarketMaker)
            + " mode=" + c(marketMakerMode) + " state=" + c(marketParticipantState));
    }

    @Override
    public void onMwcbDeclineLevel(
        final int locate, final int tracking, final long ts, final long level1, final long level2, final long level3) {
        record('V', locate, tracking, ts, "level1=" + u64(level1) + " level2=" + u64(level2) + " level3=" + u64(level3));
    }

    @Override
    public void onMwcbStatus(final int locate, final int tracking, final long ts, final byte breachedLevel) {
        record('W', locate, tracking, ts, "breached=" + c(breachedLevel));
    }

    @Override
    public void onIpoQuotingPeriodUpdate(
        final int locate, final int tracking, final long ts, final long stock, final long releaseTimeSeconds,
        final byte releaseQualifier, final long ipoPrice) {
        record('K', locate, tracking, ts, "stock=" + stock(stock) + " releaseTime=" + releaseTimeSeconds
            + " qualifier=" + c(releaseQualifier) + " ipoPrice=" + ipoPrice);
    }

    @Override
    public void onLuldAuctionCollar(
        final int locate, final int tracking, final long ts, final long stock, final long reference, final long upper,
        final long lower, final long extension) {
        record('J', locate, tracking, ts, "stock=" + stock(stock) + " reference=" + reference + " upper=" + upper
            + " lower=" + lower + " extension=" + extension);
    }

    @Override
    public void onOperationalHalt(
        final int locate, final int tracking, final long ts, final long stock, final byte marketCode, final byte haltAction) {
        record('h', locate, tracking, ts, "stock=" + stock(stock) + " market=" + c(marketCode) + " action=" + c(haltAction));
    }

    @Override
    public void onAddOrder(
        final int locate, final int tracking, final long ts, final long ref, final byte side, final long shares,
        final long stock, final long price) {
        record('A', locate, tracking, ts, "ref=" + u64(ref) + " side=" + c(side) + " shares=" + shares
            + " stock=" + stock(stock) + " price=" + price);
    }

    @Override
    public void onAddOrderWithMpid(
        final int locate, final int tracking, final long ts, final long ref, final byte side, final long shares,
        final long stock, final long price, final long attribution) {
        record('F', locate, tracking, ts, "ref=" + u64(ref) + " side=" + c(side) + " shares=" + shares
            + " stock=" + stock(stock) + " price=" + price + " attribution=" + alpha4(attribution));
    }

    @Override
    public void onOrderExecuted(
        final int locate, final int tracking, final long ts, final long ref, final long executedShares, final long match) {
        record('E', locate, tracking, ts, "ref=" + u64(ref) + " executed=" + executedShares + " match=" + u64(match));
    }

    @Override
    public void onOrderExecutedWithPrice(
        final int locate, final int tracking, final long ts, final long ref, final long executedShares, final long match,
        final byte printable, final long executionPrice) {
        record('C', locate, tracking, ts, "ref=" + u64(ref) + " executed=" + executedShares + " match=" + u64(match)
            + " printable=" + c(printable) + " price=" + executionPrice);
    }

    @Override
    public void onOrderCancel(final int locate, final int tracking, final long ts, final long ref, final long cancelled) {
        record('X', locate, tracking, ts, "ref=" + u64(ref) + " cancelled=" + cancelled);
    }

    @Override
    public void onOrderDelete(final int locate, final int tracking, final long ts, final long ref) {
        record('D', locate, tracking, ts, "ref=" + u64(ref));
    }

    @Override
    public void onOrderReplace(
        final int locate, final int tracking, final long ts, final long originalRef, final long newRef, final long shares,
        final long price) {
        record('U', locate, tracking, ts, "original=" + u64(originalRef) + " new=" + u64(newRef) + " shares=" + shares
            + " price=" + price);
    }

    @Override
    public void onTrade(
        final int locate, final int tracking, final long ts, final long ref, final byte side, final long shares,
        final long stock, final long price, final long match) {
        record('P', locate, tracking, ts, "ref=" + u64(ref) + " side=" + c(side) + " shares=" + shares
            + " stock=" + stock(stock) + " price=" + price + " match=" + u64(match));
    }

    @Override
    public void onCrossTrade(
        final int locate, final int tracking, final long ts, final long shares, final long stock, final long crossPrice,
        final long match, final byte crossType) {
        record('Q', locate, tracking, ts, "shares=" + u64(shares) + " stock=" + stock(stock) + " price=" + crossPrice
            + " match=" + u64(match) + " crossType=" + c(crossType));
    }

    @Override
    public void onBrokenTrade(final int locate, final int tracking, final long ts, final long match) {
        record('B', locate, tracking, ts, "match=" + u64(match));
    }

    @Override
    public void onNoii(
        final int locate, final int tracking, final long ts, final long paired, final long imbalance,
        final byte direction, final long stock, final long far, final long near, final long reference,
        final byte crossType, final byte variation) {
        record('I', locate, tracking, ts, "paired=" + u64(paired) + " imbalance=" + u64(imbalance)
            + " direction=" + c(direction) + " stock=" + stock(stock) + " far=" + far + " near=" + near
            + " reference=" + reference + " crossType=" + c(crossType) + " variation=" + c(variation));
    }

    @Override
    public void onRetailPriceImprovementIndicator(
        final int locate, final int tracking, final long ts, final long stock, final byte interestFlag) {
        record('N', locate, tracking, ts, "stock=" + stock(stock) + " interest=" + c(interestFlag));
    }

    @Override
    public void onDirectListingPriceDiscovery(
        final int locate, final int tracking, final long ts, final long stock, final byte openEligibility,
        final long minimum, final long maximum, final long nearPrice, final long nearTime, final long lowerCollar,
        final long upperCollar) {
        record('O', locate, tracking, ts, "stock=" + stock(stock) + " eligibility=" + c(openEligibility)
            + " min=" + minimum + " max=" + maximum + " nearPrice=" + nearPrice + " nearTime=" + u64(nearTime)
            + " lowerCollar=" + lowerCollar + " upperCollar=" + upperCollar);
    }

    @Override
    public void onRejected(final long fileOffset, final int reason) {
        rejections.add(fileOffset + ":" + ItchResult.name(reason));
    }
}

package io.fdp.feed.dbn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records every callback as one readable line ({@code "MBO pub=1 iid=5482 ... seq=1170352"}) and counts them by kind,
 * so tests can assert every field of every record with one string comparison. Views are read in full during the
 * callback (every definition accessor, every level), which also lets property tests catch any over-read.
 */
final class RecordingDbnListener implements DbnListener {
    final List<String> events = new ArrayList<>();
    final List<String> rejections = new ArrayList<>();
    final Map<String, Integer> countByKind = new TreeMap<>();

    int count(final String kind) {
        return countByKind.getOrDefault(kind, 0);
    }

    String first(final String kind) {
        return events.stream().filter(event -> event.startsWith(kind + " ")).findFirst().orElseThrow();
    }

    private void record(final String kind, final int publisherId, final long instrumentId, final long tsEventNs,
        final String body) {
        countByKind.merge(kind, 1, Integer::sum);
        events.add(kind + " pub=" + publisherId + " iid=" + instrumentId + " ts=" + u64(tsEventNs) + " " + body);
    }

    private static String u64(final long value) {
        return Long.toUnsignedString(value);
    }

    private static char c(final byte code) {
        return (char) (code & 0xFF);
    }

    private static String event(final long price, final long size, final byte action, final byte side, final int flags,
        final int depth, final long tsRecv, final int tsInDelta, final long sequence) {
        return "px=" + price + " size=" + size + " action=" + c(action) + " side=" + c(side) + " flags=" + flags
            + " depth=" + depth + " recv=" + u64(tsRecv) + " delta=" + tsInDelta + " seq=" + sequence;
    }

    private static String level(final long bidPx, final long askPx, final long bidSz, final long askSz, final long bidCt,
        final long askCt) {
        return bidPx + "x" + bidSz + "(" + bidCt + ")/" + askPx + "x" + askSz + "(" + askCt + ")";
    }

    @Override
    public void onMbo(final int publisherId, final long instrumentId, final long tsEventNs, final long orderId,
        final long priceMantissa, final long size, final int flags, final int channelId, final byte action, final byte side,
        final long tsRecvNs, final int tsInDeltaNs, final long sequence) {
        record("MBO", publisherId, instrumentId, tsEventNs, "order=" + u64(orderId) + " px=" + priceMantissa + " size=" + size
            + " flags=" + flags + " channel=" + channelId + " action=" + c(action) + " side=" + c(side) + " recv="
            + u64(tsRecvNs) + " delta=" + tsInDeltaNs + " seq=" + sequence);
    }

    @Override
    public void onTrade(final int publisherId, final long instrumentId, final long tsEventNs, final long priceMantissa,
        final long size, final byte action, final byte side, final int flags, final int depth, final long tsRecvNs,
        final int tsInDeltaNs, final long sequence) {
        record("TRADE", publisherId, instrumentId, tsEventNs,
            event(priceMantissa, size, action, side, flags, depth, tsRecvNs, tsInDeltaNs, sequence));
    }

    @Override
    public void onMbp1(final int publisherId, final long instrumentId, final long tsEventNs, final long priceMantissa,
        final long size, final byte action, final byte side, final int flags, final int depth, final long tsRecvNs,
        final int tsInDeltaNs, final long sequence, final long bidPriceMantissa, final long askPriceMantissa,
        final long bidSize, final long askSize, final long bidCount, final long askCount) {
        record("MBP1", publisherId, instrumentId, tsEventNs,
            event(priceMantissa, size, action, side, flags, depth, tsRecvNs, tsInDeltaNs, sequence) + " top="
                + level(bidPriceMantissa, askPriceMantissa, bidSize, askSize, bidCount, askCount));
    }

    @Override
    public void onTbbo(final int publisherId, final long instrumentId, final long tsEventNs, final long priceMantissa,
        final long size, final byte action, final byte side, final int flags, final int depth, final long tsRecvNs,
        final int tsInDeltaNs, final long sequence, final long bidPriceMantissa, final long askPriceMantissa,
        final long bidSize, final long askSize, final long bidCount, final long askCount) {
        record("TBBO", publisherId, instrumentId, tsEventNs,
            event(priceMantissa, size, action, side, flags, depth, tsRecvNs, tsInDeltaNs, sequence) + " top="
                + level(bidPriceMantissa, askPriceMantissa, bidSize, askSize, bidCount, askCount));
    }

    @Override
    public void onMbp10(final int publisherId, final long instrumentId, final long tsEventNs, final long priceMantissa,
        final long size, final byte action, final byte side, final int flags, final int depth, final long tsRecvNs,
        final int tsInDeltaNs, final long sequence, final DbnBookLevels levels) {
        final StringBuilder book = new StringBuilder();
        for (int i = 0; i < levels.count(); i++) {
            book.append(i == 0 ? "" : " ").append(level(levels.bidPriceMantissa(i), levels.askPriceMantissa(i),
                levels.bidSize(i), levels.askSize(i), levels.bidCount(i), levels.askCount(i)));
        }
        record("MBP10", publisherId, instrumentId, tsEventNs,
            event(priceMantissa, size, action, side, flags, depth, tsRecvNs, tsInDeltaNs, sequence) + " levels=[" + book + "]");
    }

    @Override
    public void onOhlcv(final int rtype, final int publisherId, final long instrumentId, final long tsEventNs,
        final long openMantissa, final long highMantissa, final long lowMantissa, final long closeMantissa,
        final long volume) {
        record("OHLCV", publisherId, instrumentId, tsEventNs, String.format("rtype=0x%02x", rtype) + " o=" + openMantissa
            + " h=" + highMantissa + " l=" + lowMantissa + " c=" + closeMantissa + " v=" + u64(volume));
    }

    @Override
    public void onStatus(final int publisherId, final long instrumentId, final long tsEventNs, final long tsRecvNs,
        final int action, final int reason, final int tradingEvent, final byte isTrading, final byte isQuoting,
        final byte isShortSellRestricted) {
        record("STATUS", publisherId, instrumentId, tsEventNs, "recv=" + u64(tsRecvNs) + " action=" + action + " reason="
            + reason + " event=" + tradingEvent + " trading=" + c(isTrading) + " quoting=" + c(isQuoting) + " ssr="
            + c(isShortSellRestricted));
    }

    @Override
    public void onInstrumentDefinition(final int publisherId, final long instrumentId, final long tsEventNs,
        final DbnInstrumentDefinition d) {
        final String header = "hd=" + d.publisherId() + "/" + d.instrumentId() + "/" + u64(d.tsEventNs());
        record("DEF", publisherId, instrumentId, tsEventNs, header + " recv=" + u64(d.tsRecvNs())
            + " minTick=" + d.minPriceIncrementMantissa() + " displayFactor=" + d.displayFactor()
            + " expiration=" + u64(d.expirationNs()) + " activation=" + u64(d.activationNs())
            + " highLimit=" + d.highLimitPriceMantissa() + " lowLimit=" + d.lowLimitPriceMantissa()
            + " maxVariation=" + d.maxPriceVariationMantissa() + " refPx=" + d.tradingReferencePriceMantissa()
            + " uomQty=" + d.unitOfMeasureQty() + " minTickAmount=" + d.minPriceIncrementAmountMantissa()
            + " priceRatio=" + d.priceRatio() + " strike=" + d.strikePriceMantissa()
            + " attrib=" + d.instAttribValue() + " underlyingId=" + d.underlyingId() + " rawId=" + d.rawInstrumentId()
            + " depthImplied=" + d.marketDepthImplied() + " depth=" + d.marketDepth() + " segment=" + d.marketSegmentId()
            + " maxVol=" + d.maxTradeVol() + " minLot=" + d.minLotSize() + " minBlock=" + d.minLotSizeBlock()
            + " roundLot=" + d.minLotSizeRoundLot() + " minVol=" + d.minTradeVol() + " multiplier=" + d.contractMultiplier()
            + " decayQty=" + d.decayQuantity() + " originalSize=" + d.originalContractSize()
            + " refDate=" + d.tradingReferenceDate() + " applId=" + d.applId() + " maturityYear=" + d.maturityYear()
            + " decayStart=" + d.decayStartDate() + " channel=" + d.channelId() + " currency='" + d.currency()
            + "' settlCurrency='" + d.settlCurrency() + "' secsubtype='" + d.secsubtype() + "' rawSymbol='" + d.rawSymbol()
            + "' group='" + d.group() + "' exchange='" + d.exchange() + "' asset='" + d.asset() + "' cfi='" + d.cfi()
            + "' securityType='" + d.securityType() + "' uom='" + d.unitOfMeasure() + "' underlying='" + d.underlying()
            + "' strikeCurrency='" + d.strikePriceCurrency() + "' class=" + c(d.instrumentClass())
            + " match=" + c(d.matchAlgorithm()) + " tradingStatus=" + d.mdSecurityTradingStatus()
            + " mainFraction=" + d.mainFraction() + " displayFormat=" + d.priceDisplayFormat()
            + " settlPriceType=" + d.settlPriceType() + " subFraction=" + d.subFraction()
            + " product=" + d.underlyingProduct() + " updateAction=" + c(d.securityUpdateAction())
            + " maturity=" + d.maturityMonth() + "/" + d.maturityDay() + "/" + d.maturityWeek()
            + " userDefined=" + c(d.userDefinedInstrument()) + " multiplierUnit=" + d.contractMultiplierUnit()
            + " flowSchedule=" + d.flowScheduleType() + " tickRule=" + d.tickRule());
    }

    @Override
    public void onImbalance(final int publisherId, final long instrumentId, final long tsEventNs, final long tsRecvNs,
        final long refPriceMantissa, final long auctionTimeNs, final long contBookClrPriceMantissa,
        final long auctInterestClrPriceMantissa, final long ssrFillingPriceMantissa, final long indMatchPriceMantissa,
        final long upperCollarMantissa, final long lowerCollarMantissa, final long pairedQty, final long totalImbalanceQty,
        final long marketImbalanceQty, final long unpairedQty, final byte auctionType, final byte side,
        final int auctionStatus, final int freezeStatus, final int numExtensions, final byte unpairedSide,
        final byte significantImbalance) {
        record("IMBALANCE", publisherId, instrumentId, tsEventNs, "recv=" + u64(tsRecvNs) + " ref=" + refPriceMantissa
            + " auctionTime=" + u64(auctionTimeNs) + " contBook=" + contBookClrPriceMantissa + " auctInterest="
            + auctInterestClrPriceMantissa + " ssrFilling=" + ssrFillingPriceMantissa + " indMatch=" + indMatchPriceMantissa
            + " upper=" + upperCollarMantissa + " lower=" + lowerCollarMantissa + " paired=" + pairedQty + " total="
            + totalImbalanceQty + " market=" + marketImbalanceQty + " unpaired=" + unpairedQty + " type=" + c(auctionType)
            + " side=" + c(side) + " status=" + auctionStatus + " freeze=" + freezeStatus + " extensions=" + numExtensions
            + " unpairedSide=" + c(unpairedSide) + " significant=" + c(significantImbalance));
    }

    @Override
    public void onStatistics(final int publisherId, final long instrumentId, final long tsEventNs, final long tsRecvNs,
        final long tsRefNs, final long priceMantissa, final int quantity, final long sequence, final int tsInDeltaNs,
        final int statType, final int channelId, final int updateAction, final int statFlags) {
        record("STAT", publisherId, instrumentId, tsEventNs, "recv=" + u64(tsRecvNs) + " ref=" + u64(tsRefNs) + " px="
            + priceMantissa + " qty=" + quantity + " seq=" + sequence + " delta=" + tsInDeltaNs + " type=" + statType
            + " channel=" + channelId + " action=" + updateAction + " flags=" + statFlags);
    }

    @Override
    public void onError(final int publisherId, final long instrumentId, final long tsEventNs, final DbnText message,
        final int code, final int isLast) {
        record("ERROR", publisherId, instrumentId, tsEventNs, "msg='" + message + "' code=" + code + " last=" + isLast);
    }

    @Override
    public void onSystem(final int publisherId, final long instrumentId, final long tsEventNs, final DbnText message,
        final int code) {
        record("SYSTEM", publisherId, instrumentId, tsEventNs, "msg='" + message + "' code=" + code);
    }

    @Override
    public void onSymbolMapping(final int publisherId, final long instrumentId, final long tsEventNs, final int stypeIn,
        final DbnText stypeInSymbol, final int stypeOut, final DbnText stypeOutSymbol, final long startTsNs,
        final long endTsNs) {
        record("MAPPING", publisherId, instrumentId, tsEventNs, "in=" + stypeIn + ":'" + stypeInSymbol + "' out=" + stypeOut
            + ":'" + stypeOutSymbol + "' start=" + u64(startTsNs) + " end=" + u64(endTsNs));
    }

    @Override
    public void onSkipped(final int rtype, final int recordLength) {
        countByKind.merge("SKIPPED", 1, Integer::sum);
        events.add(String.format("SKIPPED rtype=0x%02x length=%d", rtype, recordLength));
    }

    @Override
    public void onRejected(final long fileOffset, final int reason) {
        rejections.add(fileOffset + ":" + DbnResult.name(reason));
    }
}

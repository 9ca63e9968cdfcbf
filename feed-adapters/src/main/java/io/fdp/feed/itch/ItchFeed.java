package io.fdp.feed.itch;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.event.MarketStatus;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.feed.FeedSummary;
import io.fdp.feed.RecordedFeed;
import io.fdp.feed.SessionClock;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Turns NASDAQ TotalView-ITCH 5.0 into engine events: the stock directory registers instruments, order messages
 * drive the L3 book, trade messages (P, Q) the candles, system and trading-action messages the market status.
 *
 * <p>Mapping: A/F add, E execute (at the order's price), C execute with price when printable — a non-printable
 * execution reduces the order without printing a trade, so it is published as a cancel of the executed shares —
 * X cancel, D delete, U replace, P trade (the side field names the resting non-displayed order, so the aggressor
 * is the other side), Q cross trade (no aggressor). Other types are counted only. Timestamps are nanoseconds since
 * New York midnight of the session date. One instance per input; not thread-safe.
 */
public final class ItchFeed implements ItchListener, RecordedFeed {
    /** ITCH prices have four decimals. */
    public static final int PRICE_EXPONENT = ItchDescriptor.PRICE_EXPONENT;
    /** One cent, the tick of US equities above one dollar, as an ITCH price mantissa. */
    public static final long TICK = 100;

    private static final String[] TYPE_NAMES = typeNames();

    private final Path input;
    private final InstrumentRegistry registry;
    private final SessionClock clock;
    private final FeedSummary summary = new FeedSummary();
    private final int[] instrumentByLocate = new int[65_536];
    private MarketEventPublisher publisher;

    /**
     * Creates the feed of one ITCH file.
     *
     * @param input    the file (gzip or plain, BinaryFILE framing).
     * @param registry where the stock directory registers instruments.
     * @param clock    the session's clock.
     */
    public ItchFeed(final Path input, final InstrumentRegistry registry, final SessionClock clock) {
        this.input = input;
        this.registry = registry;
        this.clock = clock;
        Arrays.fill(instrumentByLocate, InstrumentRegistry.NOT_FOUND);
    }

    @Override
    public String format() {
        return "itch";
    }

    @Override
    public void replay(final MarketEventPublisher target) throws IOException {
        this.publisher = target;
        final ItchFileReader reader = new ItchFileReader(this);
        final int result = reader.read(input);
        if (result != ItchResult.OK) {
            summary.rejected("STOPPED_" + ItchResult.name(result), "byte " + reader.position());
        }
    }

    @Override
    public FeedSummary summary() {
        return summary;
    }

    private void count(final byte type) {
        summary.message(TYPE_NAMES[type & 0x7F]);
    }

    private int instrument(final int stockLocate) {
        return instrumentByLocate[stockLocate];
    }

    private boolean known(final int instrumentId, final byte type) {
        if (instrumentId == InstrumentRegistry.NOT_FOUND) {
            summary.rejected("UNKNOWN_STOCK_LOCATE", "message " + (char) type);
            return false;
        }
        return true;
    }

    @Override
    public void onRejected(final long fileOffset, final int reason) {
        summary.rejected(ItchResult.name(reason), "byte " + fileOffset);
    }

    @Override
    public void onSystemEvent(final int stockLocate, final int trackingNumber, final long timestampNs, final byte eventCode) {
        count(ItchDescriptor.SYSTEM_EVENT_TYPE);
        final int status = switch (eventCode) {
            case 'S' -> MarketStatus.PRE_OPEN;
            case 'Q' -> MarketStatus.OPEN;
            case 'M' -> MarketStatus.POST_CLOSE;
            case 'E', 'C' -> MarketStatus.CLOSED;
            default -> MarketStatus.UNKNOWN;
        };
        if (status != MarketStatus.UNKNOWN) {
            publisher.status(EventType.MARKET_STATUS, -1, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), status);
        }
    }

    @Override
    public void onStockDirectory(final int stockLocate, final int trackingNumber, final long timestampNs, final long stock,
        final byte marketCategory, final byte financialStatusIndicator, final long roundLotSize, final byte roundLotsOnly,
        final byte issueClassification, final long issueSubType, final byte authenticity,
        final byte shortSaleThresholdIndicator, final byte ipoFlag, final byte luldReferencePriceTier, final byte etpFlag,
        final long etpLeverageFactor, final byte inverseIndicator) {
        count(ItchDescriptor.STOCK_DIRECTORY_TYPE);
        final String symbol = ItchAlpha.stockToString(stock);
        final int id = registry.register(symbol, PRICE_EXPONENT, 0, TICK, Math.max(1, roundLotSize));
        if (id == InstrumentRegistry.NOT_FOUND) {
            summary.rejected("INSTRUMENT_REGISTRY_FULL", "stock " + symbol);
            return;
        }
        instrumentByLocate[stockLocate] = id;
    }

    @Override
    public void onStockTradingAction(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long stock, final byte tradingState, final long reason) {
        count(ItchDescriptor.STOCK_TRADING_ACTION_TYPE);
        final int id = instrument(stockLocate);
        if (!known(id, ItchDescriptor.STOCK_TRADING_ACTION_TYPE)) {
            return;
        }
        final int status = switch (tradingState) {
            case 'H' -> MarketStatus.HALTED;
            case 'P' -> MarketStatus.PAUSED;
            case 'Q' -> MarketStatus.QUOTING_ONLY;
            case 'T' -> MarketStatus.OPEN;
            default -> MarketStatus.UNKNOWN;
        };
        publisher.status(EventType.MARKET_STATUS, id, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), status);
    }

    @Override
    public void onAddOrder(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final byte side, final long shares, final long stock, final long priceMantissa) {
        add(ItchDescriptor.ADD_ORDER_TYPE, stockLocate, timestampNs, orderReferenceNumber, side, shares, priceMantissa, 0);
    }

    @Override
    public void onAddOrderWithMpid(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final byte side, final long shares, final long stock, final long priceMantissa,
        final long attribution) {
        add(ItchDescriptor.ADD_ORDER_MPID_TYPE, stockLocate, timestampNs, orderReferenceNumber, side, shares,
            priceMantissa, attribution);
    }

    private void add(final byte type, final int stockLocate, final long timestampNs, final long orderId, final byte side,
        final long shares, final long price, final long mpid) {
        count(type);
        final int id = instrument(stockLocate);
        if (known(id, type)) {
            publisher.orderAdd(id, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), orderId, side(side), price, shares,
                mpid);
        }
    }

    private static byte side(final byte itchSide) {
        if (itchSide == ItchDescriptor.SIDE_BUY) {
            return Side.BUY;
        }
        return itchSide == ItchDescriptor.SIDE_SELL ? Side.SELL : Side.NULL_SIDE;
    }

    @Override
    public void onOrderExecuted(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final long executedShares, final long matchNumber) {
        count(ItchDescriptor.ORDER_EXECUTED_TYPE);
        final int id = instrument(stockLocate);
        if (known(id, ItchDescriptor.ORDER_EXECUTED_TYPE)) {
            publisher.orderExecute(id, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), orderReferenceNumber,
                executedShares, MarketEvent.NULL_PRICE, matchNumber);
        }
    }

    @Override
    public void onOrderExecutedWithPrice(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final long executedShares, final long matchNumber, final byte printable,
        final long executionPriceMantissa) {
        count(ItchDescriptor.ORDER_EXECUTED_WITH_PRICE_TYPE);
        final int id = instrument(stockLocate);
        if (!known(id, ItchDescriptor.ORDER_EXECUTED_WITH_PRICE_TYPE)) {
            return;
        }
        final long timeNs = clock.epochNs(timestampNs);
        if (printable == 'Y') {
            publisher.orderExecute(id, MarketEvent.NO_SEQUENCE, timeNs, orderReferenceNumber, executedShares,
                executionPriceMantissa, matchNumber);
        } else {
            publisher.orderCancel(id, MarketEvent.NO_SEQUENCE, timeNs, orderReferenceNumber, executedShares);
        }
    }

    @Override
    public void onOrderCancel(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final long cancelledShares) {
        count(ItchDescriptor.ORDER_CANCEL_TYPE);
        final int id = instrument(stockLocate);
        if (known(id, ItchDescriptor.ORDER_CANCEL_TYPE)) {
            publisher.orderCancel(id, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), orderReferenceNumber,
                cancelledShares);
        }
    }

    @Override
    public void onOrderDelete(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber) {
        count(ItchDescriptor.ORDER_DELETE_TYPE);
        final int id = instrument(stockLocate);
        if (known(id, ItchDescriptor.ORDER_DELETE_TYPE)) {
            publisher.orderDelete(id, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), orderReferenceNumber);
        }
    }

    @Override
    public void onOrderReplace(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long originalOrderReferenceNumber, final long newOrderReferenceNumber, final long shares,
        final long priceMantissa) {
        count(ItchDescriptor.ORDER_REPLACE_TYPE);
        final int id = instrument(stockLocate);
        if (known(id, ItchDescriptor.ORDER_REPLACE_TYPE)) {
            publisher.orderReplace(id, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), originalOrderReferenceNumber,
                newOrderReferenceNumber, priceMantissa, shares);
        }
    }

    @Override
    public void onTrade(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long orderReferenceNumber, final byte side, final long shares, final long stock, final long priceMantissa,
        final long matchNumber) {
        count(ItchDescriptor.TRADE_TYPE);
        final int id = instrument(stockLocate);
        if (known(id, ItchDescriptor.TRADE_TYPE)) {
            final byte resting = side(side);
            final byte aggressor = resting == Side.BUY ? Side.SELL : resting == Side.SELL ? Side.BUY : Side.NULL_SIDE;
            publisher.trade(id, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), priceMantissa, shares, aggressor,
                matchNumber);
        }
    }

    @Override
    public void onCrossTrade(final int stockLocate, final int trackingNumber, final long timestampNs, final long shares,
        final long stock, final long crossPriceMantissa, final long matchNumber, final byte crossType) {
        count(ItchDescriptor.CROSS_TRADE_TYPE);
        final int id = instrument(stockLocate);
        if (known(id, ItchDescriptor.CROSS_TRADE_TYPE) && shares > 0) {
            publisher.trade(id, MarketEvent.NO_SEQUENCE, clock.epochNs(timestampNs), crossPriceMantissa, shares,
                Side.NULL_SIDE, matchNumber);
        }
    }

    @Override
    public void onRegShoRestriction(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long stock, final byte regShoAction) {
        count(ItchDescriptor.REG_SHO_RESTRICTION_TYPE);
    }

    @Override
    public void onMarketParticipantPosition(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long mpid, final long stock, final byte primaryMarketMaker, final byte marketMakerMode,
        final byte marketParticipantState) {
        count(ItchDescriptor.MARKET_PARTICIPANT_POSITION_TYPE);
    }

    @Override
    public void onMwcbDeclineLevel(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long level1PriceMantissa, final long level2PriceMantissa, final long level3PriceMantissa) {
        count(ItchDescriptor.MWCB_DECLINE_LEVEL_TYPE);
    }

    @Override
    public void onMwcbStatus(final int stockLocate, final int trackingNumber, final long timestampNs, final byte breachedLevel) {
        count(ItchDescriptor.MWCB_STATUS_TYPE);
    }

    @Override
    public void onIpoQuotingPeriodUpdate(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long stock, final long releaseTimeSeconds, final byte releaseQualifier, final long ipoPriceMantissa) {
        count(ItchDescriptor.IPO_QUOTING_PERIOD_UPDATE_TYPE);
    }

    @Override
    public void onLuldAuctionCollar(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long stock, final long referencePriceMantissa, final long upperPriceMantissa, final long lowerPriceMantissa,
        final long extension) {
        count(ItchDescriptor.LULD_AUCTION_COLLAR_TYPE);
    }

    @Override
    public void onOperationalHalt(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long stock, final byte marketCode, final byte haltAction) {
        count(ItchDescriptor.OPERATIONAL_HALT_TYPE);
    }

    @Override
    public void onBrokenTrade(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long matchNumber) {
        count(ItchDescriptor.BROKEN_TRADE_TYPE);
    }

    @Override
    public void onNoii(final int stockLocate, final int trackingNumber, final long timestampNs, final long pairedShares,
        final long imbalanceShares, final byte imbalanceDirection, final long stock, final long farPriceMantissa,
        final long nearPriceMantissa, final long currentReferencePriceMantissa, final byte crossType,
        final byte priceVariationIndicator) {
        count(ItchDescriptor.NOII_TYPE);
    }

    @Override
    public void onRetailPriceImprovementIndicator(final int stockLocate, final int trackingNumber,
        final long timestampNs, final long stock, final byte interestFlag) {
        count(ItchDescriptor.RPII_TYPE);
    }

    @Override
    public void onDirectListingPriceDiscovery(final int stockLocate, final int trackingNumber, final long timestampNs,
        final long stock, final byte openEligibilityStatus, final long minimumAllowablePriceMantissa,
        final long maximumAllowablePriceMantissa, final long nearExecutionPriceMantissa, final long nearExecutionTime,
        final long lowerPriceRangeCollarMantissa, final long upperPriceRangeCollarMantissa) {
        count(ItchDescriptor.DLCR_TYPE);
    }

    private static String[] typeNames() {
        final String[] names = new String[128];
        for (int type = 0; type < names.length; type++) {
            names[type] = String.valueOf((char) type);
        }
        return names;
    }
}

package io.fdp.feed.dbn;

import io.fdp.engine.book.Side;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.event.MarketStatus;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.feed.FeedSummary;
import io.fdp.feed.RecordedFeed;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns a Databento DBN v2 file into engine events.
 *
 * <p>Mapping: MBO add / cancel / modify / clear drive the L3 book (fills do not change a Databento book — the cancel
 * that follows does — so they are counted only) and MBO trades print trades; MBP-1 and TBBO set the L1 quote, MBP-10
 * replaces the L2 book's top ten levels (as a snapshot), and their trades print; trades print; definitions
 * register instruments; status records set the market status; OHLCV, statistics and imbalance records are counted.
 * Instruments are named by the raw symbol the metadata maps their id to. Prices keep DBN's scale (1e-9).
 */
public final class DbnFeed implements DbnListener, RecordedFeed {
    private final Path input;
    private final InstrumentRegistry registry;
    private final FeedSummary summary = new FeedSummary();
    private final Long2LongHashMap instruments = new Long2LongHashMap(InstrumentRegistry.NOT_FOUND);
    private Map<Long, String> symbols = Map.of();
    private MarketEventPublisher publisher;

    /**
     * Creates the feed of one DBN file.
     *
     * @param input    the file (uncompressed DBN v2).
     * @param registry where instruments are registered.
     */
    public DbnFeed(final Path input, final InstrumentRegistry registry) {
        this.input = input;
        this.registry = registry;
    }

    @Override
    public String format() {
        return "dbn";
    }

    @Override
    public FeedSummary summary() {
        return summary;
    }

    @Override
    public void replay(final MarketEventPublisher target) throws IOException {
        this.publisher = target;
        final byte[] bytes = Files.readAllBytes(input);
        final DbnMetadataDecoder metadata = new DbnMetadataDecoder();
        if (metadata.decode(new UnsafeBuffer(bytes), 0, bytes.length) >= 0) {
            symbols = metadata.metadata().rawSymbolsByInstrumentId();
        }
        final DbnFileReader reader = new DbnFileReader(this);
        final int result = reader.read(new UnsafeBuffer(bytes), 0, bytes.length);
        if (result != DbnResult.OK) {
            summary.rejected("STOPPED_" + DbnResult.name(result), "byte " + reader.position());
        }
    }

    private int instrument(final long dbnInstrumentId) {
        final long known = instruments.get(dbnInstrumentId);
        if (known != InstrumentRegistry.NOT_FOUND) {
            return (int) known;
        }
        return register(dbnInstrumentId, symbols.getOrDefault(dbnInstrumentId, "DBN." + dbnInstrumentId), 1);
    }

    private int register(final long dbnInstrumentId, final String symbol, final long tick) {
        final int id = registry.register(symbol, DbnDescriptor.PRICE_EXPONENT, 0, Math.max(1, tick), 1);
        if (id == InstrumentRegistry.NOT_FOUND) {
            summary.rejected("INSTRUMENT_REGISTRY_FULL", "instrument " + dbnInstrumentId);
        } else {
            instruments.put(dbnInstrumentId, id);
        }
        return id;
    }

    private static byte side(final byte dbnSide) {
        if (dbnSide == DbnDescriptor.SIDE_BID) {
            return Side.BUY;
        }
        return dbnSide == DbnDescriptor.SIDE_ASK ? Side.SELL : Side.NULL_SIDE;
    }

    private static long price(final long mantissa) {
        return mantissa == DbnDescriptor.UNDEF_PRICE ? MarketEvent.NULL_PRICE : mantissa;
    }

    @Override
    public void onMbo(final int publisherId, final long instrumentId, final long tsEventNs, final long orderId,
        final long priceMantissa, final long size, final int flags, final int channelId, final byte action, final byte side,
        final long tsRecvNs, final int tsInDeltaNs, final long sequence) {
        summary.message("mbo");
        final int id = instrument(instrumentId);
        if (id == InstrumentRegistry.NOT_FOUND) {
            return;
        }
        switch (action) {
            case DbnDescriptor.ACTION_ADD -> publisher.orderAdd(id, MarketEvent.NO_SEQUENCE, tsEventNs, orderId, side(side),
                price(priceMantissa), size, 0);
            case DbnDescriptor.ACTION_CANCEL -> publisher.orderCancel(id, MarketEvent.NO_SEQUENCE, tsEventNs, orderId, size);
            case DbnDescriptor.ACTION_MODIFY -> publisher.orderModify(id, MarketEvent.NO_SEQUENCE, tsEventNs, orderId,
                price(priceMantissa), size);
            case DbnDescriptor.ACTION_CLEAR -> publisher.control(EventType.BOOK_CLEAR, id, MarketEvent.NO_SEQUENCE, tsEventNs);
            case DbnDescriptor.ACTION_TRADE -> trade(id, tsEventNs, priceMantissa, size, side);
            default -> summary.message("mbo fill or none");
        }
    }

    private void trade(final int id, final long tsEventNs, final long priceMantissa, final long size, final byte side) {
        if (size > 0 && priceMantissa != DbnDescriptor.UNDEF_PRICE) {
            publisher.trade(id, MarketEvent.NO_SEQUENCE, tsEventNs, priceMantissa, size, side(side), 0);
        }
    }

    @Override
    public void onTrade(final int publisherId, final long instrumentId, final long tsEventNs, final long priceMantissa,
        final long size, final byte action, final byte side, final int flags, final int depth, final long tsRecvNs,
        final int tsInDeltaNs, final long sequence) {
        summary.message("trade");
        final int id = instrument(instrumentId);
        if (id != InstrumentRegistry.NOT_FOUND) {
            trade(id, tsEventNs, priceMantissa, size, side);
        }
    }

    @Override
    public void onMbp1(final int publisherId, final long instrumentId, final long tsEventNs, final long priceMantissa,
        final long size, final byte action, final byte side, final int flags, final int depth, final long tsRecvNs,
        final int tsInDeltaNs, final long sequence, final long bidPriceMantissa, final long askPriceMantissa,
        final long bidSize, final long askSize, final long bidCount, final long askCount) {
        summary.message("mbp-1");
        quoteAndTrade(instrumentId, tsEventNs, priceMantissa, size, action, side, bidPriceMantissa, askPriceMantissa,
            bidSize, askSize);
    }

    @Override
    public void onTbbo(final int publisherId, final long instrumentId, final long tsEventNs, final long priceMantissa,
        final long size, final byte action, final byte side, final int flags, final int depth, final long tsRecvNs,
        final int tsInDeltaNs, final long sequence, final long bidPriceMantissa, final long askPriceMantissa,
        final long bidSize, final long askSize, final long bidCount, final long askCount) {
        summary.message("tbbo");
        quoteAndTrade(instrumentId, tsEventNs, priceMantissa, size, DbnDescriptor.ACTION_TRADE, side, bidPriceMantissa,
            askPriceMantissa, bidSize, askSize);
    }

    private void quoteAndTrade(final long instrumentId, final long tsEventNs, final long priceMantissa, final long size,
        final byte action, final byte side, final long bidPrice, final long askPrice, final long bidSize,
        final long askSize) {
        final int id = instrument(instrumentId);
        if (id == InstrumentRegistry.NOT_FOUND) {
            return;
        }
        publisher.quote(id, MarketEvent.NO_SEQUENCE, tsEventNs, price(bidPrice), bidSize, price(askPrice), askSize);
        if (action == DbnDescriptor.ACTION_TRADE) {
            trade(id, tsEventNs, priceMantissa, size, side);
        }
    }

    @Override
    public void onMbp10(final int publisherId, final long instrumentId, final long tsEventNs, final long priceMantissa,
        final long size, final byte action, final byte side, final int flags, final int depth, final long tsRecvNs,
        final int tsInDeltaNs, final long sequence, final DbnBookLevels levels) {
        summary.message("mbp-10");
        final int id = instrument(instrumentId);
        if (id == InstrumentRegistry.NOT_FOUND) {
            return;
        }
        publisher.control(EventType.SNAPSHOT_BEGIN, id, MarketEvent.NO_SEQUENCE, tsEventNs);
        for (int level = 0; level < levels.count(); level++) {
            if (levels.bidPriceMantissa(level) != DbnDescriptor.UNDEF_PRICE && levels.bidSize(level) > 0) {
                publisher.levelSet(id, MarketEvent.NO_SEQUENCE, tsEventNs, Side.BUY, levels.bidPriceMantissa(level),
                    levels.bidSize(level));
            }
            if (levels.askPriceMantissa(level) != DbnDescriptor.UNDEF_PRICE && levels.askSize(level) > 0) {
                publisher.levelSet(id, MarketEvent.NO_SEQUENCE, tsEventNs, Side.SELL, levels.askPriceMantissa(level),
                    levels.askSize(level));
            }
        }
        publisher.control(EventType.SNAPSHOT_END, id, MarketEvent.NO_SEQUENCE, tsEventNs);
        if (action == DbnDescriptor.ACTION_TRADE) {
            trade(id, tsEventNs, priceMantissa, size, side);
        }
    }

    @Override
    public void onOhlcv(final int rtype, final int publisherId, final long instrumentId, final long tsEventNs,
        final long openMantissa, final long highMantissa, final long lowMantissa, final long closeMantissa,
        final long volume) {
        summary.message("ohlcv");
    }

    @Override
    public void onStatus(final int publisherId, final long instrumentId, final long tsEventNs, final long tsRecvNs,
        final int action, final int reason, final int tradingEvent, final byte isTrading, final byte isQuoting,
        final byte isShortSellRestricted) {
        summary.message("status");
        final int status = switch (action) {
            case 1 -> MarketStatus.PRE_OPEN;
            case 3 -> MarketStatus.QUOTING_ONLY;
            case 4, 5 -> MarketStatus.AUCTION;
            case 7 -> MarketStatus.OPEN;
            case 8, 10 -> MarketStatus.HALTED;
            case 9 -> MarketStatus.PAUSED;
            case 12 -> MarketStatus.CLOSED;
            case 13 -> MarketStatus.POST_CLOSE;
            default -> MarketStatus.UNKNOWN;
        };
        final int id = instrument(instrumentId);
        if (status != MarketStatus.UNKNOWN && id != InstrumentRegistry.NOT_FOUND) {
            publisher.status(EventType.MARKET_STATUS, id, MarketEvent.NO_SEQUENCE, tsEventNs, status);
        }
    }

    @Override
    public void onInstrumentDefinition(final int publisherId, final long instrumentId, final long tsEventNs,
        final DbnInstrumentDefinition definition) {
        summary.message("definition");
        if (instruments.get(instrumentId) == InstrumentRegistry.NOT_FOUND) {
            final long tick = definition.minPriceIncrementMantissa();
            register(instrumentId, definition.rawSymbol(), tick == DbnDescriptor.UNDEF_PRICE ? 1 : tick);
        }
    }

    @Override
    public void onImbalance(final int publisherId, final long instrumentId, final long tsEventNs, final long tsRecvNs,
        final long refPriceMantissa, final long auctionTimeNs, final long contBookClrPriceMantissa,
        final long auctInterestClrPriceMantissa, final long ssrFillingPriceMantissa, final long indMatchPriceMantissa,
        final long upperCollarMantissa, final long lowerCollarMantissa, final long pairedQty, final long totalImbalanceQty,
        final long marketImbalanceQty, final long unpairedQty, final byte auctionType, final byte side,
        final int auctionStatus, final int freezeStatus, final int numExtensions, final byte unpairedSide,
        final byte significantImbalance) {
        summary.message("imbalance");
    }

    @Override
    public void onStatistics(final int publisherId, final long instrumentId, final long tsEventNs, final long tsRecvNs,
        final long tsRefNs, final long priceMantissa, final int quantity, final long sequence, final int tsInDeltaNs,
        final int statType, final int channelId, final int updateAction, final int statFlags) {
        summary.message("statistics");
    }

    @Override
    public void onSkipped(final int rtype, final int recordLength) {
        summary.message("skipped rtype " + rtype);
    }

    @Override
    public void onRejected(final long fileOffset, final int reason) {
        summary.rejected(DbnResult.name(reason), "byte " + fileOffset);
    }
}

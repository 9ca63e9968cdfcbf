package io.fdp.engine.convert;

import com.google.protobuf.Timestamp;
import io.fdp.engine.book.Side;
import io.fdp.engine.candle.CandleInterval;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.engine.view.BookSnapshot;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.market.v1.BookLevel;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.CandleState;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.DataQualityEventKind;
import io.fdp.proto.market.v1.MarketStatus;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;

/**
 * Turns engine state (mantissas, dense ids, epoch nanoseconds) into the canonical {@code fdp.*.v1} messages.
 *
 * <p>For the API, Kafka and the database, never for the hot path. Instruments are named by their symbol.
 */
public final class ProtoConverter {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final InstrumentRegistry registry;
    private final Metadata metadata;

    /**
     * Creates a converter.
     *
     * @param registry     the instruments, for symbols and scales.
     * @param sourceSystem the name written as the metadata's source system, for example {@code fdp}.
     */
    public ProtoConverter(final InstrumentRegistry registry, final String sourceSystem) {
        this.registry = registry;
        this.metadata = Metadata.newBuilder().setSource(Source.newBuilder().setSystem(sourceSystem)).build();
    }

    /**
     * An exact decimal.
     *
     * @param mantissa the integer significand.
     * @param exponent the power of ten.
     * @return {@code mantissa * 10^exponent} as a Decimal.
     */
    public static Decimal decimal(final long mantissa, final int exponent) {
        return Decimal.newBuilder().setMantissa(mantissa).setExponent(exponent).build();
    }

    /**
     * A timestamp.
     *
     * @param epochNs nanoseconds since the Unix epoch.
     * @return the same instant as a Timestamp.
     */
    public static Timestamp timestamp(final long epochNs) {
        return Timestamp.newBuilder()
            .setSeconds(Math.floorDiv(epochNs, NANOS_PER_SECOND))
            .setNanos((int) Math.floorMod(epochNs, NANOS_PER_SECOND))
            .build();
    }

    /**
     * Reads back a timestamp.
     *
     * @param timestamp the timestamp.
     * @return nanoseconds since the Unix epoch.
     */
    public static long epochNs(final Timestamp timestamp) {
        return Math.addExact(Math.multiplyExact(timestamp.getSeconds(), NANOS_PER_SECOND), timestamp.getNanos());
    }

    /**
     * A market status.
     *
     * @param status an engine {@link io.fdp.engine.event.MarketStatus} code.
     * @return the Protobuf enum value (the numbers are shared), or UNSPECIFIED for an unknown code.
     */
    public static MarketStatus marketStatus(final int status) {
        final MarketStatus value = MarketStatus.forNumber(status);
        return value == null ? MarketStatus.MARKET_STATUS_UNSPECIFIED : value;
    }

    /**
     * A side.
     *
     * @param side a {@link Side} code.
     * @return the Protobuf side, UNSPECIFIED for {@link Side#NULL_SIDE}.
     */
    public static io.fdp.proto.market.v1.Side side(final byte side) {
        if (side == Side.BUY) {
            return io.fdp.proto.market.v1.Side.SIDE_BUY;
        }
        return side == Side.SELL ? io.fdp.proto.market.v1.Side.SIDE_SELL : io.fdp.proto.market.v1.Side.SIDE_UNSPECIFIED;
    }

    private Decimal price(final int instrumentId, final long mantissa) {
        return decimal(mantissa, registry.priceExponent(instrumentId));
    }

    private Decimal size(final int instrumentId, final long mantissa) {
        return decimal(mantissa, registry.sizeExponent(instrumentId));
    }

    /**
     * The L1 quote of a book view.
     *
     * @param view a view read from {@link io.fdp.engine.view.BookViews}.
     * @return the quote; absent sides and a missing last trade are left unset.
     */
    public Quote quote(final BookSnapshot view) {
        final int id = view.instrumentId();
        final Quote.Builder quote = Quote.newBuilder()
            .setInstrumentId(registry.symbol(id))
            .setMarketStatus(marketStatus(view.marketStatus()))
            .setEventTime(timestamp(view.eventTimeNs()))
            .setIngestionTime(timestamp(view.ingestionTimeNs()))
            .setMetadata(metadata);
        if (view.bidLevels() > 0) {
            quote.setBidPrice(price(id, view.bestBidPrice())).setBidSize(size(id, view.bestBidSize()));
        }
        if (view.askLevels() > 0) {
            quote.setAskPrice(price(id, view.bestAskPrice())).setAskSize(size(id, view.bestAskSize()));
        }
        if (view.lastTradePrice() != MarketEvent.NULL_PRICE) {
            quote.setLastPrice(price(id, view.lastTradePrice())).setLastSize(size(id, view.lastTradeSize()));
        }
        return quote.build();
    }

    /**
     * The L2 book of a view.
     *
     * @param view  a view read from {@link io.fdp.engine.view.BookViews}.
     * @param depth levels per side to include.
     * @return the snapshot.
     */
    public io.fdp.proto.market.v1.BookSnapshot book(final BookSnapshot view, final int depth) {
        final int id = view.instrumentId();
        final io.fdp.proto.market.v1.BookSnapshot.Builder book = io.fdp.proto.market.v1.BookSnapshot.newBuilder()
            .setInstrumentId(registry.symbol(id))
            .setDepth(depth)
            .setStale(view.stale())
            .setMarketStatus(marketStatus(view.marketStatus()))
            .setEventTime(timestamp(view.eventTimeNs()))
            .setIngestionTime(timestamp(view.ingestionTimeNs()))
            .setMetadata(metadata);
        for (int i = 0; i < Math.min(depth, view.bidLevels()); i++) {
            book.addBids(level(id, view.bidPrices[i], view.bidSizes[i], view.bidOrders[i]));
        }
        for (int i = 0; i < Math.min(depth, view.askLevels()); i++) {
            book.addAsks(level(id, view.askPrices[i], view.askSizes[i], view.askOrders[i]));
        }
        return book.build();
    }

    private BookLevel level(final int id, final long price, final long size, final int orders) {
        return BookLevel.newBuilder().setPrice(price(id, price)).setSize(size(id, size)).setOrderCount(orders).build();
    }

    /**
     * A trade print.
     *
     * @param instrumentId    the instrument.
     * @param timeNs          trade time.
     * @param ingestionTimeNs when fdp received it.
     * @param price           price mantissa.
     * @param size            size mantissa.
     * @param aggressorSide   aggressor side code.
     * @param tradeId         venue trade id, or 0.
     * @return the print.
     */
    public TradePrint trade(final int instrumentId, final long timeNs, final long ingestionTimeNs, final long price,
        final long size, final byte aggressorSide, final long tradeId) {
        final TradePrint.Builder trade = TradePrint.newBuilder()
            .setInstrumentId(registry.symbol(instrumentId))
            .setPrice(price(instrumentId, price))
            .setSize(size(instrumentId, size))
            .setAggressorSide(side(aggressorSide))
            .setEventTime(timestamp(timeNs))
            .setIngestionTime(timestamp(ingestionTimeNs))
            .setMetadata(metadata);
        if (tradeId != 0) {
            trade.setTradeId(Long.toUnsignedString(tradeId));
        }
        return trade.build();
    }

    /**
     * A candle.
     *
     * @param candle          an engine candle.
     * @param ingestionTimeNs when fdp produced it.
     * @return the Protobuf candle.
     */
    public Candle candle(final io.fdp.engine.candle.Candle candle, final long ingestionTimeNs) {
        final int id = candle.instrumentId();
        final Candle.Builder out = Candle.newBuilder()
            .setInstrumentId(registry.symbol(id))
            .setBucketStart(timestamp(candle.bucketStartNs()))
            .setBucketEnd(timestamp(candle.bucketEndNs()))
            .setOpen(price(id, candle.open()))
            .setHigh(price(id, candle.high()))
            .setLow(price(id, candle.low()))
            .setClose(price(id, candle.close()))
            .setVolume(size(id, candle.volume()))
            .setTradeCount(candle.tradeCount())
            .setVwap(price(id, candle.vwap()))
            .setState(candleState(candle.state()))
            .setRevision(candle.revision())
            .setEventTime(timestamp(candle.lastTradeNs()))
            .setIngestionTime(timestamp(ingestionTimeNs))
            .setMetadata(metadata);
        switch (candle.barKind()) {
            case io.fdp.engine.candle.Candle.KIND_TICK -> out.setInterval(io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_TICK)
                .setBarSize(decimal(candle.barSpec(), 0));
            case io.fdp.engine.candle.Candle.KIND_VOLUME -> out
                .setInterval(io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_VOLUME)
                .setBarSize(size(id, candle.barSpec()));
            default -> out.setInterval(interval(candle.barSpec()));
        }
        return out.build();
    }

    /**
     * The Protobuf interval of a time bar.
     *
     * @param intervalNs the bar's length.
     * @return the interval, UNSPECIFIED for a length that is not one of {@link CandleInterval}.
     */
    public static io.fdp.proto.market.v1.CandleInterval interval(final long intervalNs) {
        for (final CandleInterval interval : CandleInterval.values()) {
            if (interval.intervalNs() == intervalNs) {
                return io.fdp.proto.market.v1.CandleInterval.forNumber(interval.code());
            }
        }
        return io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_UNSPECIFIED;
    }

    private static CandleState candleState(final int state) {
        return switch (state) {
            case io.fdp.engine.candle.Candle.STATE_FINAL -> CandleState.CANDLE_STATE_FINAL;
            case io.fdp.engine.candle.Candle.STATE_REVISED -> CandleState.CANDLE_STATE_REVISED;
            default -> CandleState.CANDLE_STATE_PARTIAL;
        };
    }

    /**
     * A data-quality event.
     *
     * @param instrumentId    the instrument, or -1 for the whole feed.
     * @param kind            a {@link DataQuality} code.
     * @param expected        expected sequence (or the book's result code for a rejection).
     * @param received        received sequence (or the order id for a rejection).
     * @param timeNs          when it happened.
     * @param ingestionTimeNs when fdp noticed.
     * @return the event.
     */
    public DataQualityEvent dataQuality(final int instrumentId, final int kind, final long expected, final long received,
        final long timeNs, final long ingestionTimeNs) {
        final DataQualityEvent.Builder event = DataQualityEvent.newBuilder()
            .setKind(qualityKind(kind))
            .setEventTime(timestamp(timeNs))
            .setIngestionTime(timestamp(ingestionTimeNs))
            .setMetadata(metadata)
            .setDetail(DataQuality.name(kind));
        if (registry.isValid(instrumentId)) {
            event.setInstrumentId(registry.symbol(instrumentId));
        }
        if (kind == DataQuality.GAP) {
            event.setExpectedSequence(expected).setReceivedSequence(received);
        } else if (kind == DataQuality.REJECTED) {
            event.setDetail("rejected: " + io.fdp.engine.book.BookResult.describe((int) expected) + " (order " + received + ")");
        }
        return event.build();
    }

    private static DataQualityEventKind qualityKind(final int kind) {
        return switch (kind) {
            case DataQuality.GAP -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_GAP;
            case DataQuality.CHECKSUM_FAILED -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_CHECKSUM_FAILURE;
            case DataQuality.STALE -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_STALE;
            case DataQuality.FRESH -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_FRESH;
            case DataQuality.CROSSED -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_CROSSED;
            case DataQuality.REJECTED, DataQuality.LATE_TRADE_DROPPED -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_REJECTED;
            default -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_UNSPECIFIED;
        };
    }
}

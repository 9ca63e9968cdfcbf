package io.fdp.persistence.sink;

import io.fdp.engine.candle.Candle;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.subscription.DataQuality;
import io.fdp.journal.codec.OutputRecord;
import io.fdp.persistence.store.TradeCopyBatch;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.market.v1.BookLevel;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.CandleState;
import io.fdp.proto.market.v1.DataQualityEventKind;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;

import java.nio.charset.StandardCharsets;

import static io.fdp.engine.convert.ProtoConverter.decimal;
import static io.fdp.engine.convert.ProtoConverter.interval;
import static io.fdp.engine.convert.ProtoConverter.side;
import static io.fdp.engine.convert.ProtoConverter.timestamp;

/** Output-journal records as the canonical Protobuf messages (names and scales from the instrument registry). */
final class OutputRecords {
    private final InstrumentRegistry registry;
    private final Metadata metadata;
    private final byte[][] symbols;

    OutputRecords(final InstrumentRegistry registry, final String sourceSystem) {
        this.registry = registry;
        this.metadata = Metadata.newBuilder().setSource(Source.newBuilder().setSystem(sourceSystem)).build();
        this.symbols = new byte[registry.capacity()][];
    }

    boolean known(final OutputRecord record) {
        return registry.isValid(record.instrumentId());
    }

    TradePrint trade(final OutputRecord r) {
        final int id = r.instrumentId();
        final TradePrint.Builder trade = TradePrint.newBuilder().setInstrumentId(registry.symbol(id))
            .setPrice(decimal(r.tradePrice(), registry.priceExponent(id)))
            .setSize(decimal(r.tradeSize(), registry.sizeExponent(id)))
            .setAggressorSide(side(r.tradeSide()))
            .setEventTime(timestamp(r.eventTimeNs())).setIngestionTime(timestamp(r.ingestionTimeNs())).setMetadata(metadata);
        if (r.tradeId() != 0) {
            trade.setTradeId(Long.toUnsignedString(r.tradeId()));
        }
        return trade.build();
    }

    /** Adds a trade record to a COPY batch: the same row {@link #trade(OutputRecord)} makes, without the message. */
    void trade(final OutputRecord r, final TradeCopyBatch into) {
        final int id = r.instrumentId();
        into.add(symbol(id), r.tradePrice(), registry.priceExponent(id), r.tradeSize(), registry.sizeExponent(id),
            side(r.tradeSide()), r.eventTimeNs(), r.ingestionTimeNs(), r.tradeId());
    }

    private byte[] symbol(final int id) {
        byte[] symbol = symbols[id];
        if (symbol == null) {
            symbol = registry.symbol(id).getBytes(StandardCharsets.UTF_8);
            symbols[id] = symbol;
        }
        return symbol;
    }

    Quote quote(final OutputRecord r) {
        final int id = r.instrumentId();
        final Quote.Builder quote = Quote.newBuilder().setInstrumentId(registry.symbol(id))
            .setEventTime(timestamp(r.eventTimeNs())).setIngestionTime(timestamp(r.eventTimeNs())).setMetadata(metadata);
        if (r.bidPrice() != MarketEvent.NULL_PRICE) {
            quote.setBidPrice(decimal(r.bidPrice(), registry.priceExponent(id)))
                .setBidSize(decimal(r.bidSize(), registry.sizeExponent(id)));
        }
        if (r.askPrice() != MarketEvent.NULL_PRICE) {
            quote.setAskPrice(decimal(r.askPrice(), registry.priceExponent(id)))
                .setAskSize(decimal(r.askSize(), registry.sizeExponent(id)));
        }
        if (r.lastTradePrice() != MarketEvent.NULL_PRICE) {
            quote.setLastPrice(decimal(r.lastTradePrice(), registry.priceExponent(id)))
                .setLastSize(decimal(r.lastTradeSize(), registry.sizeExponent(id)));
        }
        return quote.build();
    }

    io.fdp.proto.market.v1.Candle candle(final OutputRecord r) {
        final int id = r.instrumentId();
        final int price = registry.priceExponent(id);
        final io.fdp.proto.market.v1.Candle.Builder candle = io.fdp.proto.market.v1.Candle.newBuilder()
            .setInstrumentId(registry.symbol(id))
            .setBucketStart(timestamp(r.bucketStartNs())).setBucketEnd(timestamp(r.bucketEndNs()))
            .setOpen(decimal(r.open(), price)).setHigh(decimal(r.high(), price)).setLow(decimal(r.low(), price))
            .setClose(decimal(r.close(), price)).setVolume(decimal(r.volume(), registry.sizeExponent(id)))
            .setTradeCount(r.tradeCount()).setVwap(decimal(r.vwap(), price))
            .setState(r.state() == Candle.STATE_REVISED ? CandleState.CANDLE_STATE_REVISED : CandleState.CANDLE_STATE_FINAL)
            .setRevision(r.revision())
            .setEventTime(timestamp(r.lastTradeNs())).setIngestionTime(timestamp(r.lastTradeNs())).setMetadata(metadata);
        switch (r.barKind()) {
            case Candle.KIND_TICK -> candle.setInterval(io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_TICK)
                .setBarSize(decimal(r.barSpec(), 0));
            case Candle.KIND_VOLUME -> candle.setInterval(io.fdp.proto.market.v1.CandleInterval.CANDLE_INTERVAL_VOLUME)
                .setBarSize(decimal(r.barSpec(), registry.sizeExponent(id)));
            default -> candle.setInterval(interval(r.barSpec()));
        }
        return candle.build();
    }

    BookSnapshot book(final OutputRecord r) {
        final int id = r.instrumentId();
        final BookSnapshot.Builder book = BookSnapshot.newBuilder().setInstrumentId(registry.symbol(id))
            .setDepth(Math.max(r.bidLevels(), r.askLevels()))
            .setEventTime(timestamp(r.eventTimeNs())).setIngestionTime(timestamp(r.eventTimeNs())).setMetadata(metadata);
        for (int i = 0; i < r.bidLevels(); i++) {
            book.addBids(level(id, r.bidPrice(i), r.bidSize(i), r.bidOrders(i)));
        }
        for (int i = 0; i < r.askLevels(); i++) {
            book.addAsks(level(id, r.askPrice(i), r.askSize(i), r.askOrders(i)));
        }
        return book.build();
    }

    private BookLevel level(final int id, final long price, final long size, final int orders) {
        return BookLevel.newBuilder().setPrice(decimal(price, registry.priceExponent(id)))
            .setSize(decimal(size, registry.sizeExponent(id))).setOrderCount(orders).build();
    }

    DataQualityEvent quality(final OutputRecord r) {
        final DataQualityEvent.Builder event = DataQualityEvent.newBuilder()
            .setKind(switch (r.qualityKind()) {
                case DataQuality.GAP -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_GAP;
                case DataQuality.CHECKSUM_FAILED -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_CHECKSUM_FAILURE;
                case DataQuality.STALE -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_STALE;
                case DataQuality.FRESH -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_FRESH;
                case DataQuality.CROSSED -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_CROSSED;
                default -> DataQualityEventKind.DATA_QUALITY_EVENT_KIND_REJECTED;
            })
            .setDetail(DataQuality.name(r.qualityKind()))
            .setEventTime(timestamp(r.eventTimeNs())).setIngestionTime(timestamp(r.eventTimeNs())).setMetadata(metadata);
        if (registry.isValid(r.instrumentId())) {
            event.setInstrumentId(registry.symbol(r.instrumentId()));
        }
        if (r.qualityKind() == DataQuality.GAP) {
            event.setExpectedSequence(r.expected()).setReceivedSequence(r.received());
        }
        return event.build();
    }
}

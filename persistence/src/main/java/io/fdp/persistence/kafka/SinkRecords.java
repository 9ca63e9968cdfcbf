package io.fdp.persistence.kafka;

import io.fdp.engine.convert.ProtoConverter;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.codec.OutputDescriptor;
import io.fdp.journal.codec.OutputRecord;
import io.fdp.proto.common.v1.Metadata;
import io.fdp.proto.common.v1.Source;
import io.fdp.proto.market.v1.BookLevel;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns journal documents into Kafka records: the canonical Protobuf message as the value, the instrument symbol as
 * the key, the document's journal index as the {@link KafkaTopics#JOURNAL_INDEX_HEADER} header.
 *
 * <p>Payloads depend on the journal only (no wall-clock field), so a document always gives the same bytes. Only the
 * output journal's trades carry an ingestion time, and no record carries the market status or the feed sequence, so
 * quotes, books, candles and data-quality events leave {@code ingestion_time} unset, and every message leaves
 * {@code market_status} and {@code sequence} unset. Single-threaded (the sink's thread).
 */
final class SinkRecords {
    private static final Logger LOG = LoggerFactory.getLogger(SinkRecords.class);
    private static final byte[] FEED_KEY = new byte[0];

    private final InstrumentRegistry registry;
    private final Path instrumentFile;
    private final ProtoConverter converter;
    private final Metadata metadata;
    private final int bookDepth;
    private final String trades;
    private final String quotes;
    private final String candles;
    private final String books;
    private final String quality;
    private final byte[][] keys;
    private final long[] candleSlots = new long[io.fdp.engine.candle.Candle.LONGS];
    private final io.fdp.engine.candle.Candle candle = new io.fdp.engine.candle.Candle();
    private long unknownInstruments;

    /**
     * Creates the converter.
     *
     * @param registry       the instruments by dense id.
     * @param instrumentFile the journal's instrument log, re-read when an id is unknown; null when the registry is
     *                       the engine's own (always complete).
     * @param config         topic names and source system.
     * @param bookDepth      the levels per side of the output journal's book records.
     */
    SinkRecords(final InstrumentRegistry registry, final Path instrumentFile, final KafkaSinkConfig config, final int bookDepth) {
        this.registry = registry;
        this.instrumentFile = instrumentFile;
        this.converter = new ProtoConverter(registry, config.sourceSystem());
        this.metadata = Metadata.newBuilder().setSource(Source.newBuilder().setSystem(config.sourceSystem())).build();
        this.bookDepth = bookDepth;
        trades = config.topic(KafkaTopics.TRADES);
        quotes = config.topic(KafkaTopics.QUOTES);
        candles = config.topic(KafkaTopics.CANDLES);
        books = config.topic(KafkaTopics.BOOKS);
        quality = config.topic(KafkaTopics.QUALITY);
        keys = new byte[registry.capacity()][];
    }

    /**
     * The market record of an output-journal record.
     *
     * @param record a decoded output record.
     * @param index  its journal index.
     * @return the record, or null for an unknown instrument or kind.
     */
    ProducerRecord<byte[], byte[]> output(final OutputRecord record, final long index) {
        final int id = record.instrumentId();
        final boolean feedWide = record.kind() == OutputDescriptor.DATA_QUALITY && id < 0;
        if (!feedWide && !known(id)) {
            return null;
        }
        return switch (record.kind()) {
            case OutputDescriptor.TRADE -> record(trades, id, trade(record).toByteArray(), index);
            case OutputDescriptor.QUOTE -> record(quotes, id, quote(record).toByteArray(), index);
            case OutputDescriptor.CANDLE -> record(candles, id, candle(record).toByteArray(), index);
            case OutputDescriptor.BOOK -> record(books, id, book(record).toByteArray(), index);
            case OutputDescriptor.DATA_QUALITY -> record(quality, id, quality(record).toByteArray(), index);
            default -> null;
        };
    }

    /**
     * The trade print of an output TRADE record: the price and aggressor as the engine's book resolved them (an
     * execution at the resting order's price included), the feed's trade id, event and ingestion times.
     */
    TradePrint trade(final OutputRecord record) {
        final int id = record.instrumentId();
        final TradePrint.Builder trade = TradePrint.newBuilder()
            .setInstrumentId(registry.symbol(id))
            .setPrice(ProtoConverter.decimal(record.tradePrice(), registry.priceExponent(id)))
            .setSize(ProtoConverter.decimal(record.tradeSize(), registry.sizeExponent(id)))
            .setAggressorSide(ProtoConverter.side(record.tradeSide()))
            .setEventTime(ProtoConverter.timestamp(record.eventTimeNs()))
            .setIngestionTime(ProtoConverter.timestamp(record.ingestionTimeNs()))
            .setMetadata(metadata);
        if (record.tradeId() != 0) {
            trade.setTradeId(Long.toUnsignedString(record.tradeId()));
        }
        return trade.build();
    }

    Quote quote(final OutputRecord record) {
        final int id = record.instrumentId();
        final int priceExponent = registry.priceExponent(id);
        final int sizeExponent = registry.sizeExponent(id);
        final Quote.Builder quote = Quote.newBuilder()
            .setInstrumentId(registry.symbol(id))
            .setEventTime(ProtoConverter.timestamp(record.eventTimeNs()))
            .setMetadata(metadata);
        if (record.bidPrice() != MarketEvent.NULL_PRICE) {
            quote.setBidPrice(ProtoConverter.decimal(record.bidPrice(), priceExponent))
                .setBidSize(ProtoConverter.decimal(record.bidSize(), sizeExponent));
        }
        if (record.askPrice() != MarketEvent.NULL_PRICE) {
            quote.setAskPrice(ProtoConverter.decimal(record.askPrice(), priceExponent))
                .setAskSize(ProtoConverter.decimal(record.askSize(), sizeExponent));
        }
        if (record.lastTradePrice() != MarketEvent.NULL_PRICE) {
            quote.setLastPrice(ProtoConverter.decimal(record.lastTradePrice(), priceExponent))
                .setLastSize(ProtoConverter.decimal(record.lastTradeSize(), sizeExponent));
        }
        return quote.build();
    }

    BookSnapshot book(final OutputRecord record) {
        final int id = record.instrumentId();
        final int priceExponent = registry.priceExponent(id);
        final int sizeExponent = registry.sizeExponent(id);
        final BookSnapshot.Builder book = BookSnapshot.newBuilder()
            .setInstrumentId(registry.symbol(id))
            .setDepth(bookDepth)
            .setEventTime(ProtoConverter.timestamp(record.eventTimeNs()))
            .setMetadata(metadata);
        for (int i = 0; i < record.bidLevels(); i++) {
            book.addBids(level(record.bidPrice(i), priceExponent, record.bidSize(i), sizeExponent, record.bidOrders(i)));
        }
        for (int i = 0; i < record.askLevels(); i++) {
            book.addAsks(level(record.askPrice(i), priceExponent, record.askSize(i), sizeExponent, record.askOrders(i)));
        }
        return book.build();
    }

    private static BookLevel level(final long price, final int priceExponent, final long size, final int sizeExponent,
        final int orders) {
        return BookLevel.newBuilder().setPrice(ProtoConverter.decimal(price, priceExponent))
            .setSize(ProtoConverter.decimal(size, sizeExponent)).setOrderCount(orders).build();
    }

    Candle candle(final OutputRecord record) {
        candleSlots[0] = record.instrumentId();
        candleSlots[1] = record.barKind();
        candleSlots[2] = record.barSpec();
        candleSlots[3] = record.bucketStartNs();
        candleSlots[4] = record.bucketEndNs();
        candleSlots[5] = record.open();
        candleSlots[6] = record.high();
        candleSlots[7] = record.low();
        candleSlots[8] = record.close();
        candleSlots[9] = record.volume();
        candleSlots[10] = record.tradeCount();
        candleSlots[11] = record.vwap();
        candleSlots[12] = record.firstTradeNs();
        candleSlots[13] = record.lastTradeNs();
        candleSlots[14] = ((long) record.state() << 32) | (record.revision() & 0xFFFF_FFFFL);
        candle.readFrom(candleSlots, 0);
        return converter.candle(candle, 0).toBuilder().clearIngestionTime().build();
    }

    DataQualityEvent quality(final OutputRecord record) {
        return converter.dataQuality(record.instrumentId(), record.qualityKind(), record.expected(), record.received(),
            record.eventTimeNs(), 0).toBuilder().clearIngestionTime().build();
    }

    private ProducerRecord<byte[], byte[]> record(final String topic, final int instrumentId, final byte[] value,
        final long index) {
        final RecordHeaders headers = new RecordHeaders();
        headers.add(KafkaTopics.JOURNAL_INDEX_HEADER, ByteBuffer.allocate(Long.BYTES).putLong(index).array());
        return new ProducerRecord<>(topic, null, null, key(instrumentId), value, headers);
    }

    private byte[] key(final int instrumentId) {
        if (instrumentId < 0) {
            return FEED_KEY;
        }
        byte[] key = keys[instrumentId];
        if (key == null) {
            key = registry.symbol(instrumentId).getBytes(StandardCharsets.UTF_8);
            keys[instrumentId] = key;
        }
        return key;
    }

    private boolean known(final int instrumentId) {
        if (registry.isValid(instrumentId)) {
            return true;
        }
        if (instrumentId >= 0 && instrumentFile != null) {
            reloadInstruments();
            if (registry.isValid(instrumentId)) {
                return true;
            }
        }
        unknownInstruments++;
        LOG.warn("Journal names unknown instrument id {}; its record is not published", instrumentId);
        return false;
    }

    /** Registers the complete lines of the instrument log beyond the registry's count; never writes the file. */
    private void reloadInstruments() {
        try {
            if (!Files.exists(instrumentFile)) {
                return;
            }
            final String text = Files.readString(instrumentFile, StandardCharsets.UTF_8);
            final List<String> lines = text.substring(0, text.lastIndexOf('\n') + 1).lines().toList();
            for (int id = registry.count(); id < lines.size(); id++) {
                final String[] fields = lines.get(id).split("\t", -1);
                if (fields.length != 5 || registry.register(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                    Long.parseLong(fields[3]), Long.parseLong(fields[4])) != id) {
                    LOG.warn("Instrument log {} line {} does not register id {}: {}", instrumentFile, id + 1, id, lines.get(id));
                    return;
                }
            }
        } catch (final IOException | RuntimeException ex) {
            LOG.warn("Cannot re-read the instrument log {}", instrumentFile, ex);
        }
    }

    /** @return records not published because their instrument id was unknown. */
    long unknownInstruments() {
        return unknownInstruments;
    }
}

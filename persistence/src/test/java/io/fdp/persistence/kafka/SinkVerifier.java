package io.fdp.persistence.kafka;

import com.google.protobuf.InvalidProtocolBufferException;
import io.fdp.engine.convert.ProtoConverter;
import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.JournalConfig;
import io.fdp.journal.JournalReader;
import io.fdp.journal.Journals;
import io.fdp.journal.codec.OutputDescriptor;
import io.fdp.journal.codec.OutputRecord;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.market.v1.BookLevel;
import io.fdp.proto.market.v1.BookSnapshot;
import io.fdp.proto.market.v1.Candle;
import io.fdp.proto.market.v1.DataQualityEvent;
import io.fdp.proto.market.v1.Quote;
import io.fdp.proto.market.v1.TradePrint;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sink must have published for a journal, and what a {@code read_committed} consumer finds: one line per
 * record ({@code fields@journalIndex}), built independently from the journal documents and from the Protobuf values.
 */
final class SinkVerifier {
    private static final int[] QUALITY_KINDS = {0, 1, 2, 3, 4, 5, 6, 6};

    private SinkVerifier() {
    }

    /** @return per market topic (unprefixed), the expected lines in journal order. */
    static Map<String, List<String>> expected(final JournalConfig config) {
        final InstrumentRegistry registry = MarketStream.registry();
        final Map<String, List<String>> lines = empty();
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.outputDir(), config.rollCycle());
             OutputTail tail = new OutputTail(queue)) {
            final OutputRecord r = new OutputRecord();
            while (tail.read(r) != OutputTail.END) {
                final String symbol = r.instrumentId() < 0 ? "" : registry.symbol(r.instrumentId());
                lines.get(topicOf(r.kind())).add(symbol + "|" + outputLine(r) + "@" + tail.lastIndex());
            }
        }
        return lines;
    }

    private static String topicOf(final int kind) {
        return switch (kind) {
            case OutputDescriptor.TRADE -> KafkaTopics.TRADES;
            case OutputDescriptor.QUOTE -> KafkaTopics.QUOTES;
            case OutputDescriptor.CANDLE -> KafkaTopics.CANDLES;
            case OutputDescriptor.BOOK -> KafkaTopics.BOOKS;
            case OutputDescriptor.DATA_QUALITY -> KafkaTopics.QUALITY;
            default -> throw new IllegalStateException("kind " + kind);
        };
    }

    private static String outputLine(final OutputRecord r) {
        return switch (r.kind()) {
            case OutputDescriptor.TRADE -> r.tradePrice() + "|" + r.tradeSize() + "|" + r.eventTimeNs() + "|" + r.tradeId();
            case OutputDescriptor.QUOTE -> pair(r.bidPrice(), r.bidSize()) + "|" + pair(r.askPrice(), r.askSize()) + "|"
                + pair(r.lastTradePrice(), r.lastTradeSize()) + "|" + r.eventTimeNs();
            case OutputDescriptor.CANDLE -> r.bucketStartNs() + "|" + r.bucketEndNs() + "|" + r.open() + "|" + r.high() + "|"
                + r.low() + "|" + r.close() + "|" + r.volume() + "|" + r.tradeCount() + "|" + r.state() + "|" + r.revision();
            case OutputDescriptor.BOOK -> expectedLevels(r) + "|" + r.eventTimeNs();
            default -> QUALITY_KINDS[r.qualityKind()] + "|" + r.eventTimeNs();
        };
    }

    private static String pair(final long price, final long size) {
        return price == MarketEvent.NULL_PRICE ? "-/-" : price + "/" + size;
    }

    private static String expectedLevels(final OutputRecord r) {
        final StringBuilder text = new StringBuilder("b");
        for (int i = 0; i < r.bidLevels(); i++) {
            text.append(' ').append(r.bidPrice(i)).append('/').append(r.bidSize(i)).append('/').append(r.bidOrders(i));
        }
        text.append(" a");
        for (int i = 0; i < r.askLevels(); i++) {
            text.append(' ').append(r.askPrice(i)).append('/').append(r.askSize(i)).append('/').append(r.askOrders(i));
        }
        return text.toString();
    }

    private static Map<String, List<String>> empty() {
        final Map<String, List<String>> lines = new TreeMap<>();
        for (final String topic : KafkaTopics.MARKET_TOPICS) {
            lines.put(topic, new ArrayList<>());
        }
        return lines;
    }

    /**
     * Reads every committed record of the market topics and checks that each key's journal indexes increase along
     * its partition.
     *
     * @return per market topic (unprefixed), the lines sorted by journal index.
     */
    static Map<String, List<String>> published(final String bootstrapServers, final String prefix) throws Exception {
        final Map<String, List<String>> lines = empty();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
            for (final String topic : KafkaTopics.MARKET_TOPICS) {
                final List<ConsumerRecord<byte[], byte[]>> records = readAll(consumer, prefix + topic);
                final Map<String, Long> lastIndexByKey = new HashMap<>();
                final List<long[]> sorted = new ArrayList<>();
                final List<String> texts = new ArrayList<>();
                for (final ConsumerRecord<byte[], byte[]> record : records) {
                    final long index = index(record);
                    final String key = record.partition() + "/" + new String(record.key(), StandardCharsets.UTF_8);
                    final Long previous = lastIndexByKey.put(key, index);
                    assertThat(previous == null || previous < index).as("%s order of %s at %d", topic, key, index).isTrue();
                    sorted.add(new long[] {index, texts.size()});
                    texts.add(line(topic, record.value()) + "@" + index);
                }
                sorted.sort(Comparator.comparingLong(pair -> pair[0]));
                for (final long[] pair : sorted) {
                    lines.get(topic).add(texts.get((int) pair[1]));
                }
            }
        }
        return lines;
    }

    static KafkaConsumer<byte[], byte[]> consumer(final String bootstrapServers) {
        final Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    static List<ConsumerRecord<byte[], byte[]>> readAll(final KafkaConsumer<byte[], byte[]> consumer, final String topic) {
        final List<TopicPartition> partitions = new ArrayList<>();
        for (final PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            assertThat(System.nanoTime()).as("reading %s", topic).isLessThan(deadline);
        }
        return records;
    }

    static long index(final ConsumerRecord<byte[], byte[]> record) {
        final Header header = record.headers().lastHeader(KafkaTopics.JOURNAL_INDEX_HEADER);
        assertThat(header).as("journal index header").isNotNull();
        return ByteBuffer.wrap(header.value()).getLong();
    }

    private static String line(final String topic, final byte[] value) throws InvalidProtocolBufferException {
        return switch (topic) {
            case KafkaTopics.TRADES -> {
                final TradePrint t = TradePrint.parseFrom(value);
                final long tradeId = t.getTradeId().isEmpty() ? 0 : Long.parseUnsignedLong(t.getTradeId());
                yield t.getInstrumentId() + "|" + t.getPrice().getMantissa() + "|" + t.getSize().getMantissa() + "|"
                    + ProtoConverter.epochNs(t.getEventTime()) + "|" + tradeId;
            }
            case KafkaTopics.QUOTES -> {
                final Quote q = Quote.parseFrom(value);
                yield q.getInstrumentId() + "|" + pair(q.hasBidPrice(), q.getBidPrice(), q.getBidSize()) + "|"
                    + pair(q.hasAskPrice(), q.getAskPrice(), q.getAskSize()) + "|"
                    + pair(q.hasLastPrice(), q.getLastPrice(), q.getLastSize()) + "|" + ProtoConverter.epochNs(q.getEventTime());
            }
            case KafkaTopics.CANDLES -> {
                final Candle c = Candle.parseFrom(value);
                yield c.getInstrumentId() + "|" + ProtoConverter.epochNs(c.getBucketStart()) + "|"
                    + ProtoConverter.epochNs(c.getBucketEnd()) + "|" + c.getOpen().getMantissa() + "|" + c.getHigh().getMantissa() + "|"
                    + c.getLow().getMantissa() + "|"
                    + c.getClose().getMantissa() + "|" + c.getVolume().getMantissa() + "|" + c.getTradeCount() + "|"
                    + (c.getStateValue() - 1) + "|" + c.getRevision();
            }
            case KafkaTopics.BOOKS -> {
                final BookSnapshot b = BookSnapshot.parseFrom(value);
                yield b.getInstrumentId() + "|" + levels(b) + "|" + ProtoConverter.epochNs(b.getEventTime());
            }
            default -> {
                final DataQualityEvent d = DataQualityEvent.parseFrom(value);
                yield d.getInstrumentId() + "|" + d.getKindValue() + "|" + ProtoConverter.epochNs(d.getEventTime());
            }
        };
    }

    private static String pair(final boolean present, final Decimal price, final Decimal size) {
        return present ? price.getMantissa() + "/" + size.getMantissa() : "-/-";
    }

    private static String levels(final BookSnapshot b) {
        final StringBuilder text = new StringBuilder("b");
        for (final BookLevel level : b.getBidsList()) {
            text.append(' ').append(level.getPrice().getMantissa()).append('/').append(level.getSize().getMantissa()).append('/')
                .append(level.getOrderCount());
        }
        text.append(" a");
        for (final BookLevel level : b.getAsksList()) {
            text.append(' ').append(level.getPrice().getMantissa()).append('/').append(level.getSize().getMantissa()).append('/')
                .append(level.getOrderCount());
        }
        return text.toString();
    }

    /** Asserts that the topics hold exactly the journal's records, each once. */
    static void assertExactlyOnce(final String bootstrapServers, final String prefix, final JournalConfig config) throws Exception {
        final Map<String, List<String>> expected = expected(config);
        final Map<String, List<String>> published = published(bootstrapServers, prefix);
        for (final String topic : KafkaTopics.MARKET_TOPICS) {
            assertThat(expected.get(topic)).as("journal records for %s", topic).isNotEmpty();
            assertThat(published.get(topic)).as("committed records of %s", topic).containsExactlyElementsOf(expected.get(topic));
        }
    }

    /**
     * @return input events that print a trade at a price they carry themselves (executions at the resting order's
     *     price are not among them: only the engine's book knows that price).
     */
    static int inputTradesWithTheirOwnPrice(final JournalConfig config) {
        int trades = 0;
        try (SingleChronicleQueue queue = Journals.openReadOnly(config.inputDir(), config.rollCycle());
             JournalReader reader = new JournalReader(queue)) {
            final MarketEvent e = new MarketEvent();
            while (reader.read(e) == JournalReader.READ) {
                final boolean print = e.type() == EventType.TRADE || e.type() == EventType.ORDER_EXECUTE_HIDDEN
                    || e.type() == EventType.ORDER_EXECUTE;
                if (print && e.price() != MarketEvent.NULL_PRICE && e.size() > 0) {
                    trades++;
                }
            }
        }
        return trades;
    }

    /** @return how many market records the journal yields. */
    static int expectedCount(final JournalConfig config) {
        return expected(config).values().stream().mapToInt(List::size).sum();
    }
}

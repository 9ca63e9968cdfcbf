package io.fdp.persistence.kafka;

import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.codec.JournalCodec;
import io.fdp.journal.codec.JournalDescriptor;
import net.openhft.chronicle.bytes.Bytes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Publishes raw engine events to a feed topic for {@link KafkaFeed}: the producer side of sharing a feed between
 * engine instances.
 *
 * <p>An instrument's event is keyed by its symbol (so the default partitioner keeps an instrument in one partition, in
 * order) and carries the {@link FeedHeaders} instrument header. A market-wide event (instrument id &lt; 0: a heartbeat,
 * a market-wide status) is copied to every partition with a broadcast number, so that every instance sees it at the
 * right place among its instruments' events. Idempotent producer, {@code acks=all}, lz4, 5 ms linger. One publisher
 * per topic (broadcast numbers must increase in every partition); not thread-safe.
 */
public final class KafkaEventPublisher implements AutoCloseable {
    private static final byte[] MARKET_KEY = new byte[0];

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final InstrumentRegistry registry;
    private final Bytes<?> buffer = Bytes.allocateElasticOnHeap(JournalDescriptor.MAX_LENGTH);
    private final byte[][] keys;
    private final RecordHeaders[] headers;
    private int partitions;
    private long lastBroadcast;
    private long published;

    /**
     * Creates a publisher.
     *
     * @param bootstrapServers the brokers.
     * @param topic            the feed topic (it must exist).
     * @param registry         the instruments of the events.
     * @param overrides        producer properties replacing the defaults (may be empty).
     */
    public KafkaEventPublisher(final String bootstrapServers, final String topic, final InstrumentRegistry registry,
        final Map<String, Object> overrides) {
        final Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.putAll(overrides);
        this.producer = new KafkaProducer<>(config);
        this.topic = topic;
        this.registry = registry;
        this.keys = new byte[registry.capacity()][];
        this.headers = new RecordHeaders[registry.capacity()];
    }

    /**
     * Sends one event (asynchronously; {@link #flush()} waits for every send).
     *
     * @param event the event; its input fields are encoded as the journal does.
     * @throws IllegalArgumentException when its instrument is not registered.
     */
    public void publish(final MarketEvent event) {
        final int id = event.instrumentId();
        final byte[] value = encode(event);
        if (id < 0) {
            broadcast(value);
            return;
        }
        if (!registry.isValid(id)) {
            throw new IllegalArgumentException("instrument " + id + " is not registered");
        }
        if (keys[id] == null) {
            keys[id] = registry.symbol(id).getBytes(StandardCharsets.UTF_8);
            headers[id] = new RecordHeaders(new Header[] {new RecordHeader(KafkaTopics.INSTRUMENT_HEADER, FeedHeaders.instrument(
                registry.priceExponent(id), registry.sizeExponent(id), registry.tickSize(id), registry.lotSize(id)))});
        }
        producer.send(new ProducerRecord<>(topic, null, null, keys[id], value, headers[id]));
        published++;
    }

    private void broadcast(final byte[] value) {
        if (partitions == 0) {
            partitions = producer.partitionsFor(topic).size();
        }
        // Increasing across restarts of the publisher too: consumers compare numbers, never reset them.
        lastBroadcast = Math.max(lastBroadcast + 1, System.currentTimeMillis() * 1_000);
        final RecordHeaders broadcast = new RecordHeaders(new Header[] {
            new RecordHeader(KafkaTopics.BROADCAST_HEADER, FeedHeaders.broadcast(lastBroadcast))});
        for (int partition = 0; partition < partitions; partition++) {
            producer.send(new ProducerRecord<>(topic, partition, null, MARKET_KEY, value, broadcast));
        }
        published++;
    }

    private byte[] encode(final MarketEvent event) {
        buffer.clear();
        final int length = JournalCodec.encode(event, buffer);
        final byte[] value = new byte[length];
        buffer.read(value);
        return value;
    }

    /** Waits until every event sent so far is acknowledged. */
    public void flush() {
        producer.flush();
    }

    /** @return events published (a broadcast counts once). */
    public long published() {
        return published;
    }

    @Override
    public void close() {
        producer.close();
    }
}

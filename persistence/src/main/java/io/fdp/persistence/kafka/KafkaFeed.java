package io.fdp.persistence.kafka;

import io.fdp.engine.event.EventType;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.event.MarketEventPublisher;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.codec.JournalCodec;
import io.fdp.journal.codec.JournalDescriptor;
import net.openhft.chronicle.bytes.Bytes;
import org.agrona.collections.IntHashSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Feeds an engine ring from a topic of raw engine events ({@link KafkaEventPublisher}'s format, see
 * {@link FeedHeaders}), as one member of a consumer group: several engine instances in one group each own a share
 * of the partitions, hence of the instruments.
 *
 * <p><b>Instruments.</b> A record names its instrument by its key (the symbol); an unknown symbol is registered from
 * the record's {@code fdp-instrument} header, so each instance has its own dense ids. A symbol already registered
 * with other scales is refused (its records are counted in {@link #rejected()}).
 *
 * <p><b>State follows partitions.</b> Book and candle state is built from an instrument's whole history, so the
 * feed positions each partition itself rather than from committed offsets: a partition it has never owned is read
 * from the beginning (the topic must retain the session), and one it owned before is read from where this instance
 * stopped, which is exactly where its books for those instruments stand. Revoked partitions' instruments keep their
 * last state (ask {@link #ownedPartitions()} which are live). Offsets are still committed, for lag monitoring.
 * Cooperative sticky assignment keeps partitions in place when members come and go.
 *
 * <p><b>Market-wide events</b> (heartbeats that close candles, market-wide statuses) arrive once per partition.
 * The feed applies one once, when every partition it owns has reached it (a partition that gets there first is
 * paused), so every instrument sees it at the same place among its own events as a single engine fed the whole
 * stream would. A copy met again by a partition still catching up is applied to that partition's instruments only.
 *
 * <p>Runs on its own thread, which owns the publisher (make it with {@code Engine.newPublisher()} for this feed).
 */
public final class KafkaFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaFeed.class);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final long COMMIT_INTERVAL_NS = TimeUnit.SECONDS.toNanos(1);
    private static final long NONE = -1;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final InstrumentRegistry registry;
    private final MarketEventPublisher publisher;
    private final Thread thread;
    private final Map<Integer, Lane> lanes = new HashMap<>();
    private final MarketEvent event = new MarketEvent();
    private final MarketEvent copy = new MarketEvent();
    private final Bytes<?> buffer = Bytes.allocateElasticOnHeap(JournalDescriptor.MAX_LENGTH);
    private final byte[] checked;
    private long appliedBroadcast = NONE;
    private long committedAtNs;
    private volatile boolean running;
    private volatile long applied;
    private volatile long rejected;
    private volatile Map<Integer, Long> positions = Map.of();

    /** One partition: its unapplied records and where the engine stands in it. */
    private static final class Lane {
        final TopicPartition partition;
        final ArrayDeque<ConsumerRecord<byte[], byte[]>> pending = new ArrayDeque<>();
        final IntHashSet instruments = new IntHashSet();
        long nextOffset = NONE;
        long waitingAt = NONE;
        long passed = NONE;
        boolean owned;

        Lane(final TopicPartition partition) {
            this.partition = partition;
        }
    }

    /**
     * Creates a stopped feed.
     *
     * @param bootstrapServers the brokers.
     * @param topic            the feed topic.
     * @param groupId          the consumer group shared by the engine instances.
     * @param registry         this instance's instruments.
     * @param publisher        this instance's publisher onto its ring, used only by the feed's thread.
     * @param overrides        consumer properties replacing the defaults (may be empty).
     */
    public KafkaFeed(final String bootstrapServers, final String topic, final String groupId, final InstrumentRegistry registry,
        final MarketEventPublisher publisher, final Map<String, Object> overrides) {
        final Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.putAll(overrides);
        this.consumer = new KafkaConsumer<>(config);
        this.topic = topic;
        this.registry = registry;
        this.publisher = publisher;
        this.checked = new byte[registry.capacity()];
        this.thread = new Thread(this::run, "fdp-kafka-feed-" + groupId);
        thread.setDaemon(true);
    }

    /** Joins the group and starts feeding, on the feed's thread. */
    public synchronized void start() {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("already started");
        }
        running = true;
        thread.start();
    }

    /** Leaves the group (its partitions move to the other members) and stops the thread. */
    @Override
    public void close() {
        synchronized (this) {
            if (thread.getState() == Thread.State.NEW) {
                consumer.close();
                return;
            }
        }
        running = false;
        consumer.wakeup();
        try {
            thread.join(30_000);
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new Rebalance());
            while (running) {
                final ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                for (final TopicPartition partition : records.partitions()) {
                    lane(partition).pending.addAll(records.records(partition));
                }
                drain();
                commitIfDue(false);
            }
            commitIfDue(true);
        } catch (final WakeupException ex) {
            if (running) {
                LOG.error("Kafka feed on {} woken up while running", topic, ex);
            }
        } catch (final RuntimeException ex) {
            LOG.error("Kafka feed on {} stops", topic, ex);
        } finally {
            running = false;
            consumer.close();
        }
    }

    private void drain() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (final Lane lane : lanes.values()) {
                if (lane.owned && lane.waitingAt == NONE) {
                    progress |= advance(lane);
                }
            }
            progress |= releaseBroadcast();
        }
        publishPositions();
    }

    private boolean advance(final Lane lane) {
        boolean moved = false;
        while (!lane.pending.isEmpty()) {
            final ConsumerRecord<byte[], byte[]> record = lane.pending.peekFirst();
            final long broadcast = broadcastNumber(record);
            if (broadcast != NONE && broadcast > appliedBroadcast) {
                lane.waitingAt = broadcast;
                consumer.pause(List.of(lane.partition));
                return moved;
            }
            if (broadcast != NONE) {
                applyLate(record, lane);
                lane.passed = broadcast;
            } else {
                apply(record, lane);
            }
            lane.pending.pollFirst();
            lane.nextOffset = record.offset() + 1;
            moved = true;
        }
        return moved;
    }

    private boolean releaseBroadcast() {
        long next = Long.MAX_VALUE;
        for (final Lane lane : lanes.values()) {
            if (lane.owned && lane.waitingAt != NONE) {
                next = Math.min(next, lane.waitingAt);
            }
        }
        if (next == Long.MAX_VALUE) {
            return false;
        }
        for (final Lane lane : lanes.values()) {
            if (lane.owned && lane.waitingAt < next && lane.passed < next) {
                return false;
            }
        }
        boolean published = false;
        for (final Lane lane : lanes.values()) {
            if (lane.owned && lane.waitingAt == next) {
                final ConsumerRecord<byte[], byte[]> record = lane.pending.pollFirst();
                if (!published && decode(record)) {
                    publish(event);
                    published = true;
                }
                lane.nextOffset = record.offset() + 1;
                lane.passed = next;
                lane.waitingAt = NONE;
                consumer.resume(List.of(lane.partition));
            }
        }
        appliedBroadcast = next;
        return true;
    }

    private void apply(final ConsumerRecord<byte[], byte[]> record, final Lane lane) {
        if (!decode(record)) {
            return;
        }
        if (record.key() == null || record.key().length == 0) {
            publish(event);
            return;
        }
        final int id = resolve(new String(record.key(), StandardCharsets.UTF_8),
            record.headers().lastHeader(KafkaTopics.INSTRUMENT_HEADER));
        if (id < 0) {
            rejected++;
            return;
        }
        lane.instruments.add(id);
        publish(event.instrumentId(id));
    }

    /** A market-wide event this instance already applied, met again by a partition that is catching up. */
    private void applyLate(final ConsumerRecord<byte[], byte[]> record, final Lane lane) {
        if (!decode(record)) {
            return;
        }
        if (event.type() != EventType.MARKET_STATUS) {
            // Candles close on the latest time seen: an older heartbeat only reaches the instruments behind it.
            publish(event);
            return;
        }
        final IntHashSet.IntIterator ids = lane.instruments.iterator();
        while (ids.hasNext()) {
            copy.copyFrom(event);
            publish(copy.instrumentId(ids.nextValue()));
        }
    }

    private boolean decode(final ConsumerRecord<byte[], byte[]> record) {
        buffer.clear();
        buffer.write(record.value());
        if (JournalCodec.decode(buffer, event) < 0) {
            rejected++;
            LOG.warn("Record {} of {} is not an engine event of layout version {}", record.offset(), record.topic(),
                JournalDescriptor.VERSION);
            return false;
        }
        return true;
    }

    private void publish(final MarketEvent toPublish) {
        publisher.publish(toPublish);
        applied++;
    }

    private int resolve(final String symbol, final Header instrument) {
        int id = registry.id(symbol);
        if (id == InstrumentRegistry.NOT_FOUND) {
            if (instrument == null || instrument.value().length != FeedHeaders.INSTRUMENT_LENGTH) {
                LOG.warn("Record of unknown instrument {} has no instrument header", symbol);
                return -1;
            }
            final byte[] value = instrument.value();
            id = registry.register(symbol, FeedHeaders.priceExponent(value), FeedHeaders.sizeExponent(value),
                FeedHeaders.tickSize(value), FeedHeaders.lotSize(value));
            if (id == InstrumentRegistry.NOT_FOUND) {
                LOG.warn("Instrument registry full: {} is not fed", symbol);
                return -1;
            }
        }
        if (checked[id] == 0) {
            checked[id] = sameScales(id, instrument) ? (byte) 1 : (byte) -1;
            if (checked[id] < 0) {
                LOG.error("Instrument {} is registered here with other scales than the feed's: its events are refused", symbol);
            }
        }
        return checked[id] > 0 ? id : -1;
    }

    private boolean sameScales(final int id, final Header instrument) {
        if (instrument == null || instrument.value().length != FeedHeaders.INSTRUMENT_LENGTH) {
            return true;
        }
        final byte[] value = instrument.value();
        return registry.priceExponent(id) == FeedHeaders.priceExponent(value)
            && registry.sizeExponent(id) == FeedHeaders.sizeExponent(value);
    }

    private static long broadcastNumber(final ConsumerRecord<byte[], byte[]> record) {
        final Header header = record.headers().lastHeader(KafkaTopics.BROADCAST_HEADER);
        return header == null || header.value().length != FeedHeaders.BROADCAST_LENGTH ? NONE : FeedHeaders.broadcast(header.value());
    }

    private Lane lane(final TopicPartition partition) {
        return lanes.computeIfAbsent(partition.partition(), p -> new Lane(partition));
    }

    private Map<TopicPartition, OffsetAndMetadata> offsets(final Collection<TopicPartition> partitions) {
        final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (final TopicPartition partition : partitions) {
            final Lane lane = lanes.get(partition.partition());
            if (lane != null && lane.nextOffset != NONE) {
                offsets.put(partition, new OffsetAndMetadata(lane.nextOffset));
            }
        }
        return offsets;
    }

    private void commitIfDue(final boolean now) {
        final long time = System.nanoTime();
        if (!now && time - committedAtNs < COMMIT_INTERVAL_NS) {
            return;
        }
        committedAtNs = time;
        final Map<TopicPartition, OffsetAndMetadata> offsets = offsets(consumer.assignment());
        if (offsets.isEmpty()) {
            return;
        }
        if (now) {
            consumer.commitSync(offsets);
        } else {
            consumer.commitAsync(offsets, (committed, ex) -> {
                if (ex != null) {
                    LOG.debug("Offset commit failed (monitoring only)", ex);
                }
            });
        }
    }

    private void publishPositions() {
        final Map<Integer, Long> snapshot = new TreeMap<>();
        for (final Lane lane : lanes.values()) {
            if (lane.owned) {
                snapshot.put(lane.partition.partition(), lane.nextOffset == NONE ? 0 : lane.nextOffset);
            }
        }
        if (!snapshot.equals(positions)) {
            positions = Map.copyOf(snapshot);
        }
    }

    /** Reacts to partitions moving between the group's members (on the feed's thread, inside poll). */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(final Collection<TopicPartition> partitions) {
            try {
                consumer.commitSync(offsets(partitions));
            } catch (final RuntimeException ex) {
                LOG.debug("Offset commit on revocation failed (monitoring only)", ex);
            }
            drop(partitions);
        }

        @Override
        public void onPartitionsLost(final Collection<TopicPartition> partitions) {
            drop(partitions);
        }

        @Override
        public void onPartitionsAssigned(final Collection<TopicPartition> partitions) {
            for (final TopicPartition partition : partitions) {
                final Lane lane = lane(partition);
                lane.owned = true;
                lane.pending.clear();
                lane.waitingAt = NONE;
                if (lane.nextOffset == NONE) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, lane.nextOffset);
                }
            }
            LOG.info("Kafka feed on {} owns partitions {}", topic, ownedPartitionsNow());
            publishPositions();
        }

        private void drop(final Collection<TopicPartition> partitions) {
            for (final TopicPartition partition : partitions) {
                final Lane lane = lane(partition);
                lane.owned = false;
                lane.pending.clear();
                lane.waitingAt = NONE;
            }
            publishPositions();
        }
    }

    private Set<Integer> ownedPartitionsNow() {
        final Set<Integer> owned = new java.util.TreeSet<>();
        for (final Lane lane : lanes.values()) {
            if (lane.owned) {
                owned.add(lane.partition.partition());
            }
        }
        return owned;
    }

    /** @return the partitions this instance owns, whose instruments it keeps live (any thread). */
    public Set<Integer> ownedPartitions() {
        return positions.keySet();
    }

    /** @return per owned partition, the offset of the first record the engine has not received (any thread). */
    public Map<Integer, Long> positions() {
        return positions;
    }

    /** @return events put on the ring (any thread). */
    public long applied() {
        return applied;
    }

    /** @return records refused: undecodable, unknown or mis-scaled instrument, full registry (any thread). */
    public long rejected() {
        return rejected;
    }

    /** @return whether the feed's thread runs. */
    public boolean isRunning() {
        return running;
    }
}

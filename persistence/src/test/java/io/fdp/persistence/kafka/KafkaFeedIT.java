package io.fdp.persistence.kafka;

import io.fdp.engine.candle.Candle;
import io.fdp.engine.event.MarketEvent;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.engine.pipeline.Engine;
import io.fdp.engine.state.EngineOutput;
import io.fdp.engine.view.BookSnapshot;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(180)
class KafkaFeedIT {
    private static final String TOPIC = "feed." + KafkaTopics.ENGINE_EVENTS;
    private static final int PARTITIONS = 4;
    private static final int EVENTS = 20_000;
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Small batches and fetches interleave the partitions finely, as a live feed does: market-wide events then matter. */
    private static final Map<String, Object> SMALL_FETCHES = Map.of(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2_048);

    @TempDir
    static Path brokerDir;
    private static InProcessKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        KafkaTestLogging.quiet();
        broker = InProcessKafkaBroker.start(brokerDir);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    /** One engine and what it derives, by symbol (dense ids differ between engines). */
    private static final class Instance implements AutoCloseable {
        final InstrumentRegistry registry;
        final Engine engine;
        final Map<String, List<String>> candles = new ConcurrentHashMap<>();

        Instance(final InstrumentRegistry registry) {
            this.registry = registry;
            engine = new Engine(MarketStream.engineConfig(), registry);
            engine.setOutput(new EngineOutput() {
                @Override
                public void onCandle(final Candle candle) {
                    candles.computeIfAbsent(registry.symbol(candle.instrumentId()), s -> new ArrayList<>()).add(describe(candle));
                }
            });
            engine.start();
        }

        String book(final String symbol) {
            final BookSnapshot view = new BookSnapshot(MarketStream.engineConfig().viewDepth());
            assertThat(engine.views().read(registry.id(symbol), view)).as("view of %s", symbol).isTrue();
            return "bids " + view.bidLevels() + Arrays.toString(Arrays.copyOf(view.bidPrices, view.bidLevels()))
                + Arrays.toString(Arrays.copyOf(view.bidSizes, view.bidLevels()))
                + " asks " + view.askLevels() + Arrays.toString(Arrays.copyOf(view.askPrices, view.askLevels()))
                + Arrays.toString(Arrays.copyOf(view.askSizes, view.askLevels()))
                + " last " + view.lastTradePrice() + "/" + view.lastTradeSize() + " status " + view.marketStatus()
                + " stale " + view.stale() + " crossed " + view.crossed() + " at " + view.eventTimeNs();
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    private static String describe(final Candle c) {
        return c.barKind() + "/" + c.barSpec() + " " + c.bucketStartNs() + ".." + c.bucketEndNs() + " o" + c.open() + " h" + c.high()
            + " l" + c.low() + " c" + c.close() + " v" + c.volume() + " n" + c.tradeCount() + " s" + c.state() + " r" + c.revision();
    }

    @Test
    void twoEnginesInOneGroupSplitTheInstrumentsAndEachBuildsTheirStateAsOneEngineWould() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            KafkaTopics.create(admin, List.of(TOPIC), PARTITIONS, 1, Map.of(), 30_000);
        }
        try (Instance reference = new Instance(MarketStream.registry());
             Instance first = new Instance(new InstrumentRegistry(16));
             Instance second = new Instance(new InstrumentRegistry(16))) {
            fill(reference);
            final KafkaFeed feedA = new KafkaFeed(broker.bootstrapServers(), TOPIC, "engines", first.registry,
                first.engine.newPublisher(), SMALL_FETCHES);
            final KafkaFeed feedB = new KafkaFeed(broker.bootstrapServers(), TOPIC, "engines", second.registry,
                second.engine.newPublisher(), SMALL_FETCHES);
            try (feedA; feedB) {
                feedA.start();
                feedB.start();
                final Map<Integer, Long> end = endOffsets();
                Await.until("the group to split and read every partition to its end", WAIT, () -> {
                    final Map<Integer, Long> positions = new HashMap<>(feedA.positions());
                    final boolean disjoint = feedB.positions().keySet().stream().noneMatch(positions::containsKey);
                    positions.putAll(feedB.positions());
                    return disjoint && !feedA.positions().isEmpty() && !feedB.positions().isEmpty() && positions.equals(end);
                }, () -> "A " + feedA.positions() + " B " + feedB.positions() + " end " + end);
                reference.engine.drain();
                first.engine.drain();
                second.engine.drain();
                final Set<String> ownedByA = symbolsOf(feedA.ownedPartitions());
                final Set<String> ownedByB = symbolsOf(feedB.ownedPartitions());
                assertThat(ownedByA).as("A's instruments").isNotEmpty();
                assertThat(ownedByB).as("B's instruments").isNotEmpty();
                assertSameState(reference, first, ownedByA);
                assertSameState(reference, second, ownedByB);
                assertThat(feedA.rejected() + feedB.rejected()).isZero();
            }
        }
    }

    private static void fill(final Instance reference) {
        final MarketStream stream = new MarketStream(11);
        final MarketEvent event = new MarketEvent();
        final var direct = reference.engine.newPublisher();
        try (KafkaEventPublisher publisher = new KafkaEventPublisher(broker.bootstrapServers(), TOPIC, reference.registry,
            Map.of(ProducerConfig.BATCH_SIZE_CONFIG, 2_048))) {
            for (int i = 0; i < EVENTS; i++) {
                stream.next(event);
                publisher.publish(event);
                direct.publish(event);
            }
            publisher.flush();
        }
    }

    private static Map<Integer, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = SinkVerifier.consumer(broker.bootstrapServers())) {
            final List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(TOPIC, p));
            }
            final Map<Integer, Long> end = new HashMap<>();
            consumer.endOffsets(partitions).forEach((partition, offset) -> end.put(partition.partition(), offset));
            return end;
        }
    }

    private static Set<String> symbolsOf(final Set<Integer> partitions) {
        final Set<String> symbols = new HashSet<>();
        for (final String symbol : MarketStream.SYMBOLS) {
            final int partition = Utils.toPositive(Utils.murmur2(symbol.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
            if (partitions.contains(partition)) {
                symbols.add(symbol);
            }
        }
        return symbols;
    }

    private static void assertSameState(final Instance reference, final Instance instance, final Set<String> symbols) {
        int candles = 0;
        for (final String symbol : symbols) {
            assertThat(instance.book(symbol)).as("book of %s", symbol).isEqualTo(reference.book(symbol));
            final List<String> expected = reference.candles.getOrDefault(symbol, List.of());
            assertThat(instance.candles.getOrDefault(symbol, List.of())).as("candles of %s", symbol)
                .containsExactlyElementsOf(expected);
            candles += expected.size();
        }
        assertThat(candles).as("candles compared").isPositive();
    }
}

package io.fdp.persistence.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Names of fdp's Kafka topics and record headers, and their creation.
 *
 * <p>Topic names carry the Protobuf package version of their payload ({@code fdp.market.v1.*}): a breaking schema
 * change gets new topics, and consumers of v1 keep working. Every record of the market topics is keyed by the
 * UTF-8 instrument symbol (the message's {@code instrument_id}; empty for feed-wide data-quality events), so all the
 * records of one instrument are in one partition, in journal order.
 */
public final class KafkaTopics {
    /** {@code fdp.market.v1.TradePrint} payloads. */
    public static final String TRADES = "fdp.market.v1.trades";
    /** {@code fdp.market.v1.Quote} payloads (L1 changes). */
    public static final String QUOTES = "fdp.market.v1.quotes";
    /** {@code fdp.market.v1.Candle} payloads (closed and revised candles and bars). */
    public static final String CANDLES = "fdp.market.v1.candles";
    /** {@code fdp.market.v1.BookSnapshot} payloads (periodic top-of-book levels). */
    public static final String BOOKS = "fdp.market.v1.books";
    /** {@code fdp.market.v1.DataQualityEvent} payloads. */
    public static final String QUALITY = "fdp.market.v1.quality";
    /** Every market topic the sink writes. */
    public static final List<String> MARKET_TOPICS = List.of(TRADES, QUOTES, CANDLES, BOOKS, QUALITY);
    /** Prefix of a sink's checkpoint topic; the sink id follows. */
    public static final String CHECKPOINT_PREFIX = "fdp.sink.v1.checkpoint.";
    /** Default topic of raw engine events (journal layout) read by {@link KafkaFeed}. */
    public static final String ENGINE_EVENTS = "fdp.engine.v1.events";

    /** Header of every sink record: the index of its source document in its journal, 8 bytes big-endian. */
    public static final String JOURNAL_INDEX_HEADER = "fdp-journal-index";
    /** Header of an instrument's raw event: its registry entry, see {@link FeedHeaders}. */
    public static final String INSTRUMENT_HEADER = "fdp-instrument";
    /** Header of a market-wide raw event copied to every partition: its broadcast number, 8 bytes big-endian. */
    public static final String BROADCAST_HEADER = "fdp-broadcast";

    private KafkaTopics() {
    }

    /**
     * Creates topics that do not exist yet (existing ones are left as they are).
     *
     * @param admin             the admin client.
     * @param names             topic names.
     * @param partitions        partitions of each, or -1 for the broker's default.
     * @param replicationFactor replicas of each, or -1 for the broker's default.
     * @param configs           topic configs (for example {@code cleanup.policy}).
     * @param timeoutMs         how long to wait.
     * @throws IllegalStateException when the broker refuses or does not answer in time.
     */
    public static void create(final Admin admin, final Collection<String> names, final int partitions,
        final int replicationFactor, final Map<String, String> configs, final long timeoutMs) {
        final List<NewTopic> topics = new ArrayList<>();
        for (final String name : names) {
            topics.add(new NewTopic(name, partitions > 0 ? Optional.of(partitions) : Optional.empty(),
                replicationFactor > 0 ? Optional.of((short) replicationFactor) : Optional.empty()).configs(configs));
        }
        try {
            admin.createTopics(topics).values().forEach((name, future) -> awaitCreated(name, future, timeoutMs));
        } catch (final RuntimeException ex) {
            throw new IllegalStateException("cannot create topics " + names, ex);
        }
    }

    private static void awaitCreated(final String name, final org.apache.kafka.common.KafkaFuture<Void> future,
        final long timeoutMs) {
        try {
            future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (final ExecutionException ex) {
            if (!(ex.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name, ex.getCause());
            }
        } catch (final TimeoutException ex) {
            throw new IllegalStateException("creating topic " + name + " timed out", ex);
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, ex);
        }
    }
}

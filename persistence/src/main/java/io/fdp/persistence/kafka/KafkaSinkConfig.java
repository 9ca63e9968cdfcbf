package io.fdp.persistence.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings of a {@link KafkaSink}, with defaults from system properties.
 *
 * <p>Not thread-safe: configure, then hand over to the sink.
 */
public final class KafkaSinkConfig {
    /** Property: the Kafka bootstrap servers. */
    public static final String BOOTSTRAP_SERVERS_PROP_NAME = "fdp.kafka.bootstrap.servers";
    /** Default bootstrap servers. */
    public static final String BOOTSTRAP_SERVERS_DEFAULT = "127.0.0.1:9092";
    /** Property: the sink's stable name; its transactional id and checkpoint topic derive from it. */
    public static final String SINK_ID_PROP_NAME = "fdp.kafka.sink.id";
    /** Default sink name. */
    public static final String SINK_ID_DEFAULT = "fdp";
    /** Property: a prefix put before every topic name (an environment, for example {@code test.}). */
    public static final String TOPIC_PREFIX_PROP_NAME = "fdp.kafka.topic.prefix";
    /** Default topic prefix: none. */
    public static final String TOPIC_PREFIX_DEFAULT = "";
    /** Property: commit the transaction after this many records. */
    public static final String COMMIT_RECORDS_PROP_NAME = "fdp.kafka.sink.commit.records";
    /** Default records per transaction. */
    public static final int COMMIT_RECORDS_DEFAULT = 50_000;
    /** Property: commit the transaction at least this often (ISO-8601). */
    public static final String COMMIT_INTERVAL_PROP_NAME = "fdp.kafka.sink.commit.interval";
    /** Default commit interval. */
    public static final String COMMIT_INTERVAL_DEFAULT = "PT0.1S";
    /** Property: partitions of the market topics the sink creates (-1: the broker's default). */
    public static final String PARTITIONS_PROP_NAME = "fdp.kafka.topic.partitions";
    /** Default partitions. */
    public static final int PARTITIONS_DEFAULT = -1;
    /** Property: replication factor of the topics the sink creates (-1: the broker's default). */
    public static final String REPLICATION_PROP_NAME = "fdp.kafka.topic.replication";
    /** Default replication factor. */
    public static final int REPLICATION_DEFAULT = -1;
    /** Property: the producer's compression codec ({@code lz4}, {@code zstd}, ...). */
    public static final String COMPRESSION_PROP_NAME = "fdp.kafka.compression";
    /** Default compression. */
    public static final String COMPRESSION_DEFAULT = "lz4";
    /** Property: how long the producer waits to fill a batch, in ms. */
    public static final String LINGER_MS_PROP_NAME = "fdp.kafka.linger.ms";
    /** Default linger. */
    public static final int LINGER_MS_DEFAULT = 5;
    /** Property: the producer's batch size in bytes. */
    public static final String BATCH_BYTES_PROP_NAME = "fdp.kafka.batch.bytes";
    /** Default batch size. */
    public static final int BATCH_BYTES_DEFAULT = 256 * 1024;
    /** Property: first wait before retrying after a failure (ISO-8601); doubles up to the maximum. */
    public static final String BACKOFF_MIN_PROP_NAME = "fdp.kafka.sink.backoff.min";
    /** Default first retry wait. */
    public static final String BACKOFF_MIN_DEFAULT = "PT0.1S";
    /** Property: longest wait between retries (ISO-8601). */
    public static final String BACKOFF_MAX_PROP_NAME = "fdp.kafka.sink.backoff.max";
    /** Default longest retry wait. */
    public static final String BACKOFF_MAX_DEFAULT = "PT5S";
    /** Property: how long a send, commit or start may wait for the broker before the sink retries (ISO-8601). */
    public static final String MAX_BLOCK_PROP_NAME = "fdp.kafka.sink.max.block";
    /** Default broker wait. */
    public static final String MAX_BLOCK_DEFAULT = "PT10S";
    /** Property: the broker aborts a transaction left open this long by a sink that died (ISO-8601). */
    public static final String TRANSACTION_TIMEOUT_PROP_NAME = "fdp.kafka.sink.transaction.timeout";
    /** Default transaction timeout. */
    public static final String TRANSACTION_TIMEOUT_DEFAULT = "PT30S";
    /** Property: the source system written in every record's metadata. */
    public static final String SOURCE_SYSTEM_PROP_NAME = "fdp.kafka.source.system";
    /** Default source system. */
    public static final String SOURCE_SYSTEM_DEFAULT = "fdp";

    private String bootstrapServers = System.getProperty(BOOTSTRAP_SERVERS_PROP_NAME, BOOTSTRAP_SERVERS_DEFAULT);
    private String sinkId = System.getProperty(SINK_ID_PROP_NAME, SINK_ID_DEFAULT);
    private String topicPrefix = System.getProperty(TOPIC_PREFIX_PROP_NAME, TOPIC_PREFIX_DEFAULT);
    private int commitEveryRecords = Integer.getInteger(COMMIT_RECORDS_PROP_NAME, COMMIT_RECORDS_DEFAULT);
    private long commitIntervalNs = duration(COMMIT_INTERVAL_PROP_NAME, COMMIT_INTERVAL_DEFAULT);
    private int partitions = Integer.getInteger(PARTITIONS_PROP_NAME, PARTITIONS_DEFAULT);
    private int replicationFactor = Integer.getInteger(REPLICATION_PROP_NAME, REPLICATION_DEFAULT);
    private String compression = System.getProperty(COMPRESSION_PROP_NAME, COMPRESSION_DEFAULT);
    private int lingerMs = Integer.getInteger(LINGER_MS_PROP_NAME, LINGER_MS_DEFAULT);
    private int batchBytes = Integer.getInteger(BATCH_BYTES_PROP_NAME, BATCH_BYTES_DEFAULT);
    private long backoffMinNs = duration(BACKOFF_MIN_PROP_NAME, BACKOFF_MIN_DEFAULT);
    private long backoffMaxNs = duration(BACKOFF_MAX_PROP_NAME, BACKOFF_MAX_DEFAULT);
    private long maxBlockNs = duration(MAX_BLOCK_PROP_NAME, MAX_BLOCK_DEFAULT);
    private long transactionTimeoutNs = duration(TRANSACTION_TIMEOUT_PROP_NAME, TRANSACTION_TIMEOUT_DEFAULT);
    private String sourceSystem = System.getProperty(SOURCE_SYSTEM_PROP_NAME, SOURCE_SYSTEM_DEFAULT);
    private final Map<String, Object> producerOverrides = new HashMap<>();

    private static long duration(final String property, final String fallback) {
        return Duration.parse(System.getProperty(property, fallback)).toNanos();
    }

    /** @return the bootstrap servers. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** @param value the bootstrap servers. @return this. */
    public KafkaSinkConfig bootstrapServers(final String value) {
        bootstrapServers = value;
        return this;
    }

    /** @return the sink's stable name. */
    public String sinkId() {
        return sinkId;
    }

    /** @param value the sink's stable name (one running sink per name). @return this. */
    public KafkaSinkConfig sinkId(final String value) {
        sinkId = value;
        return this;
    }

    /** @return the producer's transactional id: the same for every run of this sink, so a new run fences the old. */
    public String transactionalId() {
        return "fdp-kafka-sink-" + sinkId;
    }

    /** @return the prefix of every topic name. */
    public String topicPrefix() {
        return topicPrefix;
    }

    /** @param value the prefix of every topic name. @return this. */
    public KafkaSinkConfig topicPrefix(final String value) {
        topicPrefix = value;
        return this;
    }

    /** @param name a topic name of {@link KafkaTopics}. @return the topic's full name with the prefix. */
    public String topic(final String name) {
        return topicPrefix + name;
    }

    /** @return the sink's compacted, single-partition checkpoint topic. */
    public String checkpointTopic() {
        return topicPrefix + KafkaTopics.CHECKPOINT_PREFIX + sinkId;
    }

    /** @return records per transaction. */
    public int commitEveryRecords() {
        return commitEveryRecords;
    }

    /** @param value records per transaction. @return this. */
    public KafkaSinkConfig commitEveryRecords(final int value) {
        commitEveryRecords = value;
        return this;
    }

    /** @return the longest a transaction stays open, in ns. */
    public long commitIntervalNs() {
        return commitIntervalNs;
    }

    /** @param value the longest a transaction stays open, in ns. @return this. */
    public KafkaSinkConfig commitIntervalNs(final long value) {
        commitIntervalNs = value;
        return this;
    }

    /** @return partitions of created market topics, -1 for the broker's default. */
    public int partitions() {
        return partitions;
    }

    /** @param value partitions of created market topics, -1 for the broker's default. @return this. */
    public KafkaSinkConfig partitions(final int value) {
        partitions = value;
        return this;
    }

    /** @return replication factor of created topics, -1 for the broker's default. */
    public int replicationFactor() {
        return replicationFactor;
    }

    /** @param value replication factor of created topics, -1 for the broker's default. @return this. */
    public KafkaSinkConfig replicationFactor(final int value) {
        replicationFactor = value;
        return this;
    }

    /** @return the compression codec. */
    public String compression() {
        return compression;
    }

    /** @param value the compression codec. @return this. */
    public KafkaSinkConfig compression(final String value) {
        compression = value;
        return this;
    }

    /** @return the producer linger in ms. */
    public int lingerMs() {
        return lingerMs;
    }

    /** @param value the producer linger in ms. @return this. */
    public KafkaSinkConfig lingerMs(final int value) {
        lingerMs = value;
        return this;
    }

    /** @return the producer batch size in bytes. */
    public int batchBytes() {
        return batchBytes;
    }

    /** @param value the producer batch size in bytes. @return this. */
    public KafkaSinkConfig batchBytes(final int value) {
        batchBytes = value;
        return this;
    }

    /** @return the first retry wait, in ns. */
    public long backoffMinNs() {
        return backoffMinNs;
    }

    /** @param value the first retry wait, in ns. @return this. */
    public KafkaSinkConfig backoffMinNs(final long value) {
        backoffMinNs = value;
        return this;
    }

    /** @return the longest retry wait, in ns. */
    public long backoffMaxNs() {
        return backoffMaxNs;
    }

    /** @param value the longest retry wait, in ns. @return this. */
    public KafkaSinkConfig backoffMaxNs(final long value) {
        backoffMaxNs = value;
        return this;
    }

    /** @return how long one call may wait for the broker, in ns. */
    public long maxBlockNs() {
        return maxBlockNs;
    }

    /** @param value how long one call may wait for the broker, in ns. @return this. */
    public KafkaSinkConfig maxBlockNs(final long value) {
        maxBlockNs = value;
        return this;
    }

    /** @return how long the broker keeps a dead sink's transaction open, in ns. */
    public long transactionTimeoutNs() {
        return transactionTimeoutNs;
    }

    /** @param value how long the broker keeps a dead sink's transaction open, in ns. @return this. */
    public KafkaSinkConfig transactionTimeoutNs(final long value) {
        transactionTimeoutNs = value;
        return this;
    }

    /** @return the source system of the records' metadata. */
    public String sourceSystem() {
        return sourceSystem;
    }

    /** @param value the source system of the records' metadata. @return this. */
    public KafkaSinkConfig sourceSystem(final String value) {
        sourceSystem = value;
        return this;
    }

    /** @return producer properties that replace the sink's own (mutable). */
    public Map<String, Object> producerOverrides() {
        return producerOverrides;
    }
}

package io.fdp.persistence.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a sink's last committed {@link SinkCheckpoint} in its checkpoint topic.
 *
 * <p>Reads with {@code isolation.level=read_committed}, so records of aborted or still-open transactions are never
 * seen; the caller must first have fenced every earlier producer of the sink ({@code initTransactions}), which
 * completes or aborts their transactions. Scans backwards from the end in growing windows, since the newest records
 * may belong to aborted transactions. Single-use, on the caller's thread.
 */
final class CheckpointReader {
    private static final int FIRST_WINDOW = 64;
    private static final Duration POLL = Duration.ofMillis(100);

    private CheckpointReader() {
    }

    /**
     * Reads the last committed checkpoint.
     *
     * @param bootstrapServers the brokers.
     * @param topic            the checkpoint topic (partition 0).
     * @param sinkId           the key of the sink's checkpoints.
     * @param timeoutMs        how long to wait for the broker.
     * @return the checkpoint, or {@link SinkCheckpoint#START} when the sink never committed.
     * @throws org.apache.kafka.common.KafkaException when the broker cannot be read in time.
     */
    static SinkCheckpoint read(final String bootstrapServers, final String topic, final String sinkId, final long timeoutMs) {
        final Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "fdp-checkpoint-" + sinkId);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMs);
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMs);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        final byte[] key = sinkId.getBytes(StandardCharsets.UTF_8);
        final TopicPartition partition = new TopicPartition(topic, 0);
        final Duration timeout = Duration.ofMillis(timeoutMs);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(List.of(partition));
            final long begin = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
            final long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
            long window = FIRST_WINDOW;
            while (true) {
                final long from = Math.max(begin, end - window);
                final SinkCheckpoint last = scan(consumer, partition, key, from, end, timeoutMs);
                if (last != null) {
                    return last;
                }
                if (from == begin) {
                    return SinkCheckpoint.START;
                }
                window *= 4;
            }
        }
    }

    private static SinkCheckpoint scan(final KafkaConsumer<byte[], byte[]> consumer, final TopicPartition partition,
        final byte[] key, final long from, final long end, final long timeoutMs) {
        consumer.seek(partition, from);
        final long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        SinkCheckpoint last = null;
        while (consumer.position(partition) < end) {
            for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(partition)) {
                if (record.offset() < end && Arrays.equals(record.key(), key)) {
                    last = SinkCheckpoint.decode(record.value());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new org.apache.kafka.common.errors.TimeoutException("reading " + partition + " up to offset " + end
                    + " took longer than " + timeoutMs + " ms");
            }
        }
        return last;
    }
}

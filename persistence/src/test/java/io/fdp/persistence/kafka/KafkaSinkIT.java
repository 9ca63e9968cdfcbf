package io.fdp.persistence.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(240)
class KafkaSinkIT {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSinkIT.class);
    private static final int EVENTS = Integer.getInteger("fdp.kafka.it.events", 30_000);
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    static Path brokerDir;
    private static InProcessKafkaBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        KafkaTestLogging.quiet();
        broker = InProcessKafkaBroker.start(brokerDir);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    static KafkaSinkConfig sinkConfig(final String bootstrapServers, final String name) {
        return new KafkaSinkConfig().bootstrapServers(bootstrapServers).sinkId(name).topicPrefix(name + ".").partitions(3)
            .replicationFactor(1).commitEveryRecords(2_000).commitIntervalNs(TimeUnit.MILLISECONDS.toNanos(50))
            .maxBlockNs(TimeUnit.SECONDS.toNanos(5)).backoffMinNs(TimeUnit.MILLISECONDS.toNanos(50))
            .backoffMaxNs(TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void publishesEveryRecordOfTheJournalsExactlyOnce() throws Exception {
        try (LiveJournal journal = new LiveJournal(dir, 1)) {
            journal.publish(EVENTS);
            journal.drain();
        }
        final int expected = SinkVerifier.expectedCount(LiveJournal.config(dir));
        final KafkaSinkConfig config = sinkConfig(broker.bootstrapServers(), "all")
            .commitEveryRecords(KafkaSinkConfig.COMMIT_RECORDS_DEFAULT).commitIntervalNs(TimeUnit.MILLISECONDS.toNanos(100));
        try (KafkaSink sink = new KafkaSink(config, LiveJournal.config(dir), null)) {
            final long started = System.nanoTime();
            sink.start();
            Await.until("a first commit", WAIT, () -> sink.committedRecords() > 0);
            final long firstCommitted = sink.committedRecords();
            final long firstCommitAt = System.nanoTime();
            Await.committed(sink, expected, WAIT);
            final long done = System.nanoTime();
            LOG.info("Sink published {} records in {} ms from its start ({} transactions); {} records/s after its first commit",
                expected, (done - started) / 1_000_000, sink.transactions(),
                Math.round((expected - firstCommitted) * 1e9 / Math.max(1, done - firstCommitAt)));
            Await.until("lag to reach zero", WAIT, () -> sink.lagEvents() == 0);
            assertThat(sink.lagSeconds()).isZero();
            assertThat(sink.lagRecords()).isZero();
            assertThat(sink.failures()).isZero();
            assertThat(sink.outageSeconds()).isZero();
        }
        assertThat(SinkVerifier.expected(LiveJournal.config(dir)).get(KafkaTopics.TRADES))
            .as("trades, executions at the resting order's price included")
            .hasSizeGreaterThan(SinkVerifier.inputTradesWithTheirOwnPrice(LiveJournal.config(dir)));
        SinkVerifier.assertExactlyOnce(broker.bootstrapServers(), config.topicPrefix(), LiveJournal.config(dir));
    }

    @Test
    void resumesAfterAStopInMidStreamWithoutGapOrDuplicate() throws Exception {
        final KafkaSinkConfig config = sinkConfig(broker.bootstrapServers(), "stopped");
        try (LiveJournal journal = new LiveJournal(dir, 2)) {
            journal.publish(10_000);
            final long firstRun;
            try (KafkaSink first = new KafkaSink(config, journal.config(), null)) {
                first.start();
                Await.until("a first commit", WAIT, () -> first.transactions() >= 2);
                journal.publish(10_000);
                firstRun = first.committedRecords();
            }
            journal.publish(10_000);
            try (KafkaSink second = new KafkaSink(config, journal.config(), null)) {
                second.start();
                journal.publish(10_000);
                journal.drain();
                final int expected = SinkVerifier.expectedCount(journal.config());
                Await.committed(second, expected, WAIT);
                assertThat(firstRun).isPositive().isLessThan(expected);
                assertThat(second.checkpoint().records()).isEqualTo(expected);
            }
        }
        SinkVerifier.assertExactlyOnce(broker.bootstrapServers(), config.topicPrefix(), LiveJournal.config(dir));
    }

    @Test
    void sinkKilledInsideATransactionIsFencedAndItsSuccessorLosesAndRepeatsNothing() throws Exception {
        final KafkaSinkConfig config = sinkConfig(broker.bootstrapServers(), "killed");
        final CountDownLatch hung = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        try (LiveJournal journal = new LiveJournal(dir, 3)) {
            journal.publish(10_000);
            final KafkaSink zombie = new KafkaSink(config, journal.config(), MarketStream.registry(),
                producerConfig -> hangingOnThirdCommit(producerConfig, hung, release));
            zombie.start();
            assertThat(hung.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            final long beforeKill = zombie.committedRecords();
            journal.publish(10_000);
            try (KafkaSink successor = new KafkaSink(config, journal.config(), MarketStream.registry())) {
                successor.start();
                Await.until("the successor to commit", WAIT, () -> successor.transactions() >= 1);
                release.countDown();
                Await.until("the zombie to stop", WAIT, () -> !zombie.isRunning());
                assertThat(zombie.failure()).isNotNull();
                assertThat(zombie.committedRecords()).isEqualTo(beforeKill);
                journal.publish(10_000);
                journal.drain();
                final int expected = SinkVerifier.expectedCount(journal.config());
                Await.committed(successor, expected, WAIT);
                assertThat(beforeKill).isPositive().isLessThan(expected);
            } finally {
                release.countDown();
                zombie.close();
            }
        }
        SinkVerifier.assertExactlyOnce(broker.bootstrapServers(), config.topicPrefix(), LiveJournal.config(dir));
    }

    /** A producer whose third commit never returns until released, as if its process froze or died right there. */
    private static Producer<byte[], byte[]> hangingOnThirdCommit(final Map<String, Object> config, final CountDownLatch hung,
        final CountDownLatch release) {
        return new KafkaProducer<>(config) {
            private int commits;

            @Override
            public void commitTransaction() {
                if (++commits == 3) {
                    hung.countDown();
                    try {
                        release.await();
                    } catch (final InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
                super.commitTransaction();
            }
        };
    }
}

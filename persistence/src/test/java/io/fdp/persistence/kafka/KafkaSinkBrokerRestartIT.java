package io.fdp.persistence.kafka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(240)
class KafkaSinkBrokerRestartIT {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path brokerDir;
    @TempDir
    Path dir;

    @Test
    void sinkRidesOutABrokerRestartWithoutGapOrDuplicateAndTheEngineNeverWaits() throws Exception {
        KafkaTestLogging.quiet();
        try (InProcessKafkaBroker broker = InProcessKafkaBroker.start(brokerDir)) {
            final KafkaSinkConfig config = KafkaSinkIT.sinkConfig(broker.bootstrapServers(), "restart");
            try (LiveJournal journal = new LiveJournal(dir, 4); KafkaSink sink = new KafkaSink(config, journal.config(), null)) {
                journal.publish(10_000);
                sink.start();
                Await.until("a first commit", WAIT, () -> sink.transactions() >= 2);
                journal.publish(5_000);
                broker.stop();

                final long down = System.nanoTime();
                journal.publish(10_000);
                journal.drain();
                assertThat(Duration.ofNanos(System.nanoTime() - down)).as("engine and journal with no broker")
                    .isLessThan(Duration.ofSeconds(5));
                Await.until("the sink to notice", WAIT, () -> sink.retries() > 0 && sink.outageSeconds() > 0);
                Await.until("the lag to show", WAIT, () -> sink.lagEvents() > 0 && sink.lagSeconds() > 10,
                    () -> sink.lagEvents() + " events, " + sink.lagSeconds() + " s");

                assertThat(broker.start()).isEqualTo(config.bootstrapServers());
                journal.publish(5_000);
                journal.drain();
                final int expected = SinkVerifier.expectedCount(journal.config());
                Await.committed(sink, expected, WAIT);
                assertThat(sink.failure()).isNull();
                Await.until("the lag to clear", WAIT, () -> sink.lagEvents() == 0 && sink.lagSeconds() == 0);
                assertThat(sink.outageSeconds()).isZero();
                assertThat(sink.failures()).isEqualTo(sink.retries()).isPositive();
            }
            SinkVerifier.assertExactlyOnce(broker.bootstrapServers(), config.topicPrefix(), LiveJournal.config(dir));
        }
    }
}

package io.fdp.benchmarks.sink;

import io.fdp.persistence.store.WriteStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sink benchmarks run end to end on tiny sizes (each checks that every record arrived); no timing is asserted. */
@Timeout(300)
class SinkThroughputIT {
    @Test
    void postgresSinkBenchmarkWritesEveryRowWithBothStrategies() throws Exception {
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final Map<WriteStrategy, Double> best = PostgresSinkThroughput.run(3_000, 1_000, 1,
            new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(best).containsOnlyKeys(WriteStrategy.COPY_BINARY, WriteStrategy.BATCHED_INSERT);
        assertThat(best.values()).allMatch(rowsPerSecond -> rowsPerSecond > 0);
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("3,000 trade records", "COPY_BINARY", "BATCHED_INSERT");
    }

    @Test
    void kafkaSinkBenchmarkCommitsEveryMessage() {
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final double best = KafkaSinkThroughput.run(3_000, 1, 1, new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(best).isPositive();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("3,000 trade records");
    }
}

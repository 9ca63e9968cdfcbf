package io.fdp.benchmarks.sink;

import io.fdp.benchmarks.Options;
import io.fdp.journal.JournalConfig;
import io.fdp.persistence.kafka.InProcessKafkaBroker;
import io.fdp.persistence.kafka.KafkaSink;
import io.fdp.persistence.kafka.KafkaSinkConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Messages per second of the Kafka sink, output journal to an in-process single-node KRaft broker, exactly once
 * (transactional producer, checkpoint in every transaction, {@code acks=all}, lz4).
 * <p>
 * A scratch directory ({@code fdp.bench.dir}, default the temporary directory; deleted afterwards) receives an
 * output journal of {@code --messages} trade records ({@link SinkJournal}) and the broker's log. Each round starts a
 * new sink with its own id and topics and times it from its first committed transaction (topics created, producer
 * started, checkpoint read) until it has committed every record; the time from its start is printed too. Usage, from
 * the repository root, with the JVM flags of {@link PostgresSinkThroughput}:
 * <pre>
 *   java -Xmx2g &lt;flags&gt; -cp benchmarks/target/benchmarks.jar io.fdp.benchmarks.sink.KafkaSinkThroughput \
 *       [--messages=N] [--rounds=N] [--partitions=N]
 * </pre>
 * Defaults: 2,000,000 messages, 2 rounds, 3 partitions per topic.
 */
public final class KafkaSinkThroughput {
    private static final long TIMEOUT_NS = TimeUnit.MINUTES.toNanos(5);

    private KafkaSinkThroughput() {
    }

    /**
     * Runs the rounds and prints one row per round, then the best.
     *
     * @param args options, see the class comment.
     */
    public static void main(final String[] args) {
        final Options options = Options.parse(args, "messages", "rounds", "partitions");
        final int messages = options.intValue("messages", 2_000_000);
        final int rounds = options.intValue("rounds", 2);
        final int partitions = options.intValue("partitions", 3);
        System.out.printf(Locale.ROOT, "best: %,.0f messages/s%n", run(messages, rounds, partitions, System.out));
    }

    /**
     * Runs the benchmark.
     *
     * @param messages   trade records in the journal.
     * @param rounds     sinks run one after the other.
     * @param partitions partitions of each market topic.
     * @param out        where the rows go.
     * @return the best messages per second after the first commit.
     */
    static double run(final int messages, final int rounds, final int partitions, final PrintStream out) {
        final Path scratch = SinkJournal.scratch("fdp-kafka-bench");
        double best = 0;
        try {
            final JournalConfig config = SinkJournal.config(scratch.resolve("journal"));
            SinkJournal.write(config, messages);
            out.printf(Locale.ROOT, "%,d trade records, %d partitions per topic, %d CPUs, %s, broker under %s%n", messages,
                partitions, Runtime.getRuntime().availableProcessors(), Runtime.version(), scratch);
            out.printf(Locale.ROOT, "%5s %13s %13s %14s %18s%n", "round", "transactions", "seconds", "messages/s",
                "from start msg/s");
            try (InProcessKafkaBroker broker = InProcessKafkaBroker.start(scratch.resolve("broker"))) {
                for (int round = 1; round <= rounds; round++) {
                    final KafkaSinkConfig sinkConfig = new KafkaSinkConfig().bootstrapServers(broker.bootstrapServers())
                        .sinkId("bench-" + round).topicPrefix("bench" + round + ".").partitions(partitions).replicationFactor(1);
                    try (KafkaSink sink = new KafkaSink(sinkConfig, config, SinkJournal.registry())) {
                        final long start = System.nanoTime();
                        sink.start();
                        awaitCommitted(sink, 1);
                        final long firstCommitted = sink.committedRecords();
                        final long firstAt = System.nanoTime();
                        awaitCommitted(sink, messages);
                        final long end = System.nanoTime();
                        if (sink.committedRecords() != messages) {
                            throw new IllegalStateException("committed " + sink.committedRecords() + " of " + messages);
                        }
                        // from the first commit on (connection and topic set-up excluded), unless that one commit held everything
                        final double perSecond = firstCommitted < messages ? (messages - firstCommitted) / ((end - firstAt) / 1e9)
                            : messages / ((end - start) / 1e9);
                        best = Math.max(best, perSecond);
                        out.printf(Locale.ROOT, "%5d %13d %13.2f %,14.0f %,18.0f%n", round, sink.transactions(), (end - firstAt) / 1e9,
                            perSecond, messages / ((end - start) / 1e9));
                    }
                }
            }
        } finally {
            SinkJournal.delete(scratch);
        }
        return best;
    }

    private static void awaitCommitted(final KafkaSink sink, final long records) {
        final long deadline = System.nanoTime() + TIMEOUT_NS;
        while (sink.committedRecords() < records) {
            if (sink.failure() != null) {
                throw new IllegalStateException("the sink stopped", sink.failure());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("committed " + sink.committedRecords() + " of " + records + " in time");
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
        }
    }
}

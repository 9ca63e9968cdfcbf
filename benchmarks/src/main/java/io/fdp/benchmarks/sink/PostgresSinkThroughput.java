package io.fdp.benchmarks.sink;

import io.fdp.benchmarks.Options;
import io.fdp.engine.instrument.InstrumentRegistry;
import io.fdp.journal.JournalConfig;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.sink.PostgresSink;
import io.fdp.persistence.store.WriteStrategy;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rows per second of the PostgreSQL sink, output journal to table, with binary COPY against the batched-INSERT
 * baseline, both on the same embedded PostgreSQL 17 in the same run.
 * <p>
 * A scratch directory ({@code fdp.bench.dir}, default the temporary directory; deleted afterwards) receives an
 * output journal of {@code --rows} trade records ({@link SinkJournal}) and an embedded PostgreSQL with the fdp
 * schema. Each round empties the trades table and the checkpoint, then times {@link PostgresSink#drainOnce()} of the
 * whole journal: reading and decoding records, building the rows, writing them in transactions of {@code --batch}
 * records that also move the sink's checkpoint, and committing. The strategies alternate for {@code --rounds}
 * rounds; the row count is checked after each. Usage, from the repository root (Chronicle needs the flags):
 * <pre>
 *   java -Xmx2g --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED \
 *       --add-exports=java.base/sun.nio.ch=ALL-UNNAMED \
 *       --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
 *       --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
 *       --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
 *       --sun-misc-unsafe-memory-access=allow -Dchronicle.analytics.disable=true -Dchronicle.announcer.disable=true \
 *       -cp benchmarks/target/benchmarks.jar io.fdp.benchmarks.sink.PostgresSinkThroughput \
 *       [--rows=N] [--batch=N] [--rounds=N]
 * </pre>
 * Defaults: 1,000,000 rows, batches of 50,000, 2 rounds.
 */
public final class PostgresSinkThroughput {
    private PostgresSinkThroughput() {
    }

    /**
     * Runs the rounds and prints one row per strategy and round, then the best of each and their ratio.
     *
     * @param args options, see the class comment.
     * @throws SQLException when the database cannot be read or emptied.
     */
    public static void main(final String[] args) throws SQLException {
        final Options options = Options.parse(args, "rows", "batch", "rounds");
        final int rows = options.intValue("rows", 1_000_000);
        final int batch = options.intValue("batch", 50_000);
        final int rounds = options.intValue("rounds", 2);
        final Map<WriteStrategy, Double> best = run(rows, batch, rounds, System.out);
        final double ratio = best.get(WriteStrategy.COPY_BINARY) / best.get(WriteStrategy.BATCHED_INSERT);
        System.out.printf(Locale.ROOT, "best: COPY %,.0f rows/s, INSERT %,.0f rows/s, ratio %.2fx%n",
            best.get(WriteStrategy.COPY_BINARY), best.get(WriteStrategy.BATCHED_INSERT), ratio);
    }

    /**
     * Runs the benchmark.
     *
     * @param rows   trade records in the journal.
     * @param batch  records per sink transaction.
     * @param rounds rounds of both strategies.
     * @param out    where the rows go.
     * @return the best rows per second of each strategy.
     * @throws SQLException when the database cannot be read or emptied.
     */
    static Map<WriteStrategy, Double> run(final int rows, final int batch, final int rounds, final PrintStream out)
        throws SQLException {
        final Path scratch = SinkJournal.scratch("fdp-sink-bench");
        final Map<WriteStrategy, Double> best = new EnumMap<>(WriteStrategy.class);
        try {
            final JournalConfig config = SinkJournal.config(scratch.resolve("journal"));
            SinkJournal.write(config, rows);
            final InstrumentRegistry registry = SinkJournal.registry();
            out.printf(Locale.ROOT, "%,d trade records, batches of %,d, %d CPUs, %s, embedded PostgreSQL under %s%n", rows, batch,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), scratch);
            out.printf(Locale.ROOT, "%-14s %5s %10s %14s%n", "strategy", "round", "seconds", "rows/s");
            try (Database database = Database.open(new Database.Context().dataDirectory(scratch).jdbcUrl(null).poolSize(2));
                 SingleChronicleQueue journal = SinkJournal.openOutput(config)) {
                for (int round = 1; round <= rounds; round++) {
                    for (final WriteStrategy strategy : new WriteStrategy[] {WriteStrategy.BATCHED_INSERT, WriteStrategy.COPY_BINARY}) {
                        empty(database);
                        final PostgresSink sink = new PostgresSink(database.dataSource(), journal, registry, "bench", batch, strategy);
                        final long start = System.nanoTime();
                        final long written = sink.drainOnce();
                        final double seconds = (System.nanoTime() - start) / 1e9;
                        final long stored = count(database);
                        if (written != rows || stored != rows) {
                            throw new IllegalStateException(strategy + " wrote " + written + " records, the table holds " + stored
                                + ", the journal " + rows);
                        }
                        final double perSecond = rows / seconds;
                        best.merge(strategy, perSecond, Math::max);
                        out.printf(Locale.ROOT, "%-14s %5d %10.2f %,14.0f%n", strategy, round, seconds, perSecond);
                    }
                }
            }
        } finally {
            SinkJournal.delete(scratch);
        }
        return best;
    }

    private static void empty(final Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE trades");
            statement.execute("DROP TABLE IF EXISTS fdp_sink_checkpoint");
            statement.execute("CHECKPOINT");
        }
    }

    private static long count(final Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM trades")) {
            result.next();
            return result.getLong(1);
        }
    }
}

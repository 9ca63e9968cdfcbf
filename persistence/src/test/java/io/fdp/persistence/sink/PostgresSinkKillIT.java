package io.fdp.persistence.sink;

import io.fdp.journal.ChildJvm;
import io.fdp.journal.JournalConfig;
import io.fdp.persistence.db.Database;
import io.fdp.persistence.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM running the PostgreSQL sink is killed with SIGKILL while it streams a large batch with COPY; after each
 * kill the database holds exactly the journal's records up to the committed checkpoint, and a final run completes
 * the journal with no record missing or written twice.
 */
@Timeout(600)
class PostgresSinkKillIT {
    private static final String DATABASE = "sink_kill";
    private static final String SINK = "killed";
    private static final int ROUNDS = 60_000;
    private static final int BATCH = 40_000;
    private static final int KILLS_WANTED = 3;

    @TempDir
    Path dir;

    @Test
    void sinkKilledDuringACopyResumesWithoutLosingOrRepeatingARecord() throws Exception {
        final Path journalDir = dir.resolve("journal");
        final JournalConfig config = TradingJournal.config(journalDir);
        try (TradingJournal journal = new TradingJournal(config)) {
            journal.trade(ROUNDS);
            journal.closeCandles();
            journal.drain();
        }
        try (Database migrated = TestPostgres.migratedDatabase(DATABASE)) {
            assertThat(migrated.migrationReport()).isNotNull();
        }
        final DataSource observer = TestPostgres.server().getDatabase("postgres", DATABASE);
        final long seed = System.nanoTime();
        final Random random = new Random(seed);
        int kills = 0;
        for (int attempt = 0; attempt < 2 * KILLS_WANTED && kills < KILLS_WANTED; attempt++) {
            final long checkpointAtStart = checkpoint(observer);
            final Process child = start(journalDir, dir.resolve("child-" + attempt + ".log"));
            final long threshold = 1 + random.nextInt(BATCH / 4);
            waitFor(() -> !child.isAlive() || checkpoint(observer) > checkpointAtStart && copiedTuples(observer) >= threshold);
            if (!child.isAlive()) {
                break;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            kills++;
            waitFor(() -> sinkSessions(observer) == 0);
            final long checkpoint = checkpoint(observer);
            assertThat(checkpoint).isGreaterThan(checkpointAtStart);
            assertThat(TradingJournal.databaseContent(observer)).as("after kill %d (seed %d, checkpoint %d)", kills, seed,
                checkpoint).isEqualTo(TradingJournal.journalContent(config, checkpoint));
        }
        assertThat(kills).as("kills during a COPY (seed %d)", seed).isGreaterThanOrEqualTo(2);

        final Path lastLog = dir.resolve("child-last.log");
        final Process last = start(journalDir, lastLog);
        assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
        final String output = Files.readString(lastLog, StandardCharsets.UTF_8);
        assertThat(last.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("drained [1-9]");

        final TradingJournal.Content expected = TradingJournal.journalContent(config, Long.MAX_VALUE);
        assertThat(expected.counts().get("trade")).isEqualTo(ROUNDS);
        final TradingJournal.Content written = TradingJournal.databaseContent(observer);
        assertThat(written.counts()).isEqualTo(expected.counts());
        assertThat(written.tradeIds()).as("trade ids, each once").doesNotHaveDuplicates()
            .containsExactlyElementsOf(expected.tradeIds());
    }

    private static Process start(final Path journalDir, final Path log) throws IOException {
        final List<String> command = ChildJvm.command(PostgresSinkProcess.class.getName(), TestPostgres.jdbcUrl(DATABASE),
            journalDir.toString(), SINK, String.valueOf(BATCH));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The sink's committed checkpoint, -1 before it has one (or before it has created its table). */
    private static long checkpoint(final DataSource observer) {
        if (queryLong(observer, "SELECT count(*) FROM pg_tables WHERE tablename = ?", "fdp_sink_checkpoint") == 0) {
            return -1;
        }
        return queryLong(observer, "SELECT coalesce(max(journal_index), -1) FROM fdp_sink_checkpoint WHERE sink = ?", SINK);
    }

    /** Rows the COPY in progress in the database has received so far, 0 when none runs. */
    private static long copiedTuples(final DataSource observer) {
        return queryLong(observer, "SELECT coalesce(max(tuples_processed), 0) FROM pg_stat_progress_copy WHERE datname = ?",
            DATABASE);
    }

    /** Connections of the sink (its pool names itself {@code fdp}) still open on the server. */
    private static long sinkSessions(final DataSource observer) {
        return queryLong(observer, "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND application_name = 'fdp'",
            DATABASE);
    }

    private static long queryLong(final DataSource observer, final String sql, final String parameter) {
        try (Connection connection = observer.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (final SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void waitFor(final java.util.function.BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting in the kill test").isLessThan(deadline);
            Thread.sleep(2);
        }
    }
}

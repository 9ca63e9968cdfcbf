package io.fdp.persistence.sink;

import io.fdp.journal.JournalConfig;
import io.fdp.persistence.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops in the middle of an ingest and starts again on the same data directory: the engine keeps
 * journaling, the sink backs off and shows the outage, then writes every record exactly once.
 */
@Timeout(300)
class PostgresSinkOutageIT {
    private static final int ROUNDS = 20_000;

    @TempDir
    Path dir;

    @Test
    void engineKeepsJournalingThroughADatabaseOutageAndEveryRecordLandsOnce() throws Exception {
        final Path pgData = dir.resolve("postgres");
        final int port = freePort();
        EmbeddedPostgres server = startServer(pgData, port);
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE fdp");
        }
        final JournalConfig config = TradingJournal.config(dir.resolve("journal"));
        try (Database database = Database.open(new Database.Context().jdbcUrl(server.getJdbcUrl("postgres", "fdp"))
                 .user("postgres").poolSize(2).connectionTimeout(Duration.ofSeconds(1)));
             TradingJournal journal = new TradingJournal(config)) {
            final PostgresSink sink = new PostgresSink(database.dataSource(), journal.output(), TradingJournal.registry(),
                "outage", 2_000);
            try {
                sink.start();
                journal.trade(ROUNDS);
                await("a first commit", () -> sink.committedRecords() > 0);
                journal.trade(ROUNDS);

                server.close();
                final long journaledBefore = journal.output().lastIndex();
                final long downAt = System.nanoTime();
                journal.trade(ROUNDS);
                journal.drain();
                assertThat(Duration.ofNanos(System.nanoTime() - downAt)).as("engine and journal with the database down")
                    .isLessThan(Duration.ofSeconds(20));
                assertThat(journal.output().lastIndex()).as("output journal grows during the outage").isGreaterThan(journaledBefore);
                await("the sink to notice the outage", () -> sink.failures() > 0 && sink.outageSeconds() > 0);
                final long lagDuringOutage = sink.lagRecords();
                final long committedDuringOutage = sink.committedRecords();
                Thread.sleep(4_000);
                final long failures = sink.failures();
                final double outageSeconds = sink.outageSeconds();
                assertThat(sink.committedRecords()).isEqualTo(committedDuringOutage);
                assertThat(sink.lagRecords()).as("lag while the database is down").isGreaterThanOrEqualTo(lagDuringOutage)
                    .isPositive();
                assertThat(outageSeconds).isGreaterThan(3.5);
                // Backoff, not a busy loop: 100 ms doubling to 5 s (plus a 1 s connection wait each) retries a few times.
                assertThat(failures).as("retries in %.1f s of outage", outageSeconds).isBetween(2L, 12L);

                server = startServer(pgData, port);
                journal.trade(ROUNDS);
                journal.closeCandles();
                journal.drain();
                await("the sink to catch up", () -> sink.lagRecords() == 0 && sink.outageSeconds() == 0);
                assertThat(sink.failures()).isGreaterThanOrEqualTo(failures);
            } finally {
                sink.close();
            }
            final TradingJournal.Content expected = TradingJournal.journalContent(config, Long.MAX_VALUE);
            assertThat(expected.counts().get("trade")).isEqualTo(4L * ROUNDS);
            assertThat(expected.counts().get("quote")).isPositive();
            assertThat(expected.counts().get("candle")).isPositive();
            final TradingJournal.Content written = TradingJournal.databaseContent(database.dataSource());
            assertThat(written.counts()).isEqualTo(expected.counts());
            assertThat(written.tradeIds()).as("trade ids, each once").doesNotHaveDuplicates()
                .containsExactlyElementsOf(expected.tradeIds());
        } finally {
            server.close();
        }
    }

    private static EmbeddedPostgres startServer(final Path dataDirectory, final int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
            .setServerConfig("timezone", "UTC").start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(final String what, final BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

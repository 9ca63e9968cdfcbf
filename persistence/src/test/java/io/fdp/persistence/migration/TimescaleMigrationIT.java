package io.fdp.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fdp.persistence.schema.SchemaGenerator;
import io.fdp.persistence.testing.Rows;
import io.fdp.persistence.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The TimescaleDB variant of the migrations, on a server without TimescaleDB (none can be installed here).
 *
 * <p>Two checks. Syntax: every statement of every migration goes through PostgreSQL's own parser, by compiling it as
 * the body of a PL/pgSQL function (the validator parses each SQL statement of a body without executing it, or
 * resolving names), in a transaction that is rolled back. Execution: the TimescaleDB migration runs statement by
 * statement, in a rolled-back transaction, against stand-ins of the TimescaleDB functions it calls
 * ({@code timescale_stubs.sql}: same names and argument names, recording each call); the only failures allowed are
 * those a server without the extension must give: {@code CREATE EXTENSION timescaledb} itself, and the
 * {@code timescaledb.*} storage parameters, which PostgreSQL rejects as an unknown namespace only after parsing and
 * analysing the statement (a continuous aggregate is then created as a plain materialized view, so the statements
 * after it find it).
 */
@Timeout(120)
class TimescaleMigrationIT {
    private static final String BODY_TAG = "$fdp_syntax_check$";
    private static final String SYNTAX_ERROR = "42601 ";
    private static final String UNKNOWN_NAMESPACE = "unrecognized parameter namespace \"timescaledb\"";

    @Test
    void everyStatementOfEveryMigrationPassesThePostgresParser() throws SQLException {
        final DataSource database = TestPostgres.emptyDatabase("timescale_parse");
        final List<String> failures = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            int statements = 0;
            for (final Migration migration : MigrationSource.classpath().all()) {
                for (final SqlScript.Statement statement : SqlScript.split(migration.sql())) {
                    final String error = parseError(connection, statement.sql());
                    if (error != null) {
                        failures.add(migration.script() + ":" + statement.line() + ": " + error);
                    }
                    statements++;
                }
            }
            connection.rollback();
            assertThat(statements).isGreaterThan(50);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theParserCheckRejectsABrokenStatement() throws SQLException {
        try (Connection connection = TestPostgres.emptyDatabase("timescale_parse_broken").getConnection()) {
            connection.setAutoCommit(false);
            assertThat(parseError(connection, "CREAT TABLE t (id INTEGER)")).startsWith(SYNTAX_ERROR);
            assertThat(parseError(connection, "SELECT create_hypertable('t', 'time', chunk_time_interval => INTERVAL '1 day'"))
                .startsWith(SYNTAX_ERROR);
            assertThat(parseError(connection, "ALTER TABLE t SET (timescaledb.compress,)")).startsWith(SYNTAX_ERROR);
            assertThat(parseError(connection, "SELECT create_hypertable('no_such_table', 'time')")).isNull();
            connection.rollback();
        }
    }

    @Test
    void theTimescaleMigrationRunsAgainstStubbedTimescaleFunctions() throws SQLException, IOException {
        final DataSource database = TestPostgres.emptyDatabase("timescale_stubbed");
        final List<Migration> migrations = MigrationSource.classpath().forDialect(Dialect.TIMESCALE);
        assertThat(migrations).extracting(Migration::script)
            .containsExactly(SchemaGenerator.SCHEMA_SCRIPT, SchemaGenerator.HYPERTABLES_SCRIPT);
        final List<String> unexpected = new ArrayList<>();
        final List<String> allowed = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement jdbc = connection.createStatement()) {
            connection.setAutoCommit(false);
            jdbc.execute(resource("timescale_stubs.sql"));
            jdbc.execute("SET LOCAL search_path = public, timescale_stub");
            for (final Migration migration : migrations) {
                for (final SqlScript.Statement statement : SqlScript.split(migration.sql())) {
                    final String error = execute(jdbc, statement.sql());
                    if (error == null) {
                        continue;
                    }
                    if (statement.sql().startsWith("CREATE EXTENSION IF NOT EXISTS timescaledb") && error.contains("timescaledb")) {
                        allowed.add("extension");
                    } else if (error.contains(UNKNOWN_NAMESPACE) && statement.sql().startsWith("CREATE MATERIALIZED VIEW")) {
                        allowed.add("continuous aggregate");
                        assertThat(execute(jdbc, statement.sql().replaceAll("WITH \\(timescaledb\\.[^)]*\\)", ""))).isNull();
                    } else if (error.contains(UNKNOWN_NAMESPACE) && statement.sql().startsWith("ALTER TABLE")) {
                        allowed.add("compression settings");
                    } else {
                        unexpected.add(migration.script() + ":" + statement.line() + ": " + error);
                    }
                }
            }
            assertThat(unexpected).isEmpty();
            assertThat(allowed).containsExactly("extension", "compression settings", "compression settings", "compression settings",
                "compression settings", "compression settings", "continuous aggregate");
            assertThat(strings(jdbc, "SELECT function_name || ' ' || arguments FROM timescale_stub.calls ORDER BY seq")).containsExactly(
                "create_hypertable trades event_time 1 day", "add_compression_policy trades 7 days",
                "create_hypertable quotes event_time 1 day", "add_compression_policy quotes 7 days",
                "create_hypertable book_snapshots event_time 1 day", "add_compression_policy book_snapshots 7 days",
                "create_hypertable candles bucket_start 30 days", "add_compression_policy candles 30 days",
                "create_hypertable data_quality_events event_time 1 day", "add_compression_policy data_quality_events 7 days",
                "add_continuous_aggregate_policy candles_1h_rollup 3 days 01:00:00 00:30:00");
            assertThat(strings(jdbc, "SELECT fdp_ensure_partitions(now(), now() + INTERVAL '7 days')::text")).containsExactly("0");

            insertMinuteCandles(jdbc);
            jdbc.execute("REFRESH MATERIALIZED VIEW candles_1h_rollup");
            final List<String> timescaleRollup = strings(jdbc,
                "SELECT r::text FROM candles_1h_rollup r ORDER BY instrument_id, bucket_start");
            connection.rollback();
            assertThat(timescaleRollup).hasSize(2).isEqualTo(postgresRollup());
        }
    }

    @Test
    void detectsTimescaleWhenTheServerHasTheExtension() throws SQLException {
        try (Connection connection = TestPostgres.emptyDatabase("timescale_detect")
            .getConnection(); Statement jdbc = connection.createStatement()) {
            assertThat(Dialect.detect(connection)).isEqualTo(Dialect.POSTGRES);
            connection.setAutoCommit(false);
            jdbc.execute("CREATE SCHEMA shadow");
            jdbc.execute("CREATE VIEW shadow.pg_available_extensions AS SELECT 'timescaledb'::name AS name");
            jdbc.execute("SET LOCAL search_path = shadow, pg_catalog");
            assertThat(Dialect.detect(connection)).isEqualTo(Dialect.TIMESCALE);
            connection.rollback();
            assertThat(Dialect.detect(connection)).isEqualTo(Dialect.POSTGRES);
        }
    }

    @Test
    void aServerWithoutTimescaleFailsTheTimescaleMigrationNamingIt() throws SQLException {
        final DataSource database = TestPostgres.emptyDatabase("timescale_forced");
        assertThatThrownBy(() -> new Migrator(database, MigrationSource.classpath(), Dialect.TIMESCALE).migrate())
            .isInstanceOf(MigrationException.class)
            .hasMessageContaining(SchemaGenerator.HYPERTABLES_SCRIPT + " failed at line")
            .hasMessageContaining("timescaledb");
        assertThat(Rows.strings(database, "SELECT script FROM fdp_schema_history")).containsExactly(SchemaGenerator.SCHEMA_SCRIPT);
        assertThat(Rows.count(database, "SELECT count(*) FROM pg_class WHERE relname = 'trades'")).isZero();
    }

    private static List<String> postgresRollup() throws SQLException {
        final DataSource database = TestPostgres.emptyDatabase("timescale_compare");
        new Migrator(database, MigrationSource.classpath(), Dialect.POSTGRES).migrate();
        try (Connection connection = database.getConnection(); Statement jdbc = connection.createStatement()) {
            insertMinuteCandles(jdbc);
            return strings(jdbc, "SELECT r::text FROM candles_1h_rollup r ORDER BY instrument_id, bucket_start");
        }
    }

    private static void insertMinuteCandles(final Statement jdbc) throws SQLException {
        jdbc.execute("""
            INSERT INTO candles (instrument_id, "interval", bucket_start, open, high, low, close, volume, trade_count, vwap) VALUES
                ('X', 'CANDLE_INTERVAL_1_MINUTE', '2024-05-01 10:00:00+00', 100.0, 101.0, 99.0, 100.5, 10, 3, 100.2),
                ('X', 'CANDLE_INTERVAL_1_MINUTE', '2024-05-01 10:59:00+00', 100.5, 102.0, 100.0, 101.0, 20, 4, 101.1),
                ('X', 'CANDLE_INTERVAL_1_MINUTE', '2024-05-01 10:30:00+00', 101.0, 101.5, 97.0, 98.0, 30, 5, 99.0),
                ('X', 'CANDLE_INTERVAL_1_MINUTE', '2024-05-01 11:00:00+00', 98.0, 99.0, 97.5, 98.5, 5, 1, 98.2),
                ('X', 'CANDLE_INTERVAL_5_MINUTES', '2024-05-01 10:00:00+00', 1, 1, 1, 1, 1, 1, 1)
            """);
    }

    /** Compiles a statement as a PL/pgSQL body, which parses it without running it; returns the error, or null. */
    private static String parseError(final Connection connection, final String sql) throws SQLException {
        return execute(connection.createStatement(),
            "CREATE OR REPLACE FUNCTION pg_temp.fdp_syntax_check() RETURNS void LANGUAGE plpgsql AS "
            + BODY_TAG + " BEGIN " + sql + "; END " + BODY_TAG);
    }

    /** Runs a statement in a savepoint; returns its error (rolled back to the savepoint), or null. */
    private static String execute(final Statement jdbc, final String sql) throws SQLException {
        jdbc.execute("SAVEPOINT statement");
        try {
            jdbc.execute(sql);
            jdbc.execute("RELEASE SAVEPOINT statement");
            return null;
        } catch (final SQLException e) {
            jdbc.execute("ROLLBACK TO SAVEPOINT statement");
            return e.getSQLState() + " " + e.getMessage();
        }
    }

    private static List<String> strings(final Statement jdbc, final String sql) throws SQLException {
        final List<String> values = new ArrayList<>();
        try (ResultSet rows = jdbc.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String resource(final String name) throws IOException {
        try (InputStream in = TimescaleMigrationIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

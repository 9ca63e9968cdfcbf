package io.fdp.persistence.migration;

import io.fdp.persistence.schema.PostgresDdl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pending migrations in version order, each in its own transaction, and records them in
 * {@value #HISTORY_TABLE} (version, description, script, checksum, dialect, applied_at, execution_ms).
 *
 * <p>Running it again applies nothing. It refuses to run when an applied migration's file changed since (its
 * checksum differs), when the database has a migration this build lacks, or when versions were skipped. The dialect
 * is chosen once, when the first migration is applied ({@link Dialect#detect}, unless one is forced), and read from
 * the history afterwards, so installing TimescaleDB later does not switch an existing database. Concurrent migrators
 * (several fdp processes starting together) serialize on a PostgreSQL advisory lock.
 */
public final class Migrator {
    /** The table recording applied migrations. */
    public static final String HISTORY_TABLE = "fdp_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final long LOCK_KEY = 0x6664705f736368L;
    private static final int MAX_SHOWN_SQL = 300;

    private final DataSource dataSource;
    private final MigrationSource source;
    private final Dialect forcedDialect;

    /**
     * Creates a migrator that detects the dialect of a new database.
     *
     * @param dataSource the database.
     * @param source the migrations.
     */
    public Migrator(final DataSource dataSource, final MigrationSource source) {
        this(dataSource, source, null);
    }

    /**
     * Creates a migrator.
     *
     * @param dataSource the database.
     * @param source the migrations.
     * @param forcedDialect the dialect of a new database, or {@code null} to detect it.
     */
    public Migrator(final DataSource dataSource, final MigrationSource source, final Dialect forcedDialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.source = Objects.requireNonNull(source, "source");
        this.forcedDialect = forcedDialect;
    }

    /** A row of the history table. */
    private record Applied(int version, String script, String checksum, Dialect dialect, OffsetDateTime appliedAt) {
    }

    /**
     * Applies what is pending.
     *
     * @return the dialect and the migrations applied now.
     * @throws MigrationException if a migration fails or the history does not match the migrations.
     */
    public MigrationReport migrate() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            execute(connection, "SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            try {
                return migrate(connection);
            } finally {
                connection.setAutoCommit(true);
                execute(connection, "SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        } catch (final SQLException e) {
            throw new MigrationException("cannot migrate the database: " + e.getMessage(), e);
        }
    }

    private MigrationReport migrate(final Connection connection) throws SQLException {
        execute(connection, "CREATE TABLE IF NOT EXISTS " + HISTORY_TABLE + " (\n"
            + "    version INTEGER NOT NULL PRIMARY KEY,\n"
            + "    description TEXT NOT NULL,\n"
            + "    script TEXT NOT NULL,\n"
            + "    checksum TEXT NOT NULL,\n"
            + "    dialect TEXT NOT NULL,\n"
            + "    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
            + "    execution_ms BIGINT NOT NULL\n"
            + ")");
        final List<Applied> history = history(connection);
        final Dialect dialect = dialect(connection, history);
        final List<Migration> migrations = source.forDialect(dialect);
        verify(history, migrations);
        final int lastApplied = history.isEmpty() ? 0 : history.get(history.size() - 1).version();
        final List<Migration> applied = new ArrayList<>();
        for (final Migration migration : migrations) {
            if (migration.version() > lastApplied) {
                apply(connection, migration, dialect);
                applied.add(migration);
            }
        }
        return new MigrationReport(dialect, applied, history.size());
    }

    private Dialect dialect(final Connection connection, final List<Applied> history) throws SQLException {
        if (history.isEmpty()) {
            return forcedDialect != null ? forcedDialect : Dialect.detect(connection);
        }
        final Dialect recorded = history.get(0).dialect();
        if (forcedDialect != null && forcedDialect != recorded) {
            throw new MigrationException("the database was created for " + recorded.label() + ", not " + forcedDialect.label()
                + ": a dialect is chosen once, when the schema is first created");
        }
        return recorded;
    }

    private static List<Applied> history(final Connection connection) throws SQLException {
        final List<Applied> history = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, script, checksum, dialect, applied_at FROM " + HISTORY_TABLE
                 + " ORDER BY version")) {
            while (rows.next()) {
                history.add(new Applied(rows.getInt(1), rows.getString(2), rows.getString(3), Dialect.fromLabel(rows.getString(4)),
                    rows.getObject(5, OffsetDateTime.class)));
            }
        }
        return history;
    }

    private void verify(final List<Applied> history, final List<Migration> migrations) {
        final int lastApplied = history.isEmpty() ? 0 : history.get(history.size() - 1).version();
        for (final Applied applied : history) {
            final Migration migration = migrations.stream().filter(m -> m.version() == applied.version()).findFirst().orElseThrow(() ->
                new MigrationException("the database has migration " + applied.script() + " applied, which " + source.origin()
                    + " does not have: the database was migrated by a newer fdp"));
            if (!migration.script().equals(applied.script())) {
                throw new MigrationException("version " + applied.version() + " was applied from " + applied.script() + " but "
                    + source.origin() + " has " + migration.script() + " for it");
            }
            if (!migration.checksum().equals(applied.checksum())) {
                throw new MigrationException(source.origin() + migration.script() + " changed after it was applied on "
                    + applied.appliedAt()
                    + " (checksum then " + applied.checksum() + ", now " + migration.checksum() + "). An applied migration is never"
                    + " edited: restore " + migration.script() + " and put the change in a new migration (" + PostgresDdl.REGENERATE_COMMAND
                    + ").");
            }
        }
        for (final Migration migration : migrations) {
            if (migration.version() < lastApplied && history.stream().noneMatch(applied -> applied.version() == migration.version())) {
                throw new MigrationException(migration.script() + " was never applied, but the later V" + lastApplied
                    + " was: migrations must apply in order");
            }
        }
    }

    private static void apply(final Connection connection, final Migration migration, final Dialect dialect) throws SQLException {
        final long started = System.nanoTime();
        connection.setAutoCommit(false);
        try {
            for (final SqlScript.Statement statement : SqlScript.split(migration.sql())) {
                try (Statement jdbc = connection.createStatement()) {
                    jdbc.execute(statement.sql());
                } catch (final SQLException e) {
                    throw new MigrationException(migration.script() + " failed at line " + statement.line() + ": " + e.getMessage()
                        + "\n  in: " + abbreviate(statement.sql()), e);
                }
            }
            final long executionMs = (System.nanoTime() - started) / 1_000_000L;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                + " (version, description, script, checksum, dialect, execution_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setString(3, migration.script());
                insert.setString(4, migration.checksum());
                insert.setString(5, dialect.label());
                insert.setLong(6, executionMs);
                insert.executeUpdate();
            }
            connection.commit();
            LOG.info("Applied migration {} ({}) in {} ms", migration.script(), dialect.label(), executionMs);
        } catch (final SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void execute(final Connection connection, final String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String abbreviate(final String sql) {
        final String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_SHOWN_SQL ? oneLine : oneLine.substring(0, MAX_SHOWN_SQL) + " ...";
    }
}

package io.fdp.persistence.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.fdp.persistence.migration.Dialect;
import io.fdp.persistence.migration.MigrationReport;
import io.fdp.persistence.migration.MigrationSource;
import io.fdp.persistence.migration.Migrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of fdp: a HikariCP pool on a JDBC URL, or, when none is configured, an embedded PostgreSQL (real
 * binaries, zonky) whose data directory is {@code <fdp data directory>/postgres} and survives restarts. Opening it
 * applies pending migrations and creates the time partitions of the coming days.
 *
 * <p>Thread-safe; close it once, which closes the pool and stops an embedded server.
 */
public final class Database implements AutoCloseable {
    /** System property: JDBC URL of an external PostgreSQL; unset means embedded. */
    public static final String URL_PROP_NAME = "fdp.db.url";
    /** System property: user name for the external database. */
    public static final String USER_PROP_NAME = "fdp.db.user";
    /** System property: password for the external database. */
    public static final String PASSWORD_PROP_NAME = "fdp.db.password";
    /** System property: maximum connections in the pool. */
    public static final String POOL_SIZE_PROP_NAME = "fdp.db.pool.size";
    /** Default pool size: small, for a machine of few cores. */
    public static final int POOL_SIZE_DEFAULT = 4;
    /** System property: how long a caller waits for a pooled connection before failing (ISO-8601). */
    public static final String CONNECTION_TIMEOUT_PROP_NAME = "fdp.db.connection.timeout";
    /** Default connection wait: a sink then retries on its own backoff instead of hanging while the server is down. */
    public static final String CONNECTION_TIMEOUT_DEFAULT = "PT5S";
    /** System property: {@code postgres} or {@code timescale} to force the dialect of a new database; unset detects it. */
    public static final String DIALECT_PROP_NAME = "fdp.db.dialect";
    /** System property: TCP port of the embedded server; 0 picks a free one. */
    public static final String EMBEDDED_PORT_PROP_NAME = "fdp.db.embedded.port";
    /** System property: days of partitions created ahead on start. */
    public static final String PARTITION_DAYS_AHEAD_PROP_NAME = "fdp.db.partitions.days.ahead";
    /** Default days of partitions created ahead. */
    public static final int PARTITION_DAYS_AHEAD_DEFAULT = 7;
    /** Directory of the embedded server's data, under the fdp data directory. */
    public static final String EMBEDDED_DIRECTORY = "postgres";
    /** Database the embedded server keeps fdp's tables in. */
    public static final String EMBEDDED_DATABASE = "fdp";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String EMBEDDED_USER = "postgres";

    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;
    private final String jdbcUrl;
    private final MigrationReport migrationReport;

    private Database(final EmbeddedPostgres embedded, final HikariDataSource pool, final String jdbcUrl, final MigrationReport report) {
        this.embedded = embedded;
        this.pool = pool;
        this.jdbcUrl = jdbcUrl;
        this.migrationReport = report;
    }

    /**
     * Opens the database: starts the embedded server if no URL is configured, opens the pool, migrates.
     *
     * @param context the configuration.
     * @return the open database.
     * @throws PersistenceException if the server cannot start or be reached.
     * @throws io.fdp.persistence.migration.MigrationException if the migrations cannot apply.
     */
    public static Database open(final Context context) {
        EmbeddedPostgres embedded = null;
        HikariDataSource pool = null;
        try {
            String url = context.jdbcUrl();
            String user = context.user();
            if (url == null) {
                embedded = startEmbedded(context);
                url = embedded.getJdbcUrl(EMBEDDED_USER, EMBEDDED_DATABASE);
                user = EMBEDDED_USER;
            }
            pool = pool(url, user, context);
            MigrationReport report = null;
            if (context.migrate()) {
                report = new Migrator(pool, MigrationSource.classpath(), context.dialect()).migrate();
            }
            final Database database = new Database(embedded, pool, url, report);
            if (context.migrate()) {
                final Instant now = Instant.now();
                database.ensurePartitions(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(context.partitionDaysAhead())));
            }
            return database;
        } catch (final RuntimeException | IOException | SQLException e) {
            closeQuietly(pool, embedded, e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new PersistenceException("cannot open the database: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres startEmbedded(final Context context) throws IOException, SQLException {
        final Path directory = Objects.requireNonNull(context.dataDirectory(), "a data directory is needed when no JDBC URL is set")
            .resolve(EMBEDDED_DIRECTORY);
        Files.createDirectories(directory.getParent());
        final EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            .setServerConfig("timezone", "UTC")
            .setServerConfig("max_connections", "40")
            .setRegisterShutdownHook(context.stopEmbeddedOnExit());
        if (context.embeddedPort() != 0) {
            builder.setPort(context.embeddedPort());
        }
        final EmbeddedPostgres postgres = builder.start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, EMBEDDED_DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + EMBEDDED_DATABASE);
                    }
                }
            }
        } catch (final SQLException e) {
            postgres.close();
            throw e;
        }
        LOG.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    private static HikariDataSource pool(final String url, final String user, final Context context) {
        final HikariConfig config = new HikariConfig();
        config.setPoolName("fdp-db");
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (context.password() != null) {
            config.setPassword(context.password());
        }
        config.setMaximumPoolSize(context.poolSize());
        config.setConnectionTimeout(context.connectionTimeout().toMillis());
        config.setMinimumIdle(1);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "fdp");
        return new HikariDataSource(config);
    }

    private static void closeQuietly(final HikariDataSource pool, final EmbeddedPostgres embedded, final Exception failure) {
        if (pool != null) {
            pool.close();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (final IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * The connection pool.
     *
     * @return a data source of pooled connections.
     */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * The JDBC URL the pool connects to.
     *
     * @return the configured URL, or the embedded server's.
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * Whether fdp started the server.
     *
     * @return true for the embedded PostgreSQL.
     */
    public boolean embedded() {
        return embedded != null;
    }

    /**
     * What the migrations did on open.
     *
     * @return the report, or {@code null} when the context turned migrations off.
     */
    public MigrationReport migrationReport() {
        return migrationReport;
    }

    /**
     * The dialect of the schema.
     *
     * @return the dialect recorded by the migrations, or {@code null} when they did not run.
     */
    public Dialect dialect() {
        return migrationReport == null ? null : migrationReport.dialect();
    }

    /**
     * Creates the missing time partitions (days or months) of every time-series table that cover a range; rows already
     * in a default partition for those days move into them. Does nothing on TimescaleDB.
     *
     * @param from start of the range.
     * @param to end of the range.
     * @return partitions created.
     */
    public int ensurePartitions(final Instant from, final Instant to) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT fdp_ensure_partitions(?, ?)")) {
            statement.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (final SQLException e) {
            throw new PersistenceException("cannot create partitions: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (final IOException e) {
                throw new PersistenceException("cannot stop the embedded PostgreSQL", e);
            }
        }
    }

    /**
     * Configuration of a {@link Database}; every setting defaults to its system property, else its default.
     * Not thread-safe.
     */
    public static final class Context {
        private String jdbcUrl = System.getProperty(URL_PROP_NAME);
        private String user = System.getProperty(USER_PROP_NAME);
        private String password = System.getProperty(PASSWORD_PROP_NAME);
        private int poolSize = Integer.getInteger(POOL_SIZE_PROP_NAME, POOL_SIZE_DEFAULT);
        private Duration connectionTimeout = Duration.parse(System.getProperty(CONNECTION_TIMEOUT_PROP_NAME,
            CONNECTION_TIMEOUT_DEFAULT));
        private Dialect dialect = parseDialect(System.getProperty(DIALECT_PROP_NAME));
        private int embeddedPort = Integer.getInteger(EMBEDDED_PORT_PROP_NAME, 0);
        private int partitionDaysAhead = Integer.getInteger(PARTITION_DAYS_AHEAD_PROP_NAME, PARTITION_DAYS_AHEAD_DEFAULT);
        private Path dataDirectory;
        private boolean migrate = true;
        private boolean stopEmbeddedOnExit = true;

        private static Dialect parseDialect(final String label) {
            return label == null || label.isBlank() || "auto".equals(label) ? null : Dialect.fromLabel(label);
        }

        /**
         * Sets the JDBC URL of an external server.
         *
         * @param url such as {@code jdbc:postgresql://db:5432/fdp}, or {@code null} for the embedded server.
         * @return this context.
         */
        public Context jdbcUrl(final String url) {
            this.jdbcUrl = url;
            return this;
        }

        /**
         * The JDBC URL.
         *
         * @return the URL, or {@code null} for the embedded server.
         */
        public String jdbcUrl() {
            return jdbcUrl;
        }

        /**
         * Sets the user of the external server.
         *
         * @param user the user name.
         * @return this context.
         */
        public Context user(final String user) {
            this.user = user;
            return this;
        }

        /**
         * The user of the external server.
         *
         * @return the user name, or {@code null} to take it from the URL.
         */
        public String user() {
            return user;
        }

        /**
         * Sets the password of the external server.
         *
         * @param password the password.
         * @return this context.
         */
        public Context password(final String password) {
            this.password = password;
            return this;
        }

        /**
         * The password of the external server.
         *
         * @return the password, or {@code null}.
         */
        public String password() {
            return password;
        }

        /**
         * Sets the pool size.
         *
         * @param size maximum connections, at least 1.
         * @return this context.
         */
        public Context poolSize(final int size) {
            if (size < 1) {
                throw new IllegalArgumentException("pool size must be at least 1: " + size);
            }
            this.poolSize = size;
            return this;
        }

        /**
         * The pool size.
         *
         * @return maximum connections.
         */
        public int poolSize() {
            return poolSize;
        }

        /**
         * Sets how long a caller waits for a pooled connection (while the server is unreachable, say) before failing.
         *
         * @param timeout at least 250 ms.
         * @return this context.
         */
        public Context connectionTimeout(final Duration timeout) {
            if (timeout.toMillis() < 250) {
                throw new IllegalArgumentException("connection timeout must be at least 250 ms: " + timeout);
            }
            this.connectionTimeout = timeout;
            return this;
        }

        /**
         * How long a caller waits for a pooled connection.
         *
         * @return the wait.
         */
        public Duration connectionTimeout() {
            return connectionTimeout;
        }

        /**
         * Forces the dialect of a new database.
         *
         * @param dialect the dialect, or {@code null} to detect it.
         * @return this context.
         */
        public Context dialect(final Dialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /**
         * The forced dialect.
         *
         * @return the dialect, or {@code null} to detect it.
         */
        public Dialect dialect() {
            return dialect;
        }

        /**
         * Sets the fdp data directory; the embedded server keeps its data in its {@value Database#EMBEDDED_DIRECTORY}
         * subdirectory.
         *
         * @param directory the data directory.
         * @return this context.
         */
        public Context dataDirectory(final Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /**
         * The fdp data directory.
         *
         * @return the directory, or {@code null}.
         */
        public Path dataDirectory() {
            return dataDirectory;
        }

        /**
         * Sets whether the embedded server stops by itself when the JVM exits (a shutdown hook of its own). An
         * application that closes the database from its own shutdown hook, after flushing into it, turns this off:
         * JVM shutdown hooks run concurrently, so the server would otherwise stop under the flush.
         *
         * @param stop false when the owner closes the database on exit.
         * @return this context.
         */
        public Context stopEmbeddedOnExit(final boolean stop) {
            this.stopEmbeddedOnExit = stop;
            return this;
        }

        /**
         * Whether the embedded server stops by itself when the JVM exits.
         *
         * @return true unless the owner closes the database on exit.
         */
        public boolean stopEmbeddedOnExit() {
            return stopEmbeddedOnExit;
        }

        /**
         * Sets the port of the embedded server.
         *
         * @param port a TCP port, or 0 for any free one.
         * @return this context.
         */
        public Context embeddedPort(final int port) {
            this.embeddedPort = port;
            return this;
        }

        /**
         * The port of the embedded server.
         *
         * @return the port, or 0 for any.
         */
        public int embeddedPort() {
            return embeddedPort;
        }

        /**
         * Sets how many days of partitions are created ahead on open.
         *
         * @param days days ahead, 0 or more.
         * @return this context.
         */
        public Context partitionDaysAhead(final int days) {
            this.partitionDaysAhead = days;
            return this;
        }

        /**
         * Days of partitions created ahead on open.
         *
         * @return days.
         */
        public int partitionDaysAhead() {
            return partitionDaysAhead;
        }

        /**
         * Turns migrations on open on or off (off for a read-only tool on a database another process migrates).
         *
         * @param migrate whether to migrate.
         * @return this context.
         */
        public Context migrate(final boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * Whether migrations run on open.
         *
         * @return true by default.
         */
        public boolean migrate() {
            return migrate;
        }
    }
}

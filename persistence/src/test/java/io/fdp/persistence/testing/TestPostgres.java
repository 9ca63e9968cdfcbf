package io.fdp.persistence.testing;

import io.fdp.persistence.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server per test JVM (zonky embedded binaries, in a temporary directory), and a fresh database
 * on it per test class, so integration tests are isolated without starting a server each.
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /**
     * The shared server, started on first use and stopped when the JVM exits.
     *
     * @return the server.
     */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /**
     * Creates an empty database, dropping an older one of the same name.
     *
     * @param name database name; lower-cased.
     * @return an unpooled data source of the new database.
     */
    public static DataSource emptyDatabase(final String name) {
        final String database = name.toLowerCase(Locale.ROOT);
        try (Connection connection = server().getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (final SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return server().getDatabase("postgres", database);
    }

    /**
     * The JDBC URL of a database of the shared server.
     *
     * @param name database name; lower-cased.
     * @return the URL, user {@code postgres}.
     */
    public static String jdbcUrl(final String name) {
        return server().getJdbcUrl("postgres", name.toLowerCase(Locale.ROOT));
    }

    /**
     * Creates an empty database and opens it as fdp does for an external server (pool, migrations, partitions).
     *
     * @param name database name; lower-cased.
     * @return the open database; close it after the tests.
     */
    public static Database migratedDatabase(final String name) {
        emptyDatabase(name);
        return Database.open(new Database.Context().jdbcUrl(jdbcUrl(name)).user("postgres").poolSize(2));
    }
}

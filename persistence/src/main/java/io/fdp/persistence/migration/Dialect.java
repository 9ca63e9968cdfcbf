package io.fdp.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** The flavour of PostgreSQL the schema is created for; a migration file name ends with it when it is specific. */
public enum Dialect {
    /** Plain PostgreSQL: declarative range partitioning and {@code date_bin}. */
    POSTGRES,
    /** PostgreSQL with the TimescaleDB extension: hypertables, continuous aggregates, compression. */
    TIMESCALE;

    /** Asks whether the server can load TimescaleDB (the extension's files are installed). */
    public static final String DETECT_SQL = "SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'";

    /**
     * The name used in file names and in the schema history.
     *
     * @return {@code postgres} or {@code timescale}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a dialect back from its label.
     *
     * @param label {@code postgres} or {@code timescale}.
     * @return the dialect.
     * @throws IllegalArgumentException for any other text.
     */
    public static Dialect fromLabel(final String label) {
        for (final Dialect dialect : values()) {
            if (dialect.label().equals(label)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + label + "': expected postgres or timescale");
    }

    /**
     * Chooses the dialect a new database gets: TimescaleDB when the server has the extension available.
     *
     * @param connection a connection to the database.
     * @return {@link #TIMESCALE} if {@code timescaledb} is among {@code pg_available_extensions}, else {@link #POSTGRES}.
     * @throws SQLException if the query fails.
     */
    public static Dialect detect(final Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(DETECT_SQL)) {
            return rows.next() ? TIMESCALE : POSTGRES;
        }
    }
}

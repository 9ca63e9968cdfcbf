package io.fdp.persistence.store;

import com.google.protobuf.Message;
import io.fdp.persistence.row.MessageTable;
import io.fdp.persistence.schema.SqlIdentifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes by binary COPY, streamed to the server in chunks; an upsert copies into a temporary staging table
 * ({@code fdp_stage_<table>}, emptied at commit) and moves the rows with one INSERT ... ON CONFLICT.
 */
final class BinaryCopyWriter implements TableWriter {
    private static final int FLUSH_BYTES = 1 << 16;

    @Override
    public long append(final Connection connection, final MessageTable table, final List<? extends Message> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        final List<Object[]> values = new ArrayList<>(rows.size());
        for (final Message row : rows) {
            values.add(table.values(row));
        }
        return copy(connection, table, table.sqlName(), values);
    }

    @Override
    public long upsert(final Connection connection, final MessageTable table, final List<? extends Message> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        final List<Object[]> values = UpsertSql.lastPerKey(table, rows);
        final boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            final String stage = SqlIdentifiers.quote("fdp_stage_" + table.table().name());
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + stage + " (LIKE " + table.sqlName()
                    + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
                statement.execute("TRUNCATE " + stage);
            }
            copy(connection, table, stage, values);
            final long changed;
            try (Statement statement = connection.createStatement()) {
                changed = statement.executeUpdate(UpsertSql.statement(table, "SELECT " + table.columnList("") + " FROM " + stage));
            }
            if (autoCommit) {
                connection.commit();
            }
            return changed;
        } catch (final SQLException | RuntimeException e) {
            if (autoCommit) {
                connection.rollback();
            }
            throw e;
        } finally {
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
        }
    }

    private static long copy(final Connection connection, final MessageTable table, final String target, final List<Object[]> rows)
        throws SQLException {
        final CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
            .copyIn("COPY " + target + " (" + table.columnList("") + ") FROM STDIN (FORMAT BINARY)");
        try {
            final BinaryCopyEncoder encoder = new BinaryCopyEncoder();
            encoder.header();
            for (final Object[] row : rows) {
                encoder.row(table.columns(), row);
                if (encoder.size() >= FLUSH_BYTES) {
                    copy.writeToCopy(encoder.buffer(), 0, encoder.size());
                    encoder.clear();
                }
            }
            encoder.trailer();
            copy.writeToCopy(encoder.buffer(), 0, encoder.size());
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}

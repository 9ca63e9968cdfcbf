package io.fdp.persistence.store;

import com.google.protobuf.Message;
import io.fdp.persistence.row.JdbcValues;
import io.fdp.persistence.row.MessageTable;
import io.fdp.persistence.schema.Column;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes by JDBC batches of one-row INSERTs (which pgjdbc rewrites into multi-row ones when the connection has
 * {@code reWriteBatchedInserts=true}); the baseline for {@link BinaryCopyWriter}.
 */
final class BatchInsertWriter implements TableWriter {
    private static final int BATCH_ROWS = 1_000;

    @Override
    public long append(final Connection connection, final MessageTable table, final List<? extends Message> rows) throws SQLException {
        final List<Object[]> values = new ArrayList<>(rows.size());
        for (final Message row : rows) {
            values.add(table.values(row));
        }
        execute(connection, table, "INSERT INTO " + table.sqlName() + " (" + table.columnList("") + ") " + placeholders(table), values);
        return rows.size();
    }

    @Override
    public long upsert(final Connection connection, final MessageTable table, final List<? extends Message> rows) throws SQLException {
        return execute(connection, table, UpsertSql.statement(table, placeholders(table)), UpsertSql.lastPerKey(table, rows));
    }

    private static String placeholders(final MessageTable table) {
        return "VALUES (" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
    }

    private static long execute(final Connection connection, final MessageTable table, final String sql, final List<Object[]> rows)
        throws SQLException {
        final List<Column> columns = table.columns();
        final BatchCount count = new BatchCount();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (final Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    JdbcValues.bindColumn(statement, i + 1, columns.get(i), row[i]);
                }
                statement.addBatch();
                if (++pending == BATCH_ROWS) {
                    count.add(statement.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                count.add(statement.executeBatch());
            }
        }
        return count.total();
    }

    /** Sums the update counts of batches; unknown once the driver reports one as {@code SUCCESS_NO_INFO}. */
    private static final class BatchCount {
        private long rows;
        private boolean known = true;

        void add(final int[] updateCounts) {
            for (final int updated : updateCounts) {
                known &= updated != Statement.SUCCESS_NO_INFO;
                rows += Math.max(updated, 0);
            }
        }

        long total() {
            return known ? rows : UNKNOWN_COUNT;
        }
    }
}

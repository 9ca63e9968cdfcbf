package io.fdp.persistence.query;

import com.google.protobuf.Message;
import io.fdp.persistence.db.PersistenceException;
import io.fdp.persistence.row.JdbcValues;
import io.fdp.persistence.row.MessageTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Runs SELECTs of whole rows of a table and reads them as messages. */
final class Select {
    private Select() {
    }

    /**
     * Reads rows of a table.
     *
     * @param dataSource the database.
     * @param table the table, aliased {@code t} in the filter and order.
     * @param filter the WHERE clause.
     * @param orderBy the ORDER BY list.
     * @param limit rows at most.
     * @param offset rows to skip.
     * @return the messages in order.
     */
    static <M extends Message> List<M> rows(final DataSource dataSource, final MessageTable table, final Filter filter,
        final String orderBy, final int limit, final int offset) {
        final String sql = "SELECT " + table.columnList("t") + " FROM " + table.sqlName() + " t" + filter.sql() + " ORDER BY " + orderBy
            + " LIMIT " + limit + " OFFSET " + offset;
        return query(dataSource, table, sql, filter.parameters());
    }

    static <M extends Message> Optional<M> first(final DataSource dataSource, final MessageTable table, final Filter filter,
        final String orderBy) {
        final List<M> rows = rows(dataSource, table, filter, orderBy, 1, 0);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs a query whose first columns are the table's columns in order. */
    static <M extends Message> List<M> query(final DataSource dataSource, final MessageTable table, final String sql,
        final List<Object> parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, table, sql, parameters);
        } catch (final SQLException e) {
            throw new PersistenceException("cannot read " + table.table().name() + ": " + e.getMessage(), e);
        }
    }

    static <M extends Message> List<M> query(final Connection connection, final MessageTable table, final String sql,
        final List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            final List<M> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(table.read(result, 1));
                }
            }
            return rows;
        }
    }

    static void bind(final PreparedStatement statement, final List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            JdbcValues.bindParameter(statement, i + 1, parameters.get(i));
        }
    }
}

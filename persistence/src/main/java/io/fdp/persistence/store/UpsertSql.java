package io.fdp.persistence.store;

import com.google.protobuf.Message;
import io.fdp.persistence.row.MessageTable;
import io.fdp.persistence.schema.Column;
import io.fdp.persistence.schema.SqlIdentifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The INSERT ... ON CONFLICT statement of a table, and the batch deduplication an upsert needs. */
final class UpsertSql {
    private UpsertSql() {
    }

    /**
     * The upsert of rows from a source.
     *
     * @param table a table with a primary key.
     * @param source {@code VALUES (...)} or {@code SELECT ... FROM stage}.
     * @return the statement; ingestion times are replaced with the rest of a changed row, but do not make it changed.
     */
    static String statement(final MessageTable table, final String source) {
        if (table.table().primaryKey().isEmpty()) {
            throw new IllegalArgumentException("table " + table.table().name() + " has no key to upsert by");
        }
        final List<String> sets = new ArrayList<>();
        final List<String> current = new ArrayList<>();
        final List<String> incoming = new ArrayList<>();
        for (final Column column : table.columns()) {
            if (table.table().primaryKey().contains(column.name())) {
                continue;
            }
            sets.add(column.sqlName() + " = EXCLUDED." + column.sqlName());
            if (!column.fieldPath().endsWith("ingestion_time")) {
                current.add("cur." + column.sqlName());
                incoming.add("EXCLUDED." + column.sqlName());
            }
        }
        final String key = String.join(", ", table.table().primaryKey().stream().map(SqlIdentifiers::quote).toList());
        final StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.sqlName()).append(" AS cur (")
            .append(table.columnList("")).append(") ").append(source).append(" ON CONFLICT (").append(key).append(')');
        if (sets.isEmpty()) {
            return sql.append(" DO NOTHING").toString();
        }
        sql.append(" DO UPDATE SET ").append(String.join(", ", sets))
            .append(" WHERE (").append(String.join(", ", current)).append(") IS DISTINCT FROM (")
            .append(String.join(", ", incoming)).append(')');
        final String guard = table.spec().upsertGuard();
        if (guard != null) {
            sql.append(" AND (").append(guard).append(')');
        }
        return sql.toString();
    }

    /**
     * The column values of a batch with one row per key, the last of each key winning, in first-seen key order.
     *
     * @param table the table.
     * @param rows the messages.
     * @return column values per row.
     */
    static List<Object[]> lastPerKey(final MessageTable table, final List<? extends Message> rows) {
        final Map<List<Object>, Object[]> byKey = new LinkedHashMap<>();
        for (final Message row : rows) {
            final Object[] values = table.values(row);
            byKey.put(table.key(values), values);
        }
        return new ArrayList<>(byKey.values());
    }
}

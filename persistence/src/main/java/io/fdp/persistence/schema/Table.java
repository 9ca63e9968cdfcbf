package io.fdp.persistence.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of the schema and the Protobuf message type whose records it stores.
 *
 * @param name table name.
 * @param messageType full name of the message type, such as {@code fdp.market.v1.TradePrint}.
 * @param columns columns in field order.
 * @param primaryKey primary-key column names; empty for an append-only table.
 * @param indexes secondary indexes.
 * @param checks CHECK constraints besides the enum ones.
 * @param partitioning how rows are split by time, or {@code null} for a reference table.
 */
public record Table(String name, String messageType, List<Column> columns, List<String> primaryKey, List<Index> indexes,
                    List<Check> checks, TimePartitioning partitioning) {
    /**
     * Copies the lists.
     *
     * @param name table name.
     * @param messageType message type full name.
     * @param columns columns.
     * @param primaryKey key columns.
     * @param indexes secondary indexes.
     * @param checks extra CHECK constraints.
     * @param partitioning time partitioning or null.
     */
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(messageType, "messageType");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /**
     * Whether the table is partitioned by time (trades, quotes, ...).
     *
     * @return true for a time-series table.
     */
    public boolean timeSeries() {
        return partitioning != null;
    }

    /**
     * Finds a column.
     *
     * @param columnName the column name.
     * @return the column, or empty if the table has none of that name.
     */
    public Optional<Column> column(final String columnName) {
        for (final Column column : columns) {
            if (column.name().equals(columnName)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a column that must exist.
     *
     * @param columnName the column name.
     * @return the column.
     * @throws IllegalArgumentException if the table has no such column.
     */
    public Column requireColumn(final String columnName) {
        return column(columnName).orElseThrow(() -> new IllegalArgumentException("table " + name + " has no column " + columnName));
    }

    /**
     * The name of the CHECK constraint of an enum column.
     *
     * @param column an enum column of this table.
     * @return {@code <table>_<column>_check}.
     */
    public String enumCheckName(final Column column) {
        return name + "_" + column.name() + "_check";
    }
}

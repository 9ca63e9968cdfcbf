package io.fdp.persistence.schema;

import java.util.List;
import java.util.Optional;

/**
 * The tables of the database schema, in creation order.
 *
 * @param tables every table.
 */
public record SchemaModel(List<Table> tables) {
    /**
     * Copies the tables.
     *
     * @param tables every table.
     */
    public SchemaModel {
        tables = List.copyOf(tables);
    }

    /**
     * Finds a table.
     *
     * @param name table name.
     * @return the table, or empty if there is none of that name.
     */
    public Optional<Table> table(final String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /**
     * The reference (not time-partitioned) tables.
     *
     * @return tables without partitioning, in order.
     */
    public List<Table> referenceTables() {
        return tables.stream().filter(table -> !table.timeSeries()).toList();
    }

    /**
     * The time-series tables.
     *
     * @return tables partitioned by time, in order.
     */
    public List<Table> timeSeriesTables() {
        return tables.stream().filter(Table::timeSeries).toList();
    }
}

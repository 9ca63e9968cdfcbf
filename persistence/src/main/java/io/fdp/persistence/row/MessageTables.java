package io.fdp.persistence.row;

import io.fdp.persistence.schema.SchemaModel;
import io.fdp.persistence.schema.StorableTables;
import io.fdp.persistence.schema.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bound tables of a schema, by name. Immutable and thread-safe. */
public final class MessageTables {
    private static final MessageTables FDP = of(StorableTables.all());

    private final Map<String, MessageTable> tables;

    private MessageTables(final Map<String, MessageTable> tables) {
        this.tables = tables;
    }

    /**
     * The tables fdp stores.
     *
     * @return the tables of {@link StorableTables#all()}.
     */
    public static MessageTables fdp() {
        return FDP;
    }

    /**
     * Binds tables.
     *
     * @param specs what to store.
     * @return the bound tables.
     */
    public static MessageTables of(final List<TableSpec> specs) {
        final Map<String, MessageTable> tables = new LinkedHashMap<>();
        for (final TableSpec spec : specs) {
            tables.put(spec.name(), MessageTable.bind(spec));
        }
        return new MessageTables(tables);
    }

    /**
     * Finds a table.
     *
     * @param name table name, such as {@link StorableTables#TRADES}.
     * @return the bound table.
     * @throws IllegalArgumentException if there is no such table.
     */
    public MessageTable table(final String name) {
        final MessageTable table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no stored table " + name + "; tables: " + tables.keySet());
        }
        return table;
    }

    /**
     * The schema of these tables.
     *
     * @return the model.
     */
    public SchemaModel model() {
        final List<io.fdp.persistence.schema.Table> models = new ArrayList<>();
        tables.values().forEach(table -> models.add(table.table()));
        return new SchemaModel(models);
    }
}

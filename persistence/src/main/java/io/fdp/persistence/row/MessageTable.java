package io.fdp.persistence.row;

import com.google.protobuf.Message;
import io.fdp.persistence.schema.Column;
import io.fdp.persistence.schema.ProtoSchemaMapper;
import io.fdp.persistence.schema.SqlIdentifiers;
import io.fdp.persistence.schema.Table;
import io.fdp.persistence.schema.TableSpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of the schema bound to its Protobuf message type: the column values of a message, and a message from a
 * result row, both by the rules of {@link ProtoSchemaMapper}. Immutable and thread-safe.
 */
public final class MessageTable {
    private final TableSpec spec;
    private final Table table;
    private final FieldAccessor[] accessors;
    private final int[] keyColumns;

    private MessageTable(final TableSpec spec, final Table table) {
        this.spec = spec;
        this.table = table;
        this.accessors = new FieldAccessor[table.columns().size()];
        for (int i = 0; i < accessors.length; i++) {
            accessors[i] = new FieldAccessor(table.name(), table.columns().get(i), spec.messageType());
        }
        this.keyColumns = table.primaryKey().stream().mapToInt(key -> table.columns().indexOf(table.requireColumn(key))).toArray();
    }

    /**
     * Maps and binds a table.
     *
     * @param spec what the table stores.
     * @return the bound table.
     */
    public static MessageTable bind(final TableSpec spec) {
        return new MessageTable(spec, ProtoSchemaMapper.map(spec));
    }

    /**
     * The table.
     *
     * @return its model.
     */
    public Table table() {
        return table;
    }

    /**
     * The table name, quoted if need be.
     *
     * @return the SQL identifier.
     */
    public String sqlName() {
        return SqlIdentifiers.quote(table.name());
    }

    /**
     * What the table stores.
     *
     * @return its spec.
     */
    public TableSpec spec() {
        return spec;
    }

    /**
     * The columns, in table order.
     *
     * @return the columns.
     */
    public List<Column> columns() {
        return table.columns();
    }

    /**
     * Positions of the primary-key columns.
     *
     * @return indexes into {@link #columns()}; empty for an append-only table.
     */
    public int[] keyColumns() {
        return keyColumns.clone();
    }

    /**
     * The column list of a SELECT, INSERT or COPY.
     *
     * @param alias a table alias to prefix each column with, or empty for none.
     * @return column names separated by commas.
     */
    public String columnList(final String alias) {
        final List<String> names = new ArrayList<>(accessors.length);
        for (final Column column : table.columns()) {
            names.add(alias.isEmpty() ? column.sqlName() : alias + "." + column.sqlName());
        }
        return String.join(", ", names);
    }

    /**
     * The values of a message's columns.
     *
     * @param message a message of the table's type.
     * @return one value per column, in column order (see {@link FieldAccessor} for the Java types).
     * @throws IllegalArgumentException if a NOT NULL column has no value (an unset key or time) or an enum number is
     *     unknown.
     */
    public Object[] values(final Message message) {
        if (message.getDescriptorForType() != spec.messageType()) {
            throw new IllegalArgumentException(table.name() + " stores " + table.messageType() + ", not "
                + message.getDescriptorForType().getFullName());
        }
        final Object[] values = new Object[accessors.length];
        for (int i = 0; i < accessors.length; i++) {
            values[i] = accessors[i].value(message);
            if (values[i] == null && !accessors[i].column().nullable()) {
                throw new IllegalArgumentException(table.name() + ": field " + accessors[i].column().fieldPath()
                    + " must be set: it is part of the key or the partitioning time");
            }
        }
        return values;
    }

    /**
     * The key of a row.
     *
     * @param values the row's column values.
     * @return the values of the key columns, comparable with {@code equals}.
     */
    public List<Object> key(final Object[] values) {
        final List<Object> key = new ArrayList<>(keyColumns.length);
        for (final int column : keyColumns) {
            key.add(values[column]);
        }
        return key;
    }

    /**
     * Reads a message from the current row of a result whose columns are {@link #columnList} from a position on.
     *
     * @param rows the result, on a row.
     * @param firstColumn the 1-based position of the table's first column.
     * @param <M> the message type.
     * @return the message.
     * @throws SQLException if a column cannot be read.
     */
    @SuppressWarnings("unchecked")
    public <M extends Message> M read(final ResultSet rows, final int firstColumn) throws SQLException {
        final Message.Builder builder = spec.prototype().newBuilderForType();
        read(rows, firstColumn, builder);
        return (M) builder.build();
    }

    /**
     * Sets the fields of a builder from the current row.
     *
     * @param rows the result, on a row.
     * @param firstColumn the 1-based position of the table's first column.
     * @param builder a builder of the table's message type.
     * @throws SQLException if a column cannot be read.
     */
    public void read(final ResultSet rows, final int firstColumn, final Message.Builder builder) throws SQLException {
        Objects.requireNonNull(builder, "builder");
        for (int i = 0; i < accessors.length; i++) {
            accessors[i].read(rows, firstColumn + i, builder);
        }
    }
}

package io.fdp.persistence.schema;

import java.util.List;
import java.util.Objects;

/**
 * One column of a table and the Protobuf field it holds.
 *
 * @param name column name, the field path joined by underscores (such as {@code metadata_source_system}).
 * @param kind how the value is held.
 * @param array whether the column holds an array of {@code kind} (a repeated field, or one field of a flattened
 *     repeated message).
 * @param nullable whether the column accepts NULL (the field has presence and is not part of a key).
 * @param defaultSql the DEFAULT expression, or {@code null} for none.
 * @param enumValues the allowed names of an enum column, in number order; empty for other kinds.
 * @param fieldPath dotted path of the field from the table's message, such as {@code metadata.source.system}.
 */
public record Column(String name, ColumnKind kind, boolean array, boolean nullable, String defaultSql,
                     List<String> enumValues, String fieldPath) {
    /**
     * Checks the components and copies the enum values.
     *
     * @param name column name.
     * @param kind how the value is held.
     * @param array whether the column is an array.
     * @param nullable whether the column accepts NULL.
     * @param defaultSql DEFAULT expression or null.
     * @param enumValues allowed names of an enum column.
     * @param fieldPath dotted field path.
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fieldPath, "fieldPath");
        enumValues = List.copyOf(enumValues);
    }

    /**
     * The SQL type, with {@code []} for an array.
     *
     * @return the type as written in DDL.
     */
    public String sqlType() {
        return array ? kind.sqlType() + "[]" : kind.sqlType();
    }

    /**
     * The name as written in SQL, quoted when it is a keyword.
     *
     * @return the identifier.
     */
    public String sqlName() {
        return SqlIdentifiers.quote(name);
    }

    /**
     * The column definition of a CREATE TABLE or ADD COLUMN.
     *
     * @return name, type, NOT NULL and DEFAULT.
     */
    public String definition() {
        return sqlName() + " " + sqlType() + (nullable ? "" : " NOT NULL") + (defaultSql == null ? "" : " DEFAULT " + defaultSql);
    }

    /**
     * Whether an unset value is stored as zero: a Decimal in a primary key, which cannot be NULL.
     *
     * @return true for a NOT NULL Decimal column.
     */
    public boolean zeroForUnset() {
        return kind == ColumnKind.DECIMAL && !array && !nullable;
    }
}

package io.fdp.persistence.schema;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives the tables of the database from the Protobuf descriptors, mechanically, by field type.
 *
 * <p>Mapping rules (a field's column is named by its path from the table's message, joined by underscores):
 * <ul>
 *   <li>{@code string} → TEXT; {@code int32}/{@code sint32}/{@code sfixed32} → INTEGER; {@code int64}/{@code sint64}/
 *       {@code sfixed64} → BIGINT; {@code uint32}/{@code fixed32} → BIGINT and {@code uint64}/{@code fixed64} →
 *       NUMERIC(20,0), so the whole unsigned range fits; {@code bool} → BOOLEAN; {@code double} → DOUBLE PRECISION;
 *       {@code float} → REAL; {@code bytes} → BYTEA.</li>
 *   <li>An enum → TEXT holding the value's name, with a CHECK constraint {@code <table>_<column>_check} listing every
 *       name of the enum. A schema change that adds a value therefore needs a migration, which the generator writes
 *       (it replaces the constraint).</li>
 *   <li>{@code fdp.common.v1.Decimal} → NUMERIC without precision or scale: exact, and it keeps the scale, so
 *       {@code 1830e-3} reads back as {@code 1830e-3}. A positive exponent is stored as a whole number
 *       ({@code 5e3} reads back as {@code 5000e0}, the same value).</li>
 *   <li>{@code google.protobuf.Timestamp} → TIMESTAMPTZ, which keeps microseconds (truncated towards the past).
 *       Where nanoseconds matter (the spec lists the field; the event time of trades, quotes and book snapshots), a
 *       BIGINT {@code <column>_ns} beside it keeps nanoseconds since the Unix epoch, and is what reads back.</li>
 *   <li>{@code fdp.common.v1.LocalDate} → DATE.</li>
 *   <li>A repeated scalar or enum → an array of its type (TEXT[] of names for enums, the CHECK uses {@code <@}).</li>
 *   <li>A {@code map<string, scalar>} → JSONB object (such as the metadata tags).</li>
 *   <li>A singular message of another kind (such as {@code fdp.common.v1.Metadata} and its {@code Source}) is
 *       flattened: one column per leaf field, {@code metadata_source_system}, {@code metadata_quality_flags}, ...
 *       A nested message whose leaves all hold their defaults reads back unset.</li>
 *   <li>A repeated message whose fields are all scalars, enums, Decimals, Timestamps or LocalDates (such as the
 *       {@code BookLevel}s of a book snapshot) → one array per field ("struct of arrays": {@code bids_price
 *       NUMERIC[]}, {@code bids_size NUMERIC[]}, {@code bids_order_count BIGINT[]}), element i of each array being
 *       level i. Chosen over JSONB because the values stay exact NUMERIC, the best level is {@code bids_price[1]} in
 *       SQL, and binary COPY writes arrays fast. Any other repeated message → a JSONB array in the proto3 JSON
 *       mapping.</li>
 *   <li>Nullability follows presence: a field with presence (a message, {@code optional}, a oneof member) is NULL
 *       when unset; any other field is NOT NULL with its proto3 default as DEFAULT ({@code ''}, {@code 0},
 *       {@code false}, the enum's zero value, an empty array or object), so an ADD COLUMN needs no back-fill. A real
 *       oneof gets a CHECK that at most one of its columns is not NULL.</li>
 *   <li>Primary-key columns and the partitioning time column are NOT NULL. A Decimal in a key stores unset as 0 and
 *       reads 0 back as unset (a time candle has no bar size); an unset Timestamp or LocalDate in a key is
 *       rejected.</li>
 * </ul>
 * A field type without a rule (such as {@code google.protobuf.Duration}) fails the mapping, naming the field.
 */
public final class ProtoSchemaMapper {
    /** PostgreSQL truncates longer identifiers, so the mapping refuses them. */
    public static final int MAX_IDENTIFIER_LENGTH = 63;

    static final String DECIMAL_TYPE = "fdp.common.v1.Decimal";
    static final String LOCAL_DATE_TYPE = "fdp.common.v1.LocalDate";
    static final String TIMESTAMP_TYPE = "google.protobuf.Timestamp";

    private static final int MAX_DEPTH = 4;

    private final TableSpec spec;
    private final List<Column> columns = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();

    private ProtoSchemaMapper(final TableSpec spec) {
        this.spec = spec;
    }

    /**
     * Maps the tables fdp stores.
     *
     * @return the schema of {@link StorableTables#all()}.
     */
    public static SchemaModel fdp() {
        return map(StorableTables.all());
    }

    /**
     * Maps tables.
     *
     * @param specs what to store, in creation order.
     * @return the schema.
     * @throws IllegalStateException if a field has no mapping rule or a name is invalid.
     */
    public static SchemaModel map(final List<TableSpec> specs) {
        final Set<String> names = new HashSet<>();
        final List<Table> tables = new ArrayList<>();
        for (final TableSpec spec : specs) {
            if (!names.add(spec.name())) {
                throw new IllegalStateException("two tables named " + spec.name());
            }
            tables.add(map(spec));
        }
        return new SchemaModel(tables);
    }

    /**
     * Maps one table.
     *
     * @param spec what to store.
     * @return the table.
     * @throws IllegalStateException if a field has no mapping rule or a name is invalid.
     */
    public static Table map(final TableSpec spec) {
        final ProtoSchemaMapper mapper = new ProtoSchemaMapper(spec);
        mapper.addFields(spec.messageType(), "", "", 0);
        mapper.checks.addAll(spec.checks());
        return mapper.table();
    }

    private void addFields(final Descriptors.Descriptor type, final String namePrefix, final String pathPrefix, final int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException(spec.name() + ": messages nested deeper than " + MAX_DEPTH + " at " + pathPrefix);
        }
        for (final FieldDescriptor field : type.getFields()) {
            final String path = pathPrefix + field.getName();
            if (!spec.excludes(path)) {
                addField(field, namePrefix + field.getName(), path, depth);
            }
        }
        for (final Descriptors.OneofDescriptor oneof : type.getRealOneofs()) {
            final List<String> members = new ArrayList<>();
            for (final FieldDescriptor field : oneof.getFields()) {
                if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                    members.add(SqlIdentifiers.quote(namePrefix + field.getName()));
                }
            }
            if (members.size() > 1) {
                checks.add(new Check(spec.name() + "_" + namePrefix + oneof.getName() + "_oneof",
                    "num_nonnulls(" + String.join(", ", members) + ") <= 1"));
            }
        }
    }

    private void addField(final FieldDescriptor field, final String name, final String path, final int depth) {
        if (field.isMapField()) {
            requireScalarMapValue(field, path);
            add(name, ColumnKind.JSON_MAP, false, false, "'{}'::jsonb", List.of(), path);
        } else if (field.isRepeated() && field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            if (flattenable(field.getMessageType())) {
                for (final FieldDescriptor element : field.getMessageType().getFields()) {
                    add(name + "_" + element.getName(), elementKind(element, path), true, false, "'{}'", enumValues(element),
                        path + "." + element.getName());
                }
            } else {
                add(name, ColumnKind.JSON_MESSAGES, false, false, "'[]'::jsonb", List.of(), path);
            }
        } else if (field.isRepeated()) {
            add(name, scalarKind(field, path), true, false, "'{}'", enumValues(field), path);
        } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            addMessage(field, name, path, depth);
        } else {
            final ColumnKind kind = scalarKind(field, path);
            final boolean nullable = field.hasPresence();
            add(name, kind, false, nullable, nullable ? null : defaultSql(field, kind), enumValues(field), path);
        }
    }

    private void addMessage(final FieldDescriptor field, final String name, final String path, final int depth) {
        final String type = field.getMessageType().getFullName();
        switch (type) {
            case DECIMAL_TYPE -> add(name, ColumnKind.DECIMAL, false, true, null, List.of(), path);
            case LOCAL_DATE_TYPE -> add(name, ColumnKind.DATE, false, true, null, List.of(), path);
            case TIMESTAMP_TYPE -> {
                add(name, ColumnKind.TIMESTAMP, false, true, null, List.of(), path);
                if (spec.keepsNanos(path)) {
                    add(name + "_ns", ColumnKind.EPOCH_NS, false, true, null, List.of(), path);
                }
            }
            default -> {
                if (type.startsWith("google.protobuf.")) {
                    throw noRule(path, type);
                }
                addFields(field.getMessageType(), name + "_", path + ".", depth + 1);
            }
        }
    }

    private void add(final String name, final ColumnKind kind, final boolean array, final boolean nullable, final String defaultSql,
        final List<String> enumValues, final String path) {
        for (final Column column : columns) {
            if (column.name().equals(name)) {
                throw new IllegalStateException(spec.name() + ": fields " + column.fieldPath() + " and " + path
                    + " both map to column " + name);
            }
        }
        columns.add(new Column(name, kind, array, nullable, defaultSql, enumValues, path));
    }

    private static boolean flattenable(final Descriptors.Descriptor type) {
        if (!type.getRealOneofs().isEmpty()) {
            return false;
        }
        for (final FieldDescriptor field : type.getFields()) {
            if (field.isRepeated()) {
                return false;
            }
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                final String name = field.getMessageType().getFullName();
                if (!DECIMAL_TYPE.equals(name) && !LOCAL_DATE_TYPE.equals(name) && !TIMESTAMP_TYPE.equals(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ColumnKind elementKind(final FieldDescriptor field, final String path) {
        if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
            return scalarKind(field, path);
        }
        return switch (field.getMessageType().getFullName()) {
            case DECIMAL_TYPE -> ColumnKind.DECIMAL;
            case LOCAL_DATE_TYPE -> ColumnKind.DATE;
            case TIMESTAMP_TYPE -> ColumnKind.TIMESTAMP;
            default -> throw noRule(path + "." + field.getName(), field.getMessageType().getFullName());
        };
    }

    private static ColumnKind scalarKind(final FieldDescriptor field, final String path) {
        return switch (field.getType()) {
            case INT32, SINT32, SFIXED32 -> ColumnKind.INT4;
            case INT64, SINT64, SFIXED64 -> ColumnKind.INT8;
            case UINT32, FIXED32 -> ColumnKind.UINT32;
            case UINT64, FIXED64 -> ColumnKind.UINT64;
            case BOOL -> ColumnKind.BOOL;
            case DOUBLE -> ColumnKind.FLOAT8;
            case FLOAT -> ColumnKind.FLOAT4;
            case STRING -> ColumnKind.TEXT;
            case BYTES -> ColumnKind.BYTES;
            case ENUM -> ColumnKind.ENUM;
            case MESSAGE, GROUP -> throw noRule(path, field.getType().name());
        };
    }

    private static void requireScalarMapValue(final FieldDescriptor field, final String path) {
        final FieldDescriptor value = field.getMessageType().findFieldByName("value");
        if (value.getJavaType() == FieldDescriptor.JavaType.MESSAGE || value.getJavaType() == FieldDescriptor.JavaType.BYTE_STRING) {
            throw noRule(path, "map with " + value.getType() + " values");
        }
    }

    private static List<String> enumValues(final FieldDescriptor field) {
        if (field.getJavaType() != FieldDescriptor.JavaType.ENUM) {
            return List.of();
        }
        final List<String> names = new ArrayList<>();
        for (final Descriptors.EnumValueDescriptor value : field.getEnumType().getValues()) {
            names.add(value.getName());
        }
        return names;
    }

    private static String defaultSql(final FieldDescriptor field, final ColumnKind kind) {
        return switch (kind) {
            case TEXT -> "''";
            case BOOL -> "false";
            case BYTES -> "''::bytea";
            case ENUM -> SqlIdentifiers.literal(((Descriptors.EnumValueDescriptor) field.getDefaultValue()).getName());
            default -> "0";
        };
    }

    private static IllegalStateException noRule(final String path, final String type) {
        return new IllegalStateException("no mapping rule for field " + path + " of type " + type + ": add one to ProtoSchemaMapper");
    }

    private Table table() {
        final Set<String> notNull = new HashSet<>(spec.key());
        final TimePartitioning partitioning = spec.partitioning();
        if (partitioning != null) {
            final Column time = find(partitioning.timeColumn());
            if (time.kind() != ColumnKind.TIMESTAMP) {
                throw new IllegalStateException(spec.name() + ": partitioning column " + time.name() + " is not a Timestamp");
            }
            notNull.add(time.name());
            notNull.add(time.name() + "_ns");
        }
        final List<Column> mapped = new ArrayList<>();
        for (final Column column : columns) {
            mapped.add(notNull.contains(column.name()) ? keyColumn(column) : column);
        }
        for (final String key : spec.key()) {
            find(key);
        }
        final List<Index> indexes = new ArrayList<>();
        for (final List<String> indexColumns : spec.btreeIndexes()) {
            indexes.add(new Index(spec.name() + "_" + String.join("_", indexColumns) + "_idx", "btree", indexColumns));
        }
        for (final String column : spec.ginIndexes()) {
            indexes.add(new Index(spec.name() + "_" + column + "_idx", "gin", List.of(column)));
        }
        for (final Index index : indexes) {
            index.columns().forEach(this::find);
        }
        final Table table = new Table(spec.name(), spec.messageType().getFullName(), mapped, spec.key(), indexes, checks, partitioning);
        checkIdentifierLengths(table);
        return table;
    }

    private static Column keyColumn(final Column column) {
        final String defaultSql = switch (column.kind()) {
            case DECIMAL -> "0";
            case TIMESTAMP, DATE, EPOCH_NS -> null;
            default -> column.defaultSql();
        };
        return new Column(column.name(), column.kind(), column.array(), false, defaultSql, column.enumValues(), column.fieldPath());
    }

    private Column find(final String name) {
        for (final Column column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        throw new IllegalStateException(spec.name() + ": no column " + name + " (columns come from the fields of "
            + spec.messageType().getFullName() + ")");
    }

    private static void checkIdentifierLengths(final Table table) {
        final List<String> names = new ArrayList<>();
        names.add(table.name());
        names.add(table.name() + "_default");
        for (final Column column : table.columns()) {
            names.add(column.name());
            if (column.kind() == ColumnKind.ENUM) {
                names.add(table.enumCheckName(column));
            }
        }
        table.indexes().forEach(index -> names.add(index.name()));
        table.checks().forEach(check -> names.add(check.name()));
        for (final String name : names) {
            if (name.length() > MAX_IDENTIFIER_LENGTH) {
                throw new IllegalStateException(table.name() + ": identifier longer than " + MAX_IDENTIFIER_LENGTH + " characters: "
                    + name);
            }
        }
    }
}

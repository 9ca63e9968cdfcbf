package io.fdp.persistence.row;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import io.fdp.engine.convert.ProtoConverter;
import io.fdp.persistence.schema.Column;
import io.fdp.persistence.schema.ColumnKind;
import io.fdp.proto.common.v1.Decimal;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one column's value out of a message and writes it back into a builder, along the column's field path.
 *
 * <p>Values are held as {@code String}, {@code Integer}, {@code Long}, {@code BigDecimal}, {@code Boolean},
 * {@code Double}, {@code Float}, {@code byte[]}, {@code Instant} (TIMESTAMPTZ), {@code java.time.LocalDate} (DATE),
 * a JSON {@code String} (JSONB) or a {@code List} of those (arrays).
 */
final class FieldAccessor {
    private static final JsonFormat.Printer JSON_PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final JsonFormat.Parser JSON_PARSER = JsonFormat.parser();

    private final String table;
    private final Column column;
    private final FieldDescriptor[] prefix;
    private final FieldDescriptor repeated;
    private final FieldDescriptor leaf;

    FieldAccessor(final String table, final Column column, final Descriptors.Descriptor root) {
        this.table = table;
        this.column = column;
        final String[] names = column.fieldPath().split("\\.");
        final List<FieldDescriptor> singular = new ArrayList<>();
        FieldDescriptor struct = null;
        Descriptors.Descriptor type = root;
        for (int i = 0; i < names.length - 1; i++) {
            final FieldDescriptor field = field(type, names[i]);
            if (field.isRepeated()) {
                struct = field;
            } else {
                singular.add(field);
            }
            type = field.getMessageType();
        }
        this.prefix = singular.toArray(FieldDescriptor[]::new);
        this.repeated = struct;
        this.leaf = field(type, names[names.length - 1]);
    }

    private FieldDescriptor field(final Descriptors.Descriptor type, final String name) {
        final FieldDescriptor field = type.findFieldByName(name);
        if (field == null) {
            throw new IllegalStateException(table + "." + column.name() + ": " + type.getFullName() + " has no field " + name);
        }
        return field;
    }

    Column column() {
        return column;
    }

    Object value(final Message root) {
        Message message = root;
        for (final FieldDescriptor field : prefix) {
            if (!message.hasField(field)) {
                return absent();
            }
            message = (Message) message.getField(field);
        }
        if (repeated != null) {
            final List<?> elements = (List<?>) message.getField(repeated);
            final List<Object> values = new ArrayList<>(elements.size());
            for (final Object element : elements) {
                values.add(leafValue((Message) element));
            }
            return values;
        }
        return leafValue(message);
    }

    private Object absent() {
        if (column.nullable()) {
            return null;
        }
        if (column.array()) {
            return List.of();
        }
        return switch (column.kind()) {
            case JSON_MAP -> "{}";
            case JSON_MESSAGES -> "[]";
            case DECIMAL -> BigDecimal.ZERO;
            default -> leaf.getJavaType() == FieldDescriptor.JavaType.MESSAGE ? null : scalar(leaf.getDefaultValue());
        };
    }

    private Object leafValue(final Message message) {
        if (column.kind() == ColumnKind.JSON_MAP) {
            return mapJson((List<?>) message.getField(leaf));
        }
        if (column.kind() == ColumnKind.JSON_MESSAGES) {
            return messagesJson((List<?>) message.getField(leaf));
        }
        if (leaf.isRepeated()) {
            final List<?> elements = (List<?>) message.getField(leaf);
            final List<Object> values = new ArrayList<>(elements.size());
            for (final Object element : elements) {
                values.add(scalar(element));
            }
            return values;
        }
        if (leaf.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            if (!message.hasField(leaf)) {
                return column.zeroForUnset() ? BigDecimal.ZERO : null;
            }
            return messageValue((Message) message.getField(leaf));
        }
        if (leaf.hasPresence() && !message.hasField(leaf)) {
            return null;
        }
        return scalar(message.getField(leaf));
    }

    private Object messageValue(final Message value) {
        return switch (column.kind()) {
            case DECIMAL -> ProtoValues.bigDecimal((Decimal) value);
            case TIMESTAMP -> ProtoValues.micros((Timestamp) value);
            case EPOCH_NS -> ProtoConverter.epochNs((Timestamp) value);
            case DATE -> {
                try {
                    yield ProtoValues.localDate((io.fdp.proto.common.v1.LocalDate) value);
                } catch (final DateTimeException e) {
                    throw new IllegalArgumentException(table + "." + column.name() + ": not a date: " + value, e);
                }
            }
            default -> throw new IllegalStateException(table + "." + column.name() + ": no conversion of " + value.getDescriptorForType());
        };
    }

    private Object scalar(final Object value) {
        return switch (column.kind()) {
            case UINT32 -> Integer.toUnsignedLong((Integer) value);
            case UINT64 -> new BigDecimal(Long.toUnsignedString((Long) value));
            case BYTES -> ((ByteString) value).toByteArray();
            case ENUM -> enumName((Descriptors.EnumValueDescriptor) value);
            default -> value;
        };
    }

    private String enumName(final Descriptors.EnumValueDescriptor value) {
        if (value.getType().findValueByNumber(value.getNumber()) == null) {
            throw new IllegalArgumentException(table + "." + column.name() + ": enum number " + value.getNumber() + " is not a value of "
                + value.getType().getFullName() + " known to this build");
        }
        return value.getName();
    }

    private String mapJson(final List<?> entries) {
        final Map<String, Object> sorted = new TreeMap<>();
        for (final Object entry : entries) {
            final Message message = (Message) entry;
            final Descriptors.Descriptor type = message.getDescriptorForType();
            final Object value = message.getField(type.findFieldByName("value"));
            sorted.put(String.valueOf(message.getField(type.findFieldByName("key"))),
                value instanceof Descriptors.EnumValueDescriptor enumValue ? enumValue.getName() : value);
        }
        final StringBuilder json = new StringBuilder("{");
        for (final var entry : sorted.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            appendJsonString(json, entry.getKey());
            json.append(':');
            final Object value = entry.getValue();
            if (value instanceof Boolean || value instanceof Integer || value instanceof Double || value instanceof Float) {
                json.append(value);
            } else {
                appendJsonString(json, String.valueOf(value));
            }
        }
        return json.append('}').toString();
    }

    private String messagesJson(final List<?> messages) {
        final StringBuilder json = new StringBuilder("[");
        for (final Object message : messages) {
            if (json.length() > 1) {
                json.append(',');
            }
            try {
                json.append(JSON_PRINTER.print((Message) message));
            } catch (final InvalidProtocolBufferException e) {
                throw new IllegalArgumentException(table + "." + column.name() + ": cannot write as JSON", e);
            }
        }
        return json.append(']').toString();
    }

    private static void appendJsonString(final StringBuilder json, final String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** Reads this column of the current row and sets it into the builder of the table's message. */
    void read(final ResultSet rows, final int index, final Message.Builder root) throws SQLException {
        if (column.array()) {
            final Array array = rows.getArray(index);
            if (array == null) {
                return;
            }
            final Object[] elements = (Object[]) array.getArray();
            array.free();
            if (elements.length > 0) {
                setArray(root, elements);
            }
            return;
        }
        final Object value = readScalar(rows, index);
        if (value != null && !isDefault(value)) {
            set(builder(root), value);
        }
    }

    private Object readScalar(final ResultSet rows, final int index) throws SQLException {
        final Object value = switch (column.kind()) {
            case TEXT, ENUM, JSON_MAP, JSON_MESSAGES -> rows.getString(index);
            case INT4 -> rows.getInt(index);
            case INT8, UINT32, EPOCH_NS -> rows.getLong(index);
            case UINT64, DECIMAL -> rows.getBigDecimal(index);
            case BOOL -> rows.getBoolean(index);
            case FLOAT8 -> rows.getDouble(index);
            case FLOAT4 -> rows.getFloat(index);
            case BYTES -> rows.getBytes(index);
            case TIMESTAMP -> rows.getObject(index, OffsetDateTime.class);
            case DATE -> rows.getObject(index, LocalDate.class);
        };
        return rows.wasNull() ? null : value;
    }

    /** Whether a value read from a column is the field's default, which leaves the field (and its parents) unset. */
    private boolean isDefault(final Object value) {
        return switch (column.kind()) {
            case JSON_MAP -> "{}".equals(value);
            case JSON_MESSAGES -> "[]".equals(value);
            case DECIMAL -> column.zeroForUnset() && ((BigDecimal) value).signum() == 0;
            case TIMESTAMP, EPOCH_NS, DATE -> false;
            default -> !leaf.hasPresence() && toProto(value).equals(leaf.getDefaultValue());
        };
    }

    private Message.Builder builder(final Message.Builder root) {
        Message.Builder builder = root;
        for (final FieldDescriptor field : prefix) {
            builder = builder.getFieldBuilder(field);
        }
        return builder;
    }

    private void set(final Message.Builder builder, final Object value) {
        switch (column.kind()) {
            case JSON_MAP, JSON_MESSAGES -> {
                try {
                    JSON_PARSER.merge("{\"" + leaf.getJsonName() + "\":" + value + "}", builder);
                } catch (final InvalidProtocolBufferException e) {
                    throw new IllegalStateException(table + "." + column.name() + ": stored JSON does not fit " + leaf.getFullName(), e);
                }
            }
            case EPOCH_NS -> builder.setField(leaf, ProtoConverter.timestamp((Long) value));
            default -> builder.setField(leaf, toProto(value));
        }
    }

    private void setArray(final Message.Builder root, final Object[] elements) {
        final Message.Builder builder = builder(root);
        if (repeated == null) {
            for (final Object element : elements) {
                builder.addRepeatedField(leaf, toProto(arrayElement(element)));
            }
            return;
        }
        for (int i = 0; i < elements.length; i++) {
            while (builder.getRepeatedFieldCount(repeated) <= i) {
                builder.addRepeatedField(repeated, builder.newBuilderForField(repeated).build());
            }
            final Object element = arrayElement(elements[i]);
            if (element != null && (leaf.getJavaType() == FieldDescriptor.JavaType.MESSAGE || !isDefault(element))) {
                builder.getRepeatedFieldBuilder(repeated, i).setField(leaf, toProto(element));
            }
        }
    }

    private Object arrayElement(final Object element) {
        if (element instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (element instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return element;
    }

    /** Turns a value read from the database into the field's Java value for {@code setField}. */
    private Object toProto(final Object value) {
        return switch (column.kind()) {
            case DECIMAL -> ProtoValues.decimal((BigDecimal) value);
            case TIMESTAMP -> ProtoValues.timestamp((OffsetDateTime) value);
            case DATE -> ProtoValues.date((LocalDate) value);
            case UINT32 -> ((Long) value).intValue();
            case UINT64 -> ((BigDecimal) value).toBigIntegerExact().longValue();
            case INT4 -> ((Number) value).intValue();
            case INT8, EPOCH_NS -> ((Number) value).longValue();
            case BYTES -> ByteString.copyFrom((byte[]) value);
            case ENUM -> enumValue((String) value);
            default -> value;
        };
    }

    private Descriptors.EnumValueDescriptor enumValue(final String name) {
        final Descriptors.EnumValueDescriptor value = leaf.getEnumType().findValueByName(name);
        if (value == null) {
            throw new IllegalStateException(table + "." + column.name() + " holds '" + name + "', not a value of "
                + leaf.getEnumType().getFullName());
        }
        return value;
    }
}

package io.fdp.persistence.row;

import io.fdp.persistence.schema.Column;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.util.PGobject;

/** Binds column values and query parameters to JDBC statements. */
public final class JdbcValues {
    private JdbcValues() {
    }

    /**
     * Binds the value of a column, as {@link MessageTable#values} returns it.
     *
     * @param statement the statement.
     * @param index 1-based parameter position.
     * @param column the column the value belongs to.
     * @param value the value, or null.
     * @throws SQLException if the driver rejects it.
     */
    public static void bindColumn(final PreparedStatement statement, final int index, final Column column, final Object value)
        throws SQLException {
        if (value == null) {
            statement.setNull(index, column.array() ? Types.ARRAY : sqlType(column));
            return;
        }
        if (column.array()) {
            final List<?> list = (List<?>) value;
            final Object[] elements = new Object[list.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = list.get(i) instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : list.get(i);
            }
            statement.setArray(index, statement.getConnection().createArrayOf(column.kind().elementTypeName(), elements));
            return;
        }
        switch (column.kind()) {
            case JSON_MAP, JSON_MESSAGES -> {
                final PGobject json = new PGobject();
                json.setType("jsonb");
                json.setValue((String) value);
                statement.setObject(index, json);
            }
            case BYTES -> statement.setBytes(index, (byte[]) value);
            default -> bindParameter(statement, index, value);
        }
    }

    /**
     * Binds a query parameter by its Java type.
     *
     * @param statement the statement.
     * @param index 1-based parameter position.
     * @param value a String, Integer, Long, BigDecimal, Boolean, Double, Float, Instant, OffsetDateTime, LocalDate or
     *     String[] (a TEXT[]).
     * @throws SQLException if the driver rejects it.
     * @throws IllegalArgumentException for another type.
     */
    public static void bindParameter(final PreparedStatement statement, final int index, final Object value) throws SQLException {
        switch (value) {
            case String text -> statement.setString(index, text);
            case Integer number -> statement.setInt(index, number);
            case Long number -> statement.setLong(index, number);
            case BigDecimal number -> statement.setBigDecimal(index, number);
            case Boolean flag -> statement.setBoolean(index, flag);
            case Double number -> statement.setDouble(index, number);
            case Float number -> statement.setFloat(index, number);
            case Instant instant -> statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            case OffsetDateTime time -> statement.setObject(index, time);
            case LocalDate date -> statement.setObject(index, date);
            case String[] texts -> statement.setArray(index, statement.getConnection().createArrayOf("text", texts));
            default -> throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
        }
    }

    private static int sqlType(final Column column) {
        return switch (column.kind()) {
            case TEXT, ENUM -> Types.VARCHAR;
            case INT4 -> Types.INTEGER;
            case INT8, UINT32, EPOCH_NS -> Types.BIGINT;
            case UINT64, DECIMAL -> Types.NUMERIC;
            case BOOL -> Types.BOOLEAN;
            case FLOAT8 -> Types.DOUBLE;
            case FLOAT4 -> Types.REAL;
            case BYTES -> Types.BINARY;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
            case DATE -> Types.DATE;
            case JSON_MAP, JSON_MESSAGES -> Types.OTHER;
        };
    }
}

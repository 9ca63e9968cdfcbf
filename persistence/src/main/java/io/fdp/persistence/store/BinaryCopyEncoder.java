package io.fdp.persistence.store;

import io.fdp.persistence.schema.Column;
import io.fdp.persistence.schema.ColumnKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes rows in PostgreSQL's binary COPY format into a growable buffer.
 *
 * <pre>
 * file:  "PGCOPY\n\377\r\n\0" | int32 flags=0 | int32 extension=0 | tuple* | int16 -1
 * tuple: int16 field count | (int32 length or -1 for NULL | bytes)*
 * numeric: int16 ndigits | int16 weight | int16 sign | int16 dscale | int16 base-10000 digit*
 * timestamptz: int64 microseconds since 2000-01-01 UTC;  date: int32 days since 2000-01-01
 * jsonb: byte version=1 | UTF-8 text;  array: int32 ndim | int32 hasnull | int32 element oid | (int32 size | int32 lbound=1) | element*
 * </pre>
 * Not thread-safe.
 */
final class BinaryCopyEncoder {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final long POSTGRES_EPOCH_DAY = 10_957L;
    private static final int NUMERIC_NEGATIVE = 0x4000;
    private static final int NBASE_DIGITS = 4;

    private byte[] buffer = new byte[1 << 16];
    private int position;

    void header() {
        writeBytes(SIGNATURE);
        writeInt(0);
        writeInt(0);
    }

    void trailer() {
        writeShort(-1);
    }

    void row(final List<Column> columns, final Object[] values) {
        writeShort(columns.size());
        for (int i = 0; i < values.length; i++) {
            final Column column = columns.get(i);
            if (values[i] == null) {
                writeInt(-1);
            } else {
                final int start = beginField();
                if (column.array()) {
                    array(column.kind(), (List<?>) values[i]);
                } else {
                    scalar(column.kind(), values[i]);
                }
                endField(start);
            }
        }
    }

    int size() {
        return position;
    }

    byte[] buffer() {
        return buffer;
    }

    void clear() {
        position = 0;
    }

    /** Reserves the length of a field; returns where it goes. */
    private int beginField() {
        final int lengthAt = position;
        writeInt(0);
        return lengthAt;
    }

    private void endField(final int lengthAt) {
        putInt(lengthAt, position - lengthAt - Integer.BYTES);
    }

    private void array(final ColumnKind kind, final List<?> elements) {
        boolean hasNull = false;
        for (final Object element : elements) {
            hasNull |= element == null;
        }
        writeInt(elements.isEmpty() ? 0 : 1);
        writeInt(hasNull ? 1 : 0);
        writeInt(kind.typeOid());
        if (elements.isEmpty()) {
            return;
        }
        writeInt(elements.size());
        writeInt(1);
        for (final Object element : elements) {
            if (element == null) {
                writeInt(-1);
            } else {
                final int start = beginField();
                scalar(kind, element);
                endField(start);
            }
        }
    }

    private void scalar(final ColumnKind kind, final Object value) {
        switch (kind) {
            case TEXT, ENUM -> writeBytes(((String) value).getBytes(StandardCharsets.UTF_8));
            case INT4 -> writeInt((Integer) value);
            case INT8, UINT32, EPOCH_NS -> writeLong((Long) value);
            case UINT64, DECIMAL -> numeric((BigDecimal) value);
            case BOOL -> writeByte((Boolean) value ? 1 : 0);
            case FLOAT8 -> writeLong(Double.doubleToLongBits((Double) value));
            case FLOAT4 -> writeInt(Float.floatToIntBits((Float) value));
            case BYTES -> writeBytes((byte[]) value);
            case TIMESTAMP -> {
                final Instant instant = (Instant) value;
                writeLong(Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000)
                    - POSTGRES_EPOCH_MICROS);
            }
            case DATE -> writeInt(Math.toIntExact(((LocalDate) value).toEpochDay() - POSTGRES_EPOCH_DAY));
            case JSON_MAP, JSON_MESSAGES -> {
                writeByte(1);
                writeBytes(((String) value).getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new IllegalStateException("no binary encoding of " + kind);
        }
    }

    /** Writes a NUMERIC: base-10000 digit groups aligned on the decimal point, zero groups at either end dropped. */
    void numeric(final BigDecimal number) {
        final BigDecimal value = number.scale() < 0 ? number.setScale(0) : number;
        final int scale = value.scale();
        if (value.signum() == 0) {
            writeShort(0);
            writeShort(0);
            writeShort(0);
            writeShort(scale);
            return;
        }
        final String digits = value.unscaledValue().abs().toString();
        final int integerDigits = digits.length() - scale;
        final String integerPart = integerDigits > 0 ? digits.substring(0, integerDigits) : "";
        final String fractionPart = integerDigits > 0 ? digits.substring(integerDigits) : "0".repeat(-integerDigits) + digits;
        final String aligned = "0".repeat((NBASE_DIGITS - integerPart.length() % NBASE_DIGITS) % NBASE_DIGITS) + integerPart
            + fractionPart + "0".repeat((NBASE_DIGITS - fractionPart.length() % NBASE_DIGITS) % NBASE_DIGITS);
        final int[] groups = new int[aligned.length() / NBASE_DIGITS];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = Integer.parseInt(aligned, i * NBASE_DIGITS, (i + 1) * NBASE_DIGITS, 10);
        }
        int weight = (integerPart.length() + NBASE_DIGITS - 1) / NBASE_DIGITS - 1;
        int first = 0;
        while (groups[first] == 0) {
            first++;
            weight--;
        }
        int last = groups.length - 1;
        while (groups[last] == 0) {
            last--;
        }
        writeShort(last - first + 1);
        writeShort(weight);
        writeShort(value.signum() < 0 ? NUMERIC_NEGATIVE : 0);
        writeShort(scale);
        for (int i = first; i <= last; i++) {
            writeShort(groups[i]);
        }
    }

    private void ensure(final int bytes) {
        if (position + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + bytes));
        }
    }

    private void writeByte(final int value) {
        ensure(1);
        buffer[position++] = (byte) value;
    }

    private void writeShort(final int value) {
        ensure(Short.BYTES);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void writeInt(final int value) {
        ensure(Integer.BYTES);
        putInt(position, value);
        position += Integer.BYTES;
    }

    private void putInt(final int at, final int value) {
        buffer[at] = (byte) (value >>> 24);
        buffer[at + 1] = (byte) (value >>> 16);
        buffer[at + 2] = (byte) (value >>> 8);
        buffer[at + 3] = (byte) value;
    }

    private void writeLong(final long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    private void writeBytes(final byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }
}

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

    private static final int MAX_FAST_SCALE = 15;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final int[] groups = new int[12];
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

    /** Starts a row of {@code fields} fields, each written next with one of the {@code *Field} methods. */
    void rowStart(final int fields) {
        writeShort(fields);
    }

    /** Writes a NULL field. */
    void nullField() {
        writeInt(-1);
    }

    /** Writes a TEXT (or enum label) field from its UTF-8 bytes. */
    void textField(final byte[] utf8) {
        writeInt(utf8.length);
        writeBytes(utf8);
    }

    /** Writes a TEXT field holding the unsigned decimal digits of a long, without allocating for the usual values. */
    void unsignedDigitsField(final long value) {
        if (value < 0) {
            textField(Long.toUnsignedString(value).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        int digits = 1;
        while (digits < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        writeInt(digits);
        ensure(digits);
        long rest = value;
        for (int i = position + digits - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        position += digits;
    }

    /** Writes a BIGINT field. */
    void int8Field(final long value) {
        writeInt(Long.BYTES);
        writeLong(value);
    }

    /** Writes a TIMESTAMPTZ field from nanoseconds since the Unix epoch, truncated to microseconds. */
    void timestampField(final long epochNs) {
        writeInt(Long.BYTES);
        writeLong(Math.floorDiv(epochNs, 1_000L) - POSTGRES_EPOCH_MICROS);
    }

    /** Writes a NUMERIC field of {@code unscaled} &times; 10<sup>-scale</sup>, as {@link #numeric(BigDecimal)} would. */
    void numericField(final long unscaled, final int scale) {
        final int start = beginField();
        numeric(unscaled, scale);
        endField(start);
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

    /**
     * Writes a NUMERIC of {@code unscaled} &times; 10<sup>-scale</sup>: the same bytes as {@link #numeric(BigDecimal)}
     * of {@code BigDecimal.valueOf(unscaled, scale)}, computed on longs (no allocation) when the scale is 0 to
     * {@value #MAX_FAST_SCALE}.
     */
    void numeric(final long unscaled, final int scale) {
        if (scale < 0 || scale > MAX_FAST_SCALE || unscaled == Long.MIN_VALUE) {
            numeric(BigDecimal.valueOf(unscaled, scale));
            return;
        }
        if (unscaled == 0) {
            writeShort(0);
            writeShort(0);
            writeShort(0);
            writeShort(scale);
            return;
        }
        final long magnitude = Math.abs(unscaled);
        final long integerPart = magnitude / POWERS_OF_TEN[scale];
        final int fractionGroups = (scale + NBASE_DIGITS - 1) / NBASE_DIGITS;
        long fraction = (magnitude % POWERS_OF_TEN[scale]) * POWERS_OF_TEN[fractionGroups * NBASE_DIGITS - scale];
        int integerGroups = 0;
        for (long rest = integerPart; rest != 0; rest /= 10_000) {
            integerGroups++;
        }
        long rest = integerPart;
        for (int i = integerGroups - 1; i >= 0; i--) {
            groups[i] = (int) (rest % 10_000);
            rest /= 10_000;
        }
        for (int i = integerGroups + fractionGroups - 1; i >= integerGroups; i--) {
            groups[i] = (int) (fraction % 10_000);
            fraction /= 10_000;
        }
        numericGroups(integerGroups + fractionGroups, integerGroups - 1, unscaled < 0, scale);
    }

    /** Writes a NUMERIC from its base-10000 groups in {@link #groups}, dropping zero groups at either end. */
    private void numericGroups(final int count, final int firstWeight, final boolean negative, final int scale) {
        int weight = firstWeight;
        int first = 0;
        while (groups[first] == 0) {
            first++;
            weight--;
        }
        int last = count - 1;
        while (groups[last] == 0) {
            last--;
        }
        writeShort(last - first + 1);
        writeShort(weight);
        writeShort(negative ? NUMERIC_NEGATIVE : 0);
        writeShort(scale);
        for (int i = first; i <= last; i++) {
            writeShort(groups[i]);
        }
    }

    /** Writes a NUMERIC: base-10000 digit groups aligned on the decimal point, zero groups at either end dropped. */
    void numeric(final BigDecimal number) {
        final BigDecimal value = number.scale() < 0 ? number.setScale(0) : number;
        if (value.scale() <= MAX_FAST_SCALE && value.unscaledValue().bitLength() < Long.SIZE - 1) {
            numeric(value.unscaledValue().longValue(), value.scale());
        } else {
            numericFromDigits(value);
        }
    }

    /** {@link #numeric(BigDecimal)} through the decimal digits of the number, for any size or scale. */
    void numericFromDigits(final BigDecimal number) {
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
        final int[] digitGroups = new int[aligned.length() / NBASE_DIGITS];
        for (int i = 0; i < digitGroups.length; i++) {
            digitGroups[i] = Integer.parseInt(aligned, i * NBASE_DIGITS, (i + 1) * NBASE_DIGITS, 10);
        }
        int weight = (integerPart.length() + NBASE_DIGITS - 1) / NBASE_DIGITS - 1;
        int first = 0;
        while (digitGroups[first] == 0) {
            first++;
            weight--;
        }
        int last = digitGroups.length - 1;
        while (digitGroups[last] == 0) {
            last--;
        }
        writeShort(last - first + 1);
        writeShort(weight);
        writeShort(value.signum() < 0 ? NUMERIC_NEGATIVE : 0);
        writeShort(scale);
        for (int i = first; i <= last; i++) {
            writeShort(digitGroups[i]);
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

package io.fdp.persistence.row;

import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.Decimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Converts between the schema's value messages and the Java types JDBC uses. */
public final class ProtoValues {
    private static final int MAX_MANTISSA_BITS = 63;
    private static final MathContext LONG_DIGITS = new MathContext(18);

    private ProtoValues() {
    }

    /**
     * A Decimal as a BigDecimal.
     *
     * @param decimal the Decimal.
     * @return {@code mantissa * 10^exponent}, with scale {@code -exponent}, or at least 0.
     */
    public static BigDecimal bigDecimal(final Decimal decimal) {
        final BigDecimal value = BigDecimal.valueOf(decimal.getMantissa(), -decimal.getExponent());
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * A BigDecimal as a Decimal, keeping its scale when the unscaled value fits a long.
     *
     * @param value the number, such as a NUMERIC read from the database.
     * @return the exact Decimal; when the unscaled value needs more than 63 bits, trailing zeros are dropped first and,
     *     if that is not enough, the value is rounded to 18 significant digits.
     */
    public static Decimal decimal(final BigDecimal value) {
        BigDecimal fitted = value;
        if (fitted.unscaledValue().bitLength() > MAX_MANTISSA_BITS) {
            fitted = fitted.stripTrailingZeros();
            if (fitted.unscaledValue().bitLength() > MAX_MANTISSA_BITS) {
                fitted = fitted.round(LONG_DIGITS);
            }
        }
        return Decimal.newBuilder().setMantissa(fitted.unscaledValue().longValueExact()).setExponent(-fitted.scale()).build();
    }

    /**
     * A Timestamp as an Instant.
     *
     * @param timestamp the Timestamp.
     * @return the same instant, to the nanosecond.
     */
    public static Instant instant(final Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    /**
     * A Timestamp truncated to what TIMESTAMPTZ keeps.
     *
     * @param timestamp the Timestamp.
     * @return the instant truncated to microseconds, towards the past.
     */
    public static Instant micros(final Timestamp timestamp) {
        return instant(timestamp).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * An Instant as a Timestamp.
     *
     * @param instant the instant.
     * @return the same instant.
     */
    public static Timestamp timestamp(final Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /**
     * A TIMESTAMPTZ value as a Timestamp.
     *
     * @param time the value read from the database.
     * @return the same instant.
     */
    public static Timestamp timestamp(final OffsetDateTime time) {
        return timestamp(time.toInstant());
    }

    /**
     * A schema LocalDate as a java.time date.
     *
     * @param date the message.
     * @return the date.
     * @throws java.time.DateTimeException if the message is not a valid date (an empty message is not).
     */
    public static LocalDate localDate(final io.fdp.proto.common.v1.LocalDate date) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }

    /**
     * A java.time date as a schema LocalDate.
     *
     * @param date the date.
     * @return the message.
     */
    public static io.fdp.proto.common.v1.LocalDate date(final LocalDate date) {
        return io.fdp.proto.common.v1.LocalDate.newBuilder()
            .setYear(date.getYear())
            .setMonth(date.getMonthValue())
            .setDay(date.getDayOfMonth())
            .build();
    }
}

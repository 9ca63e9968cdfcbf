package io.fdp.api.http;

import com.google.protobuf.Timestamp;
import io.fdp.proto.common.v1.Decimal;
import io.fdp.proto.common.v1.LocalDate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses query parameter text into the canonical types, with messages that say which parameter and form failed. */
public final class ParamParsers {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private ParamParsers() {
    }

    /**
     * Parses an instant given as ISO-8601 ({@code 2024-01-31T14:30:00Z}, an offset, or a date meaning its UTC midnight)
     * or as nanoseconds since the Unix epoch.
     *
     * @param name  the parameter, for the message.
     * @param value its text.
     * @return the timestamp.
     * @throws ApiException 400 naming the parameter and both accepted forms.
     */
    public static Timestamp timestamp(final String name, final String value) throws ApiException {
        final String text = value.trim();
        if (text.matches("-?\\d+")) {
            try {
                final long ns = Long.parseLong(text);
                return Timestamp.newBuilder().setSeconds(Math.floorDiv(ns, NANOS_PER_SECOND))
                    .setNanos((int) Math.floorMod(ns, NANOS_PER_SECOND)).build();
            } catch (final NumberFormatException e) {
                throw ApiException.invalid(name, "parameter '" + name + "': '" + value
                    + "' is too large for epoch nanoseconds (a signed 64-bit number)");
            }
        }
        try {
            final Instant instant = text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                : OffsetDateTime.parse(text).toInstant();
            return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
        } catch (final DateTimeParseException e) {
            throw ApiException.invalid(name, "parameter '" + name + "': '" + value + "' is neither an ISO-8601 instant"
                + " (such as 2024-01-31T14:30:00Z or 2024-01-31) nor epoch nanoseconds (digits only): "
                + e.getMessage());
        }
    }

    /**
     * Parses an ISO-8601 calendar date such as {@code 2024-01-31}.
     *
     * @param name  the parameter, for the message.
     * @param value its text.
     * @return the date.
     * @throws ApiException 400 naming the parameter.
     */
    public static LocalDate date(final String name, final String value) throws ApiException {
        try {
            final java.time.LocalDate date = java.time.LocalDate.parse(value.trim());
            return LocalDate.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth())
                .build();
        } catch (final DateTimeParseException e) {
            throw ApiException.invalid(name, "parameter '" + name + "': '" + value
                + "' is not an ISO-8601 date such as 2024-01-31");
        }
    }

    /**
     * Parses an exact decimal such as {@code 12.5} into a mantissa and exponent.
     *
     * @param name  the parameter, for the message.
     * @param value its text.
     * @return the decimal.
     * @throws ApiException 400 when it is not a decimal number or its mantissa does not fit 64 bits.
     */
    public static Decimal decimal(final String name, final String value) throws ApiException {
        try {
            final BigDecimal number = new BigDecimal(value.trim());
            return Decimal.newBuilder().setMantissa(number.unscaledValue().longValueExact()).setExponent(-number.scale()).build();
        } catch (final NumberFormatException | ArithmeticException e) {
            throw ApiException.invalid(name, "parameter '" + name + "': '" + value + "' is not a decimal number such as 12.5");
        }
    }

    /**
     * Reads back a timestamp.
     *
     * @param timestamp the timestamp.
     * @return nanoseconds since the epoch, saturated at the limits of a long.
     */
    public static long epochNs(final Timestamp timestamp) {
        try {
            return Math.addExact(Math.multiplyExact(timestamp.getSeconds(), NANOS_PER_SECOND), timestamp.getNanos());
        } catch (final ArithmeticException e) {
            return timestamp.getSeconds() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /**
     * Converts a date message to a {@link java.time.LocalDate}.
     *
     * @param name the field, for the message.
     * @param date the date.
     * @return the date.
     * @throws ApiException 400 when the parts do not make a date.
     */
    public static java.time.LocalDate localDate(final String name, final LocalDate date) throws ApiException {
        try {
            return java.time.LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
        } catch (final DateTimeException e) {
            throw ApiException.invalid(name, name + " is not a valid date: " + e.getMessage());
        }
    }

    /**
     * Formats a timestamp for messages.
     *
     * @param timestamp the timestamp.
     * @return its ISO-8601 form.
     */
    public static String instant(final Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).toString();
    }
}

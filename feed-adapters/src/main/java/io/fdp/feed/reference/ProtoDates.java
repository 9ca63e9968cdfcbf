package io.fdp.feed.reference;

import com.google.protobuf.Timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Converts between {@code java.time} dates and the schema's {@code LocalDate} and {@code Timestamp} messages. */
final class ProtoDates {
    private static final long SECONDS_PER_DAY = 86_400L;

    private ProtoDates() {
    }

    /**
     * Parses an ISO date {@code yyyy-MM-dd}, strictly (no 30 February).
     *
     * @throws MalformedRowException if the text is not a valid ISO date.
     */
    static LocalDate parseDate(final String text) throws MalformedRowException {
        try {
            return LocalDate.parse(text);
        } catch (final DateTimeParseException e) {
            throw new MalformedRowException("malformed date '" + text + "'");
        }
    }

    static io.fdp.proto.common.v1.LocalDate date(final LocalDate date) {
        return io.fdp.proto.common.v1.LocalDate.newBuilder()
            .setYear(date.getYear())
            .setMonth(date.getMonthValue())
            .setDay(date.getDayOfMonth())
            .build();
    }

    static LocalDate date(final io.fdp.proto.common.v1.LocalDate date) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }

    /** The first instant of the date in UTC. */
    static Timestamp startOfDayUtc(final LocalDate date) {
        return Timestamp.newBuilder().setSeconds(date.toEpochDay() * SECONDS_PER_DAY).build();
    }

    static Timestamp timestamp(final Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}

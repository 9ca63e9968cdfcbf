package io.fdp.app.replay;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parses event times given on the command line: ISO-8601 instants or nanoseconds since the epoch. */
final class EventTimes {
    private EventTimes() {
    }

    static long parse(final String option, final String text, final long absent) {
        if (text == null) {
            return absent;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        try {
            final Instant instant = Instant.parse(text);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (final DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is neither an ISO-8601 instant such as "
                + "2012-06-21T13:30:00Z nor nanoseconds since the epoch");
        }
    }
}

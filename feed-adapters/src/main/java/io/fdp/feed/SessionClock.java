package io.fdp.feed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a venue's "nanoseconds since local midnight" into epoch nanoseconds for one trading session.
 *
 * <p>US equity feeds (ITCH, LOBSTER) count from midnight New York time; the session date usually comes from the
 * file name.
 */
public final class SessionClock {
    /** The time zone of US equity venues. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    private final LocalDate date;
    private final long midnightEpochNs;

    /**
     * Creates the clock of one session.
     *
     * @param date the session date.
     * @param zone the venue's time zone.
     */
    public SessionClock(final LocalDate date, final ZoneId zone) {
        this.date = date;
        this.midnightEpochNs = date.atStartOfDay(zone).toEpochSecond() * 1_000_000_000L;
    }

    /**
     * Finds a session date in a file name: {@code 2012-06-21} or {@code 20101224}.
     *
     * @param fileName the name.
     * @return the date, or null when the name holds none.
     */
    public static LocalDate dateIn(final String fileName) {
        Matcher matcher = ISO_DATE.matcher(fileName);
        if (!matcher.find()) {
            matcher = COMPACT_DATE.matcher(fileName);
            if (!matcher.find()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
        } catch (final java.time.DateTimeException e) {
            return null;
        }
    }

    /** @return the session date. */
    public LocalDate date() {
        return date;
    }

    /**
     * Converts a time of the session.
     *
     * @param nanosSinceMidnight venue time, nanoseconds since local midnight.
     * @return nanoseconds since the Unix epoch.
     */
    public long epochNs(final long nanosSinceMidnight) {
        return midnightEpochNs + nanosSinceMidnight;
    }
}

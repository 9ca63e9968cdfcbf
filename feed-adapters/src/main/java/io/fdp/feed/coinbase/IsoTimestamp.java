package io.fdp.feed.coinbase;

import org.agrona.DirectBuffer;

/**
 * Parses UTC ISO-8601 timestamps such as {@code 2021-04-17T16:43:37.075687Z} exactly into epoch nanoseconds,
 * without allocating.
 */
final class IsoTimestamp {
    /** Returned for text that is not a UTC timestamp from 1970 to 2261 in the accepted form. */
    static final long INVALID = Long.MIN_VALUE;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private IsoTimestamp() {
    }

    /**
     * Parse {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z}, with 1 to 9 fraction digits, or {@code +00:00} for {@code Z}.
     *
     * @param buffer holding the text.
     * @param offset of the first character.
     * @param length of the text in bytes.
     * @return epoch nanoseconds, or {@link #INVALID}.
     */
    static long parse(final DirectBuffer buffer, final int offset, final int length) {
        if (length < 20) {
            return INVALID;
        }
        final int year = digits(buffer, offset, 4);
        final int month = digits(buffer, offset + 5, 2);
        final int day = digits(buffer, offset + 8, 2);
        final int hour = digits(buffer, offset + 11, 2);
        final int minute = digits(buffer, offset + 14, 2);
        final int second = digits(buffer, offset + 17, 2);
        if (buffer.getByte(offset + 4) != '-' || buffer.getByte(offset + 7) != '-' || buffer.getByte(offset + 10) != 'T' ||
            buffer.getByte(offset + 13) != ':' || buffer.getByte(offset + 16) != ':') {
            return INVALID;
        }
        if (year < 1970 || year > 2261 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
            hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return INVALID;
        }
        int p = offset + 19;
        final int end = offset + length;
        long nanos = 0;
        if (buffer.getByte(p) == '.') {
            p++;
            long scale = NANOS_PER_SECOND;
            final int fractionStart = p;
            while (p < end && buffer.getByte(p) >= '0' && buffer.getByte(p) <= '9') {
                if (p - fractionStart == 9) {
                    return INVALID;
                }
                scale /= 10;
                nanos += (buffer.getByte(p) - '0') * scale;
                p++;
            }
            if (p == fractionStart) {
                return INVALID;
            }
        }
        if (!isUtcSuffix(buffer, p, end)) {
            return INVALID;
        }
        final long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60 * NANOS_PER_SECOND + second * NANOS_PER_SECOND + nanos;
    }

    private static boolean isUtcSuffix(final DirectBuffer buffer, final int p, final int end) {
        if (end - p == 1) {
            return buffer.getByte(p) == 'Z';
        }
        return end - p == 6 && buffer.getByte(p) == '+' && buffer.getByte(p + 1) == '0' && buffer.getByte(p + 2) == '0' &&
            buffer.getByte(p + 3) == ':' && buffer.getByte(p + 4) == '0' && buffer.getByte(p + 5) == '0';
    }

    private static int digits(final DirectBuffer buffer, final int offset, final int count) {
        int v = 0;
        for (int i = 0; i < count; i++) {
            final int d = buffer.getByte(offset + i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int daysInMonth(final int year, final int month) {
        final boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    }

    private static long daysFromCivil(final int year, final int month, final int day) {
        final int y = month <= 2 ? year - 1 : year;
        final int era = y / 400;
        final int yearOfEra = y - era * 400;
        final int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        final int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }
}

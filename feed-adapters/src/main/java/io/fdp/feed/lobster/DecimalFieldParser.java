package io.fdp.feed.lobster;

import org.agrona.DirectBuffer;

/**
 * Parses ASCII decimal fields straight into longs, leaving the result in {@link #value()} so that nothing is
 * allocated; the methods return a {@link LobsterResult} code.
 */
final class DecimalFieldParser {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long MAX_SECONDS = Long.MAX_VALUE / NANOS_PER_SECOND - 1;
    private static final int NANO_DIGITS = 9;

    private long value;

    /** The value parsed by the last successful call. */
    long value() {
        return value;
    }

    /**
     * Parses {@code [start, end)} as an integer: digits, with a leading {@code '-'} only when {@code signed}.
     */
    int parseLong(final DirectBuffer buffer, final int start, final int end, final boolean signed) {
        int index = start;
        final boolean negative = signed && index < end && buffer.getByte(index) == '-';
        if (negative) {
            index++;
        }
        if (index == end) {
            return LobsterResult.MALFORMED_NUMBER;
        }
        long magnitude = 0;
        for (; index < end; index++) {
            final int digit = buffer.getByte(index) - '0';
            if (digit < 0 || digit > 9) {
                return LobsterResult.MALFORMED_NUMBER;
            }
            if (magnitude > (Long.MAX_VALUE - digit) / 10) {
                return LobsterResult.OUT_OF_RANGE;
            }
            magnitude = magnitude * 10 + digit;
        }
        value = negative ? -magnitude : magnitude;
        return LobsterResult.OK;
    }

    /**
     * Parses {@code [start, end)} as non-negative decimal seconds ({@code 34200.004241176}) into nanoseconds; digits
     * beyond the ninth decimal round to the nearest nanosecond, half up.
     */
    int parseSecondsAsNanos(final DirectBuffer buffer, final int start, final int end) {
        int index = start;
        long seconds = 0;
        for (; index < end && buffer.getByte(index) != '.'; index++) {
            final int digit = buffer.getByte(index) - '0';
            if (digit < 0 || digit > 9) {
                return LobsterResult.MALFORMED_NUMBER;
            }
            seconds = seconds * 10 + digit;
            if (seconds > MAX_SECONDS) {
                return LobsterResult.OUT_OF_RANGE;
            }
        }
        if (index == start) {
            return LobsterResult.MALFORMED_NUMBER;
        }
        long nanos = 0;
        if (index < end) {
            index++;
            if (index == end) {
                return LobsterResult.MALFORMED_NUMBER;
            }
            int digits = 0;
            for (; index < end; index++, digits++) {
                final int digit = buffer.getByte(index) - '0';
                if (digit < 0 || digit > 9) {
                    return LobsterResult.MALFORMED_NUMBER;
                }
                if (digits < NANO_DIGITS) {
                    nanos = nanos * 10 + digit;
                } else if (digits == NANO_DIGITS && digit >= 5) {
                    nanos++;
                }
            }
            for (; digits < NANO_DIGITS; digits++) {
                nanos *= 10;
            }
        }
        value = seconds * NANOS_PER_SECOND + nanos;
        return LobsterResult.OK;
    }
}

package io.fdp.feed.json;

import org.agrona.DirectBuffer;

/**
 * Parses decimal text such as {@code 57385.20000}, {@code 0.00012}, {@code -3} or {@code 1e-5} exactly into a
 * {@code long} mantissa at a chosen exponent, so that {@code value = mantissa * 10^exponent}.
 * <p>
 * Nothing is rounded: a value with non-zero digits below the exponent, or whose mantissa exceeds a {@code long},
 * is reported as {@link #OUT_OF_RANGE}. The grammar is that of a JSON number (no leading {@code +}, no bare
 * {@code .5} or {@code 5.}) except that leading zeros are accepted. Results are read from the instance after a call,
 * so nothing is allocated. Not thread safe.
 */
public final class DecimalParser {
    /** Parsed exactly; {@link #mantissa()} holds the result. */
    public static final int OK = 0;
    /** The text is not a decimal number. */
    public static final int INVALID = -1;
    /** The number is valid but cannot be represented exactly at the requested exponent in a {@code long}. */
    public static final int OUT_OF_RANGE = -2;

    /** Smallest exponent accepted by {@link #parse(DirectBuffer, int, int, int)}. */
    public static final int MIN_EXPONENT = -18;
    /** Largest exponent accepted by {@link #parse(DirectBuffer, int, int, int)}. */
    public static final int MAX_EXPONENT = 18;

    private static final int MAX_EXPONENT_DIGITS_VALUE = 100_000;
    private static final int NOT_PLAIN = 1;
    private static final long[] POWERS_OF_TEN = new long[19];
    /** Largest significand that any digit can follow after {@code i - 1} zeros without overflow, by {@code i}. */
    private static final long[] SAFE_SIGNIFICANDS = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            SAFE_SIGNIFICANDS[i] = (Long.MAX_VALUE - 9) / p;
            p *= 10;
        }
    }

    private long mantissa;
    private int scale;
    private long significand;
    private int pendingZeros;
    private boolean overflow;

    /**
     * Parse {@code length} bytes from {@code offset} as a decimal at {@code exponent}.
     *
     * @param buffer   holding the text.
     * @param offset   of the first character.
     * @param length   of the text in bytes.
     * @param exponent power of ten of one mantissa unit, from {@link #MIN_EXPONENT} to {@link #MAX_EXPONENT}.
     * @return {@link #OK}, {@link #INVALID} or {@link #OUT_OF_RANGE}.
     */
    public int parse(final DirectBuffer buffer, final int offset, final int length, final int exponent) {
        if (exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT && length > 0) {
            final int code = parsePlain(buffer, offset, offset + length, exponent);
            if (code != NOT_PLAIN) {
                return code;
            }
        }
        return parseExact(buffer, offset, length, exponent);
    }

    /**
     * The common case: {@code [-]digits[.digits]} with at most 18 significant digits, which one accumulator holds
     * without overflow; returns {@link #NOT_PLAIN} for anything else, which {@link #parseExact} then decides.
     */
    private int parsePlain(final DirectBuffer buffer, final int offset, final int end, final int exponent) {
        int p = offset;
        final boolean negative = buffer.getByte(p) == '-';
        if (negative) {
            p++;
        }
        final int integerStart = p;
        long value = 0;
        int fractionDigits = 0;
        int fractionStart = -1;
        while (p < end) {
            final int d = buffer.getByte(p) - '0';
            if (d >= 0 && d <= 9) {
                value = value * 10 + d;
            } else if (d == '.' - '0' && fractionStart < 0 && p > integerStart) {
                fractionStart = p + 1;
            } else {
                return NOT_PLAIN;
            }
            p++;
        }
        if (fractionStart >= 0) {
            fractionDigits = end - fractionStart;
        }
        final int digits = end - integerStart - (fractionStart >= 0 ? 1 : 0);
        if (digits == 0 || fractionStart == end || digits > 18) {
            return NOT_PLAIN;
        }
        mantissa = 0;
        scale = fractionDigits;
        if (value == 0) {
            return OK;
        }
        final int shift = -fractionDigits - exponent;
        final long magnitude;
        if (shift >= 0) {
            if (shift >= POWERS_OF_TEN.length || value > Long.MAX_VALUE / POWERS_OF_TEN[shift]) {
                return OUT_OF_RANGE;
            }
            magnitude = value * POWERS_OF_TEN[shift];
        } else {
            if (-shift >= POWERS_OF_TEN.length) {
                return OUT_OF_RANGE;
            }
            final long power = POWERS_OF_TEN[-shift];
            if (value % power != 0) {
                return OUT_OF_RANGE;
            }
            magnitude = value / power;
        }
        mantissa = negative ? -magnitude : magnitude;
        return OK;
    }

    private int parseExact(final DirectBuffer buffer, final int offset, final int length, final int exponent) {
        mantissa = 0;
        scale = 0;
        significand = 0;
        pendingZeros = 0;
        overflow = false;
        if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT || length <= 0) {
            return length <= 0 ? INVALID : OUT_OF_RANGE;
        }
        final int end = offset + length;
        int p = offset;
        final boolean negative = buffer.getByte(p) == '-';
        if (negative) {
            p++;
        }
        final int integerStart = p;
        p = digits(buffer, p, end);
        if (p == integerStart) {
            return INVALID;
        }
        int fractionDigits = 0;
        if (p < end && buffer.getByte(p) == '.') {
            final int fractionStart = p + 1;
            p = digits(buffer, fractionStart, end);
            fractionDigits = p - fractionStart;
            if (fractionDigits == 0) {
                return INVALID;
            }
        }
        int writtenExponent = 0;
        if (p < end && (buffer.getByte(p) | 0x20) == 'e') {
            p++;
            boolean negativeExponent = false;
            if (p < end && (buffer.getByte(p) == '-' || buffer.getByte(p) == '+')) {
                negativeExponent = buffer.getByte(p) == '-';
                p++;
            }
            final int exponentStart = p;
            while (p < end && buffer.getByte(p) >= '0' && buffer.getByte(p) <= '9') {
                writtenExponent = Math.min(writtenExponent * 10 + (buffer.getByte(p) - '0'), MAX_EXPONENT_DIGITS_VALUE);
                p++;
            }
            if (p == exponentStart) {
                return INVALID;
            }
            writtenExponent = negativeExponent ? -writtenExponent : writtenExponent;
        }
        if (p != end) {
            return INVALID;
        }
        scale = Math.max(0, fractionDigits - writtenExponent);
        return scaleTo(negative, (long)pendingZeros + writtenExponent - fractionDigits - exponent);
    }

    private int scaleTo(final boolean negative, final long shift) {
        if (significand == 0 && !overflow) {
            return OK;
        }
        if (overflow || shift < 0 || shift >= POWERS_OF_TEN.length) {
            return OUT_OF_RANGE;
        }
        final long power = POWERS_OF_TEN[(int)shift];
        if (significand > Long.MAX_VALUE / power) {
            return OUT_OF_RANGE;
        }
        final long magnitude = significand * power;
        mantissa = negative ? -magnitude : magnitude;
        return OK;
    }

    private int digits(final DirectBuffer buffer, final int from, final int end) {
        int p = from;
        while (p < end) {
            final int d = buffer.getByte(p) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (d == 0) {
                if (significand != 0 || overflow) {
                    pendingZeros++;
                }
            } else if (!overflow) {
                appendDigit(d);
            }
            p++;
        }
        return p;
    }

    private void appendDigit(final int d) {
        final int shift = pendingZeros + 1;
        pendingZeros = 0;
        if (shift >= POWERS_OF_TEN.length) {
            overflow = true;
            return;
        }
        final long power = POWERS_OF_TEN[shift];
        if (significand > SAFE_SIGNIFICANDS[shift] && significand > (Long.MAX_VALUE - d) / power) {
            overflow = true;
            return;
        }
        significand = significand * power + d;
    }

    /**
     * Mantissa of the last successful parse.
     *
     * @return the mantissa at the requested exponent; 0 after a failure.
     */
    public long mantissa() {
        return mantissa;
    }

    /**
     * Digits after the decimal point of the last parsed text written in plain notation (e.g. 5 for {@code 1.23000}
     * and for {@code 1e-5}); valid after {@link #OK} and {@link #OUT_OF_RANGE}.
     *
     * @return number of fraction digits as written, never negative.
     */
    public int scale() {
        return scale;
    }

    /**
     * Ten to the power {@code exponent}, for exponents 0 to 18.
     *
     * @param exponent from 0 to 18.
     * @return the power of ten.
     */
    public static long powerOfTen(final int exponent) {
        return POWERS_OF_TEN[exponent];
    }
}
